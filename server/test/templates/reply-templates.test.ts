import { parseTweet } from 'twitter-text';
import { AuditEvent } from '../../src/modules/audit/audit-event.entity';
import { Audience, Category } from '../../src/modules/cases/case-enums';
import { renderReply } from '../../src/modules/templates/render-reply';
import { ReplyTemplate } from '../../src/modules/templates/reply-template.entity';
import { buildOrganisation, buildUser, TEST_PASSWORD } from '../factories';
import { startTestStack, type GraphQLTestClient, type TestStack } from '../harness';
import { Role } from '../../src/modules/users/role';

const FIELDS = 'id key audience category version body active note createdAt createdBy { username }';
const LIST = `query($all: Boolean) { replyTemplates(includeInactive: $all) { ${FIELDS} } }`;
const HISTORY = `query($a: Audience!, $c: Category) { replyTemplateHistory(audience: $a, category: $c) { ${FIELDS} } }`;
const PREVIEW = `query($a: Audience!, $cs: [Category!]!, $n: Int) {
  previewReply(audience: $a, categories: $cs, caseNumber: $n) { text weightedLength valid templateId templateKey templateVersion caseNumber }
}`;
const CREATE = `mutation($a: Audience!, $c: Category, $body: String!, $note: String) {
  createReplyTemplate(audience: $a, category: $c, body: $body, note: $note) { ${FIELDS} }
}`;
const UPDATE = `mutation($id: ID!, $body: String!, $note: String, $v: Int!) {
  updateReplyTemplate(id: $id, body: $body, note: $note, expectedVersion: $v) { ${FIELDS} }
}`;
const DEACTIVATE = `mutation($id: ID!) { deactivateReplyTemplate(id: $id) { ${FIELDS} } }`;

const SENDER = '熊本県警察本部生活安全企画課です。';
const body = (text: string) => `${SENDER}${text}（整理番号{caseNumber}）`;

