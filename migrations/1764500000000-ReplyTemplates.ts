import { MigrationInterface, QueryRunner } from 'typeorm';

const SENDER = '熊本県警察本部生活安全企画課です。';
/** Every reply ends with the case's reference number: X refuses a post that repeats an earlier text. */
const REFERENCE = '（整理番号{caseNumber}）';

const TO_CHILD_ABOUT_IMAGES =
  SENDER +
  '自分の裸や下着姿の画像を送ったり売ったりすると、画像がネット上に広がって消せなくなったり、脅しに使われたりするおそれがあります。' +
  '求められても送らず、困ったときは警察の少年サポートセンターに相談してください。' +
  REFERENCE;

/**
 * The default reply texts (version 1), written from the facts in shared/DOMAIN.md. A
 * category-specific text is used when a case has exactly that one category; otherwise the
 * audience default. Exported so a unit test holds each one to the template lint and X's limit.
 * Frozen here on purpose: a migration must not change when application code changes later.
 */
export const SEED_REPLY_TEMPLATES: readonly { audience: 'CHILD' | 'ADULT'; category: string | null; body: string }[] = [
  {
    audience: 'CHILD',
    category: null,
    body:
      SENDER +
      'この投稿は、児童買春などの犯罪被害につながるおそれがあります。' +
      'SNSで知り合った人と会うと、誘拐などの重大な犯罪に巻き込まれる危険があります。' +
      '困ったときは一人で悩まず、警察の少年サポートセンターに相談してください。' +
      REFERENCE,
  },
  {
    audience: 'CHILD',
    category: 'C2_LODGING',
    body:
      SENDER +
      'SNSで泊めてくれる人を探すと、誘拐や性被害などの重大な犯罪に巻き込まれるおそれがあります。' +
      '知らない人の家には行かないでください。' +
      '家に帰りづらい事情があるときは、警察の少年サポートセンターに相談してください。' +
      REFERENCE,
  },
  { audience: 'CHILD', category: 'C4_CSAM_TRADE', body: TO_CHILD_ABOUT_IMAGES },
  { audience: 'CHILD', category: 'C5_CSAM_PRODUCTION', body: TO_CHILD_ABOUT_IMAGES },
  {
    audience: 'ADULT',
    category: null,
    body:
      SENDER +
      '児童買春など、児童に対する性的な行為は、児童の権利を著しく侵害するものであり、児童の同意があっても処罰の対象となります。' +
      'このような投稿は直ちにやめてください。' +
      REFERENCE,
  },
  {
    audience: 'ADULT',
    category: 'C2_LODGING',
    body:
      SENDER +
      '家出中などの未成年者を誘って自宅などに泊めることは、本人の同意があっても未成年者誘拐罪に当たる場合があります。' +
      'このような投稿は直ちにやめてください。' +
      REFERENCE,
  },
  {
    audience: 'ADULT',
    category: 'C3_HARMFUL_WORK',
    body:
      SENDER +
      '児童に性風俗などの有害な仕事を紹介したり、あっせんしたりすることは、児童福祉法や職業安定法などにより処罰の対象となります。' +
      'このような投稿は直ちにやめてください。' +
      REFERENCE,
  },
  {
    audience: 'ADULT',
    category: 'C4_CSAM_TRADE',
    body:
      SENDER +
      '児童ポルノを製造・販売・提供することや、自分の性的好奇心を満たす目的で所持することは、児童買春・児童ポルノ禁止法により処罰される犯罪です。' +
      'このような投稿は直ちにやめてください。' +
      REFERENCE,
  },
  {
    audience: 'ADULT',
    category: 'C5_CSAM_PRODUCTION',
    body:
      SENDER +
      '児童に性的な画像を撮らせたり送らせたりすることや、児童ポルノや盗撮画像を製造・提供することは、処罰の対象となる犯罪です。' +
      '児童の同意があっても許されません。このような投稿は直ちにやめてください。' +
      REFERENCE,
  },
];

/**
 * Reply templates (DESIGN §2): versioned per key (audience + optional category). A version is
 * never changed or deleted once written, so a case's template_id/template_version always names
 * the exact text used; editing inserts version+1 and retires the previous one.
 */
export class ReplyTemplates1764500000000 implements MigrationInterface {
  name = 'ReplyTemplates1764500000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE reply_templates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        audience text NOT NULL CHECK (audience IN ('CHILD', 'ADULT')),
        category text CHECK (category IN ('C1_SEX_OR_MEETING', 'C2_LODGING', 'C3_HARMFUL_WORK', 'C4_CSAM_TRADE',
          'C5_CSAM_PRODUCTION', 'C6_OTHER_SEXUALISATION')),
        key text NOT NULL GENERATED ALWAYS AS (audience || ':' || coalesce(category, 'DEFAULT')) STORED,
        version int NOT NULL CHECK (version >= 1),
        body text NOT NULL CHECK (position('{caseNumber}' IN body) > 0),
        active boolean NOT NULL DEFAULT true,
        note text,
        created_by_id uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT reply_templates_key_version_key UNIQUE (key, version),
        CONSTRAINT reply_templates_id_version_key UNIQUE (id, version)
      )`);
    // At most one active version per key; the service keeps exactly one for each audience default.
    await q.query(`CREATE UNIQUE INDEX reply_templates_one_active_idx ON reply_templates (key) WHERE active`);

    // Versions are history: only the active flag may change, and nothing is deleted.
    await q.query(`
      CREATE FUNCTION reply_templates_keep_versions() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'reply_templates keeps every version (DELETE refused)' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF (NEW.id, NEW.audience, NEW.category, NEW.version, NEW.body, NEW.note, NEW.created_by_id, NEW.created_at)
           IS DISTINCT FROM
           (OLD.id, OLD.audience, OLD.category, OLD.version, OLD.body, OLD.note, OLD.created_by_id, OLD.created_at) THEN
          RAISE EXCEPTION 'a reply template version is immutable: only "active" may change' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER reply_templates_keep_versions BEFORE UPDATE OR DELETE ON reply_templates
      FOR EACH ROW EXECUTE FUNCTION reply_templates_keep_versions()`);

    // A case names the exact version it used; the pair must exist together.
    await q.query(`
      ALTER TABLE cases
        ADD CONSTRAINT cases_template_fk FOREIGN KEY (template_id) REFERENCES reply_templates(id),
        ADD CONSTRAINT cases_template_version_fk FOREIGN KEY (template_id, template_version)
          REFERENCES reply_templates(id, version),
        ADD CONSTRAINT cases_template_pair_check CHECK ((template_id IS NULL) = (template_version IS NULL))`);

    for (const seed of SEED_REPLY_TEMPLATES) {
      await q.query(
        `INSERT INTO reply_templates (audience, category, version, body, active, note) VALUES ($1, $2, 1, $3, true, $4)`,
        [seed.audience, seed.category, seed.body, 'Initial default text (seeded by migration).'],
      );
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE cases
        DROP CONSTRAINT cases_template_pair_check,
        DROP CONSTRAINT cases_template_version_fk,
        DROP CONSTRAINT cases_template_fk`);
    await q.query(`DROP TABLE reply_templates`);
    await q.query(`DROP FUNCTION reply_templates_keep_versions()`);
  }
}
