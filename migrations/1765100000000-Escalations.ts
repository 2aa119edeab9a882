import { MigrationInterface, QueryRunner } from 'typeorm';

/** The first checklist of each kind (DESIGN §4, DOMAIN "Procedures around a case"); the chief edits later versions. */
const SEED_CHECKLISTS: Record<string, Array<[string, string]>> = {
  SUICIDE_NOTICE: [
    ['投稿内容・投稿日時・アカウントを保存する（画面記録）', 'Preserve the post, its time and the account (screen record)'],
    ['実施責任者に速報する', 'Report at once to the chief'],
    ['投稿者の特定（過去の投稿・プロフィールから居住地等を確認）', 'Identify the poster (place of residence etc. from earlier posts and profile)'],
    ['必要に応じXへ緊急開示要請を行う', 'Send an emergency disclosure request to X if needed'],
    ['居住地を管轄する警察署（他県の場合は当該県警察）へ連絡・引継ぎ', "Contact the station (or the other prefecture's police) where the person lives and hand over"],
    ['臨場・家族等による見守りで安全を確認する', 'Confirm safety (officers visit, or family watches over)'],
    ['結果を記録し実施責任者に報告する', 'Record the outcome and report to the chief'],
  ],
  CHILD_SAFETY_URGENT: [
    ['投稿内容・投稿日時・アカウントを保存する（画面記録）', 'Preserve the post, its time and the account (screen record)'],
    ['実施責任者に速報する', 'Report at once to the chief'],
    ['児童及び相手方の特定', 'Identify the child and the other party'],
    ['必要に応じXへ緊急開示要請を行う', 'Send an emergency disclosure request to X if needed'],
    ['管轄警察署・少年サポートセンターへ連絡し保護措置を依頼する', 'Contact the local station and the juvenile support centre to secure the child'],
    ['必要に応じ児童相談所へ通告する', 'Notify the child guidance centre if needed'],
    ['児童の安全を確認する', "Confirm the child's safety"],
    ['結果を記録し実施責任者に報告する', 'Record the outcome and report to the chief'],
  ],
  EMERGENCY_DISCLOSURE: [
    ['生命・身体への差し迫った危険があることを確認する', 'Confirm an imminent danger to life or body'],
    ['実施責任者の了承を得る', "Obtain the chief's approval"],
    ['要請内容（アカウント・投稿URL、危険の内容、必要な情報）を作成する', 'Prepare the request (account and post URLs, the danger, the information needed)'],
    ['Xの法的要請サイトから送信し受付番号を記録する', "Submit through X's legal-request site and record X's reference"],
    ['Xの回答を記録する', "Record X's answer"],
    ['開示情報を関係所属へ引き継ぐ', 'Hand the disclosed information over to the units concerned'],
  ],
  DELETION_REQUEST: [
    ['投稿内容・URL・アカウントを保存する（画面記録）', 'Preserve the post, its URL and the account (screen record)'],
    ['違法情報に当たることを確認する', 'Confirm the content is illegal'],
    ['Xへ削除を依頼し受付番号を記録する', "Request removal from X and record X's reference"],
    ['削除されたことを確認する', 'Confirm the post was removed'],
    ['結果を記録し実施責任者に報告する', 'Record the outcome and report to the chief'],
  ],
  SECURITY_INCIDENT: [
    ['事象の内容・発見日時・影響範囲を記録する', 'Record what happened, when it was detected and what is affected'],
    ['被害拡大防止の措置（パスワード変更・連携アプリの解除等）', 'Contain it (change passwords, revoke connected apps, etc.)'],
    ['情報管理課長へ報告する', 'Report to the head of the information management division'],
    ['情報管理課長を通じて情報セキュリティ管理者へ報告する', 'Report to the information-security manager via the head of the information management division'],
    ['原因を調査し再発防止策を記録する', 'Investigate the cause and record measures against recurrence'],
    ['復旧を確認し結果を記録する', 'Confirm recovery and record the outcome'],
  ],
};

const KINDS = `('SUICIDE_NOTICE', 'CHILD_SAFETY_URGENT', 'EMERGENCY_DISCLOSURE', 'DELETION_REQUEST', 'SECURITY_INCIDENT')`;

/**
 * Escalations (DESIGN §4): the moments when a reply is not enough. Checklists are data, versioned per
 * kind; an escalation keeps a copy of the steps it was raised with, each tick recorded with who and when.
 */