describe('reply templates over HTTP', () => {
  let stack: TestStack;
  let org: Awaited<ReturnType<typeof buildOrganisation>>;
  let chief: GraphQLTestClient;
  let oic: GraphQLTestClient;

  const templates = () => stack.db.getRepository(ReplyTemplate);
  const active = async (key: string) => templates().findOneByOrFail({ key, active: true });
  const auditOf = (objectId: string) =>
    stack.db.getRepository(AuditEvent).find({ where: { objectType: 'ReplyTemplate', objectId }, order: { id: 'ASC' } });

  beforeAll(async () => {
    stack = await startTestStack();
    org = await buildOrganisation(stack.db);
    chief = await stack.client().login(org.chief.username, TEST_PASSWORD);
    oic = await stack.client().login(org.officerInCharge.username, TEST_PASSWORD);
  });
  afterAll(() => stack?.close());

  it('starts with the seeded defaults: one active version 1 per key, both audience defaults present', async () => {
    const list = (await oic.ok(LIST)).replyTemplates as { key: string; version: number; active: boolean; createdBy: unknown }[];
    expect(list.map((t) => t.key).sort()).toEqual(
      [
        'ADULT:C2_LODGING',
        'ADULT:C3_HARMFUL_WORK',
        'ADULT:C4_CSAM_TRADE',
        'ADULT:C5_CSAM_PRODUCTION',
        'ADULT:DEFAULT',
        'CHILD:C2_LODGING',
        'CHILD:C4_CSAM_TRADE',
        'CHILD:C5_CSAM_PRODUCTION',
        'CHILD:DEFAULT',
      ].sort(),
    );
    expect(list.every((t) => t.version === 1 && t.active && t.createdBy === null)).toBe(true);
  });

  it('lets only officers in charge and the chief read templates', async () => {
    const officer = await stack.client().login(org.officer.username, TEST_PASSWORD);
    expect((await officer.request(LIST)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await officer.request(PREVIEW, { a: 'CHILD', cs: [] })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await stack.client().request(LIST)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await chief.ok(LIST)).replyTemplates.length).toBeGreaterThan(0);
  });

  it('refuses every change by an officer in charge (FORBIDDEN) and writes nothing', async () => {
    const current = await active('ADULT:DEFAULT');
    const before = await templates().count();
    const attempts = [
      await oic.request(UPDATE, { id: current.id, body: body('変更'), v: current.version }),
      await oic.request(CREATE, { a: 'ADULT', c: 'C6_OTHER_SEXUALISATION', body: body('新規') }),
      await oic.request(DEACTIVATE, { id: (await active('ADULT:C3_HARMFUL_WORK')).id }),
    ];
    expect(attempts.map((r) => r.errors?.[0].extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    expect(await templates().count()).toBe(before);
    expect((await active('ADULT:C3_HARMFUL_WORK')).version).toBe(1);
  });

  it('saves an edit by the chief as a new version, keeping the old one unchanged, with an audit event', async () => {
    const v1 = await active('ADULT:DEFAULT');
    const newBody = body('児童に対する性的な行為は、児童の同意があっても処罰の対象です。直ちにやめてください。');
    const updated = (await chief.ok(UPDATE, { id: v1.id, body: newBody, note: '文言を短く', v: 1 })).updateReplyTemplate;
    expect(updated).toMatchObject({
      key: 'ADULT:DEFAULT',
      audience: 'ADULT',
      category: null,
      version: 2,
      body: newBody,
      active: true,
      note: '文言を短く',
      createdBy: { username: org.chief.username },
    });
    expect(updated.id).not.toBe(v1.id);

    const old = await templates().findOneByOrFail({ id: v1.id });
    expect(old).toMatchObject({ version: 1, body: v1.body, note: v1.note, active: false });

    const history = (await oic.ok(HISTORY, { a: 'ADULT', c: null })).replyTemplateHistory;
    expect(history.map((t: ReplyTemplate) => [t.version, t.active])).toEqual([
      [2, true],
      [1, false],
    ]);
    expect((await chief.ok(LIST, { all: true })).replyTemplates.filter((t: ReplyTemplate) => t.key === 'ADULT:DEFAULT')).toHaveLength(2);
    expect((await chief.ok(LIST)).replyTemplates.filter((t: ReplyTemplate) => t.key === 'ADULT:DEFAULT')).toHaveLength(1);

    const audit = await auditOf(updated.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'replyTemplate.UPDATE',
      actorId: org.chief.id,
      actorRole: 'CHIEF',
      before: { id: v1.id, version: 1, body: v1.body, active: true },
      after: { id: updated.id, version: 2, body: newBody, active: true },
    });
  });

  it('refuses a stale expectedVersion with CONFLICT, and an edit of a retired version too', async () => {
    const history = (await chief.ok(HISTORY, { a: 'ADULT', c: null })).replyTemplateHistory;
    const [v2, v1] = history;
    const rowsBefore = await templates().count();

    const staleVersion = await chief.request(UPDATE, { id: v2.id, body: body('別の文言です。'), v: 1 });
    expect(staleVersion.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expect(staleVersion.errors?.[0].message).toMatch(/Reload/);

    const retired = await chief.request(UPDATE, { id: v1.id, body: body('別の文言です。'), v: 1 });
    expect(retired.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentId: v2.id, currentVersion: 2 });

    expect(await templates().count()).toBe(rowsBefore);
    expect((await active('ADULT:DEFAULT')).id).toBe(v2.id);
  });

  it('lets exactly one of two simultaneous edits of the same version win', async () => {
    const current = await active('CHILD:C5_CSAM_PRODUCTION');
    const [a, b] = await Promise.all([
      chief.request(UPDATE, { id: current.id, body: body('画像は送らないでください。'), v: current.version }),
      chief.request(UPDATE, { id: current.id, body: body('画像を求められても送らないでください。'), v: current.version }),
    ]);
    const codes = [a, b].map((r) => r.errors?.[0].extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const versions = await templates().find({ where: { key: 'CHILD:C5_CSAM_PRODUCTION' }, order: { version: 'ASC' } });
    expect(versions.map((t) => [t.version, t.active])).toEqual([
      [1, false],
      [2, true],
    ]);
  });

  it('answers a body that breaks the rules with INVALID_INPUT listing every problem, and saves nothing', async () => {
    const current = await active('CHILD:DEFAULT');
    const res = await chief.request(UPDATE, {
      id: current.id,
      body: `${SENDER}＃熊本 パパ活の投稿はやめましょう。@someone https://example.com/ {name}`,
      v: current.version,
    });
    const error = res.errors?.[0];
    expect(error?.extensions?.code).toBe('INVALID_INPUT');
    expect(error?.extensions?.field).toBe('body');
    const problems = error?.extensions?.problems as { code: string; message: string; term?: string }[];
    expect(problems.map((p) => p.code).sort()).toEqual(
      ['HASHTAG', 'MENTION', 'MISSING_CASE_NUMBER', 'SOLICITATION_TERM', 'UNKNOWN_PLACEHOLDER', 'URL_NOT_ALLOWED'].sort(),
    );
    expect(problems.find((p) => p.code === 'SOLICITATION_TERM')?.term).toBe('パパ活');
    expect(problems.every((p) => p.message.length > 20)).toBe(true);

    const tooLong = await chief.request(CREATE, { a: 'CHILD', c: 'C6_OTHER_SEXUALISATION', body: body('あ'.repeat(130)) });
    expect(tooLong.errors?.[0].extensions).toMatchObject({ code: 'INVALID_INPUT', problems: [expect.objectContaining({ code: 'TOO_LONG' })] });

    expect(await templates().count({ where: { key: 'CHILD:DEFAULT' } })).toBe(1);
    expect(await templates().count({ where: { key: 'CHILD:C6_OTHER_SEXUALISATION' } })).toBe(0);
    expect(await auditOf(current.id)).toEqual([]);
  });

  it('refuses to save an unchanged text as a new version', async () => {
    const current = await active('ADULT:C4_CSAM_TRADE');
    const res = await chief.request(UPDATE, { id: current.id, body: current.body, v: current.version });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'body' });
    expect(await templates().count({ where: { key: 'ADULT:C4_CSAM_TRADE' } })).toBe(1);
  });

  it('previews a reply as X counts it, choosing the category text only for exactly one category', async () => {
    const lodging = await active('ADULT:C2_LODGING');
    const one = (await oic.ok(PREVIEW, { a: 'ADULT', cs: ['C2_LODGING'], n: 123 })).previewReply;
    const expected = lodging.body.replace('{caseNumber}', '123');
    expect(one).toEqual({
      text: expected,
      weightedLength: parseTweet(expected).weightedLength,
      valid: true,
      templateId: lodging.id,
      templateKey: 'ADULT:C2_LODGING',
      templateVersion: 1,
      caseNumber: 123,
    });
    expect(one.text.endsWith('（整理番号123）')).toBe(true);

    const two = (await oic.ok(PREVIEW, { a: 'ADULT', cs: ['C1_SEX_OR_MEETING', 'C2_LODGING'], n: 5 })).previewReply;
    expect(two).toMatchObject({ templateKey: 'ADULT:DEFAULT', templateVersion: 2 });

    const noSpecific = (await oic.ok(PREVIEW, { a: 'CHILD', cs: ['C1_SEX_OR_MEETING'] })).previewReply;
    expect(noSpecific).toMatchObject({ templateKey: 'CHILD:DEFAULT', caseNumber: 9999999, valid: true });
    expect(noSpecific.text).toContain('（整理番号9999999）');

    const bad = await oic.request(PREVIEW, { a: 'CHILD', cs: [], n: 0 });
    expect(bad.errors?.[0].extensions?.code).toBe('INVALID_INPUT');
  });

  it('creates a category text, refuses a second active one, deactivates it (falling back to the default) and brings it back as version 2', async () => {
    const created = (
      await chief.ok(CREATE, { a: 'ADULT', c: 'C6_OTHER_SEXUALISATION', body: body('児童を性的な対象として扱う投稿はやめてください。'), note: '新設' })
    ).createReplyTemplate;
    expect(created).toMatchObject({ key: 'ADULT:C6_OTHER_SEXUALISATION', version: 1, active: true, note: '新設' });
    expect((await oic.ok(PREVIEW, { a: 'ADULT', cs: ['C6_OTHER_SEXUALISATION'], n: 1 })).previewReply.templateId).toBe(created.id);

    const again = await chief.request(CREATE, { a: 'ADULT', c: 'C6_OTHER_SEXUALISATION', body: body('二つ目です。') });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentId: created.id });

    const deactivated = (await chief.ok(DEACTIVATE, { id: created.id })).deactivateReplyTemplate;
    expect(deactivated).toMatchObject({ id: created.id, active: false });
    expect((await oic.ok(PREVIEW, { a: 'ADULT', cs: ['C6_OTHER_SEXUALISATION'], n: 1 })).previewReply.templateKey).toBe('ADULT:DEFAULT');
    expect((await chief.request(DEACTIVATE, { id: created.id })).errors?.[0].extensions?.code).toBe('CONFLICT');

    const back = (await chief.ok(CREATE, { a: 'ADULT', c: 'C6_OTHER_SEXUALISATION', body: body('改めて設けます。') })).createReplyTemplate;
    expect(back).toMatchObject({ version: 2, active: true });

    expect((await auditOf(created.id)).map((e) => e.action)).toEqual(['replyTemplate.CREATE', 'replyTemplate.DEACTIVATE']);
    const [backAudit] = await auditOf(back.id);
    expect(backAudit).toMatchObject({ action: 'replyTemplate.CREATE', actorId: org.chief.id, before: { id: created.id, active: false } });
  });

  it('never deactivates the last active audience default: a warning must always have a text', async () => {
    for (const key of ['CHILD:DEFAULT', 'ADULT:DEFAULT']) {
      const current = await active(key);
      const res = await chief.request(DEACTIVATE, { id: current.id });
      expect(res.errors?.[0].extensions?.code).toBe('INVALID_INPUT');
      expect(res.errors?.[0].message).toMatch(/last active default/);
      expect((await templates().findOneByOrFail({ id: current.id })).active).toBe(true);
      expect((await auditOf(current.id)).map((e) => e.action)).not.toContain('replyTemplate.DEACTIVATE');
    }
  });

  it('lets a second chief act too, and records who did it', async () => {
    const other = await buildUser(stack.db, { role: Role.CHIEF, unit: org.division });
    const client = await stack.client().login(other.username, TEST_PASSWORD);
    const current = await active('ADULT:C3_HARMFUL_WORK');
    const next = (await client.ok(UPDATE, { id: current.id, body: body('有害な仕事の紹介はやめてください。'), v: 1 })).updateReplyTemplate;
    expect(next.createdBy).toEqual({ username: other.username });
  });

  describe('in the database', () => {
    it('refuses to change or delete a stored version', async () => {
      const v = await active('CHILD:C2_LODGING');
      await expect(stack.db.query(`UPDATE reply_templates SET body = body || '。' WHERE id = $1`, [v.id])).rejects.toThrow(/immutable/);
      await expect(stack.db.query(`DELETE FROM reply_templates WHERE id = $1`, [v.id])).rejects.toThrow(/keeps every version/);
    });

    it('refuses a second active version of a key and a body without {caseNumber}', async () => {
      await expect(
        stack.db.query(`INSERT INTO reply_templates (audience, category, version, body) VALUES ('CHILD', 'C2_LODGING', 99, '{caseNumber}')`),
      ).rejects.toThrow(/reply_templates_one_active_idx/);
      await expect(
        stack.db.query(`INSERT INTO reply_templates (audience, category, version, body, active) VALUES ('CHILD', 'C2_LODGING', 98, 'no number', false)`),
      ).rejects.toThrow(/check constraint/);
    });

    it('ties a case to an existing template version', async () => {
      const v = await active('CHILD:C2_LODGING');
      const insertCase = (postId: string, id: string | null, version: number | null) =>
        stack.db.query(
          `INSERT INTO cases (post_id, post_url, status, first_reported_at, template_id, template_version)
           VALUES ($1, 'https://x.com/a/status/' || $1, 'RECEIVED', now(), $2, $3)`,
          [postId, id, version],
        );
      await expect(insertCase('9100000000000000001', v.id, 1)).resolves.toBeDefined();
      await expect(insertCase('9100000000000000002', v.id, 2)).rejects.toThrow(/cases_template_version_fk/);
      await expect(insertCase('9100000000000000003', '00000000-0000-4000-8000-000000000000', 1)).rejects.toThrow(/cases_template/);
      await expect(insertCase('9100000000000000004', v.id, null)).rejects.toThrow(/cases_template_pair_check/);
    });
  });

  describe('renderReply (for the workflow, inside its transaction)', () => {
    it('renders the active version and names it', async () => {
      const lodging = await active('CHILD:C2_LODGING');
      const rendered = await stack.db.transaction((em) => renderReply(em, Audience.CHILD, [Category.C2_LODGING], 4711));
      expect(rendered).toEqual({
        text: lodging.body.replace('{caseNumber}', '4711'),
        templateId: lodging.id,
        templateVersion: 1,
      });
    });

    it('uses the audience default for several categories, and the newest version after an edit', async () => {
      const def = await active('ADULT:DEFAULT');
      const several = await renderReply(stack.db.manager, Audience.ADULT, [Category.C2_LODGING, Category.C4_CSAM_TRADE], 8);
      expect(several).toMatchObject({ templateId: def.id, templateVersion: def.version });
      // Duplicates are one category.
      const dup = await renderReply(stack.db.manager, Audience.ADULT, [Category.C2_LODGING, Category.C2_LODGING], 8);
      expect(dup.templateId).toBe((await active('ADULT:C2_LODGING')).id);
      expect(def.version).toBe(2);
    });

    it('throws INVALID_INPUT when a stored text would not fit X', async () => {
      // Only possible by changing the data by hand: the lint refuses it on every save.
      const runner = stack.db.createQueryRunner();
      await runner.startTransaction();
      try {
        await runner.query(`UPDATE reply_templates SET active = false WHERE key = 'ADULT:C4_CSAM_TRADE' AND active`);
        await runner.query(`INSERT INTO reply_templates (audience, category, version, body) VALUES ('ADULT', 'C4_CSAM_TRADE', 50, $1)`, [
          `${'あ'.repeat(140)}{caseNumber}`,
        ]);
        await expect(renderReply(runner.manager, Audience.ADULT, [Category.C4_CSAM_TRADE], 1)).rejects.toMatchObject({
          extensions: { code: 'INVALID_INPUT' },
          message: expect.stringMatching(/would not be accepted by X/),
        });
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
    });

    it('refuses a case number that is not a positive whole number', async () => {
      await expect(renderReply(stack.db.manager, Audience.CHILD, [], 0)).rejects.toMatchObject({ extensions: { code: 'INVALID_INPUT' } });
      await expect(renderReply(stack.db.manager, Audience.CHILD, [], 1.5)).rejects.toMatchObject({ extensions: { code: 'INVALID_INPUT' } });
    });
  });
});