export class Escalations1765100000000 implements MigrationInterface {
  name = 'Escalations1765100000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE escalation_checklist_templates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ${KINDS}),
        version int NOT NULL CHECK (version >= 1),
        note text,
        created_by_id uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (kind, version)
      )`);
    await q.query(`
      CREATE TABLE escalation_checklist_template_steps (
        template_id uuid NOT NULL REFERENCES escalation_checklist_templates(id),
        position int NOT NULL CHECK (position >= 1),
        label_ja text NOT NULL CHECK (length(label_ja) BETWEEN 1 AND 200),
        label_en text NOT NULL CHECK (length(label_en) BETWEEN 1 AND 200),
        PRIMARY KEY (template_id, position)
      )`);

    await q.query(`
      CREATE TABLE escalations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number int GENERATED ALWAYS AS IDENTITY UNIQUE,
        kind text NOT NULL CHECK (kind IN ${KINDS}),
        urgency text NOT NULL CHECK (urgency IN ('URGENT', 'NORMAL')),
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
        version int NOT NULL DEFAULT 1,
        case_id uuid REFERENCES cases(id),
        post_url text,
        post_id text CHECK (post_id ~ '^[0-9]{1,20}$'),
        summary text NOT NULL CHECK (length(summary) BETWEEN 1 AND 2000),
        raised_by_id uuid NOT NULL REFERENCES users(id),
        raised_unit_id uuid NOT NULL REFERENCES units(id),
        owner_id uuid REFERENCES users(id),
        assigned_at timestamptz,
        due_at timestamptz NOT NULL,
        external_reference text,
        cancel_reason text,
        completed_at timestamptz,
        checklist_template_id uuid REFERENCES escalation_checklist_templates(id),
        checklist_template_version int,

        disclosure_account_url text,
        disclosure_post_urls text[] NOT NULL DEFAULT '{}',
        disclosure_person_at_risk text,
        disclosure_danger text,
        disclosure_information_needed text,
        disclosure_reason text,
        disclosure_contact text,
        disclosure_sent_at timestamptz,
        disclosure_sent_by_id uuid REFERENCES users(id),
        disclosure_answer text CHECK (disclosure_answer IN ('DISCLOSED', 'REFUSED', 'PARTIAL')),
        disclosure_answer_text text,
        disclosure_answered_at timestamptz,

        deletion_reason text CHECK (deletion_reason IN ('CSAM', 'CHILD_PROSTITUTION_SOLICITATION', 'OTHER_ILLEGAL')),
        deletion_requested_at timestamptz,
        deletion_last_checked_at timestamptz,
        deletion_check_count int NOT NULL DEFAULT 0,
        deletion_removed_at timestamptz,
        deletion_removal_outcome text CHECK (deletion_removal_outcome IN ('DELETED', 'NOT_VISIBLE')),
        deletion_reminder_alerted_at timestamptz,

        incident_detected_at timestamptz,
        incident_affected_asset text,

        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),

        CHECK (kind NOT IN ('SUICIDE_NOTICE', 'CHILD_SAFETY_URGENT') OR urgency = 'URGENT'),
        CHECK (kind <> 'SECURITY_INCIDENT' OR case_id IS NULL),
        CHECK ((status = 'CANCELLED') = (cancel_reason IS NOT NULL)),
        CHECK ((status IN ('DONE', 'CANCELLED')) = (completed_at IS NOT NULL)),
        CHECK (kind <> 'DELETION_REQUEST' OR (post_id IS NOT NULL AND deletion_reason IS NOT NULL)),
        CHECK ((deletion_removed_at IS NULL) = (deletion_removal_outcome IS NULL))
      )`);
    await q.query(`CREATE INDEX escalations_board_idx ON escalations (status, due_at, id)`);
    await q.query(`CREATE INDEX escalations_raised_by_idx ON escalations (raised_by_id, created_at DESC, id)`);
    await q.query(`CREATE INDEX escalations_owner_idx ON escalations (owner_id) WHERE owner_id IS NOT NULL`);
    await q.query(`CREATE INDEX escalations_case_idx ON escalations (case_id) WHERE case_id IS NOT NULL`);
    await q.query(`CREATE INDEX escalations_kind_created_idx ON escalations (kind, created_at)`);

    await q.query(`
      CREATE TABLE escalation_steps (
        escalation_id uuid NOT NULL REFERENCES escalations(id),
        position int NOT NULL CHECK (position >= 1),
        label_ja text NOT NULL,
        label_en text NOT NULL,
        done_at timestamptz,
        done_by_id uuid REFERENCES users(id),
        PRIMARY KEY (escalation_id, position),
        CHECK ((done_at IS NULL) = (done_by_id IS NULL))
      )`);

    // The reporting path of a security incident: the head of the information management division first, then via them the manager.
    await q.query(`
      CREATE TABLE escalation_incident_reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        escalation_id uuid NOT NULL REFERENCES escalations(id),
        recipient text NOT NULL CHECK (recipient IN ('INFORMATION_MANAGEMENT_HEAD', 'INFORMATION_SECURITY_MANAGER')),
        recipient_name text,
        method text NOT NULL CHECK (method IN ('IN_PERSON', 'PHONE', 'EMAIL', 'DOCUMENT')),
        reported_at timestamptz NOT NULL,
        reported_by_id uuid NOT NULL REFERENCES users(id),
        note text,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (escalation_id, recipient)
      )`);

    await q.query(`
      CREATE TABLE escalation_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        escalation_id uuid NOT NULL REFERENCES escalations(id),
        type text NOT NULL,
        actor_id uuid REFERENCES users(id),
        note text,
        data jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX escalation_events_escalation_idx ON escalation_events (escalation_id, created_at, id)`);

    for (const [kind, steps] of Object.entries(SEED_CHECKLISTS)) {
      const [{ id }] = await q.query(
        `INSERT INTO escalation_checklist_templates (kind, version, note) VALUES ($1, 1, $2) RETURNING id`,
        [kind, 'Initial procedure (seeded by migration).'],
      );
      for (const [i, [ja, en]] of steps.entries()) {
        await q.query(
          `INSERT INTO escalation_checklist_template_steps (template_id, position, label_ja, label_en) VALUES ($1, $2, $3, $4)`,
          [id, i + 1, ja, en],
        );
      }
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE escalation_events`);
    await q.query(`DROP TABLE escalation_incident_reports`);
    await q.query(`DROP TABLE escalation_steps`);
    await q.query(`DROP TABLE escalations`);
    await q.query(`DROP TABLE escalation_checklist_template_steps`);
    await q.query(`DROP TABLE escalation_checklist_templates`);
  }
}
