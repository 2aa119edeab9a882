import { CaseStatus } from '../../src/modules/cases/case-enums';
import { Case } from '../../src/modules/cases/case.entity';
import { Report } from '../../src/modules/cases/report.entity';
import { AuditEvent } from '../../src/modules/audit/audit-event.entity';
import { OutboxMessage } from '../../src/core/outbox/outbox-message.entity';
import { buildCase, buildOrganisation, buildUser, TEST_PASSWORD } from '../factories';
import { startTestStack, type TestStack } from '../harness';
import { Role } from '../../src/modules/users/role';

const WARN = `mutation($i: ScreeningInput!) { warnCase(input: $i) { id status audience replyText region childIndication childIndicationSource categories } }`;
const TAKE = `mutation($id: ID!, $v: Int!) { takeCase(caseId: $id, expectedVersion: $v) { status version } }`;
const SUBMIT = `mutation($input: SubmitReportInput!) { submitReport(input: $input) { duplicate case { id status reportCount } } }`;
const screening = (caseId: string, v: number, over: Record<string, unknown> = {}) => ({
  i: { caseId, expectedVersion: v, region: 'KUMAMOTO', childIndication: 'TARGET_IS_CHILD', indicationSource: 'BOTH', categories: ['C1_SEX_OR_MEETING'], ...over },
});

describe('workflow rules', () => {
  let stack: TestStack;
  let org: Awaited<ReturnType<typeof buildOrganisation>>;

  beforeAll(async () => {
    stack = await startTestStack();
    org = await buildOrganisation(stack.db);
  });
  afterAll(() => stack?.close());

  const as = (username: string) => stack.client().login(username, TEST_PASSWORD);
  const screeningCase = () => buildCase(stack.db, { status: CaseStatus.SCREENING, claimedById: org.officerInCharge.id });

  describe('the qualification rule (DESIGN §2)', () => {
    it.each([
      [{ region: 'OTHER_PREFECTURE' }, /another prefecture/, 'OUT_OF_REGION'],
      [{ childIndication: 'NONE' }, /child/, 'NO_CHILD_INDICATION'],
      [{ categories: [] }, /category/, 'NO_CATEGORY'],
    ])('refuses to warn %j with NOT_QUALIFIED', async (over, message, code) => {
      const c = await screeningCase();
      const res = await (await as(org.officerInCharge.username)).request(WARN, screening(c.id, c.version, over));
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'NOT_QUALIFIED', problems: [expect.stringMatching(message)], problemCodes: [code] });
      expect((await stack.db.getRepository(Case).findOneByOrFail({ id: c.id })).status).toBe(CaseStatus.SCREENING);
      expect(await stack.db.getRepository(OutboxMessage).countBy({})).toBe(0);
    });

    it('records the screening and derives the audience: a child poster gets an alert, an adult a warning', async () => {
      const oic = await as(org.officerInCharge.username);
      const adult = await screeningCase();
      const warned = (await oic.ok(WARN, screening(adult.id, adult.version))).warnCase;
      expect(warned).toMatchObject({
        status: 'WARNING_QUEUED',
        audience: 'ADULT',
        region: 'KUMAMOTO',
        childIndication: 'TARGET_IS_CHILD',
        childIndicationSource: 'BOTH',
        categories: ['C1_SEX_OR_MEETING'],
      });
      expect(warned.replyText).toContain('処罰');
      const child = await screeningCase();
      const alert = (await oic.ok(WARN, screening(child.id, child.version, { childIndication: 'POSTER_IS_CHILD', region: 'UNKNOWN' }))).warnCase;
      expect(alert.audience).toBe('CHILD');
      await stack.db.query(`DELETE FROM outbox_messages`);
    });

    it('refuses an audience that contradicts who the child is', async () => {
      const c = await screeningCase();
      const res = await (await as(org.officerInCharge.username)).request(WARN, screening(c.id, c.version, { audience: 'CHILD' }));
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'audience' });
    });

    it('needs a note when the not-applicable reason is OTHER, and a reason for approval requests', async () => {
      const oic = await as(org.officerInCharge.username);
      const c = await screeningCase();
      const na = await oic.request(`mutation($i: MarkNotApplicableInput!) { markNotApplicable(input: $i) { status } }`, {
        i: { caseId: c.id, expectedVersion: c.version, reason: 'OTHER', note: '   ' },
      });
      expect(na.errors?.[0].extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'note' });
      const ask = await oic.request(`mutation($i: RequestApprovalInput!) { requestApproval(input: $i) { status } }`, {
        i: { ...screening(c.id, c.version).i, reason: '' },
      });
      expect(ask.errors?.[0].extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'reason' });
    });
  });

  it('lets only the officer who took a case (or the chief) decide it', async () => {
    const other = await buildUser(stack.db, { role: Role.OFFICER_IN_CHARGE, unit: org.division });
    const c = await screeningCase();
    const res = await (await as(other.username)).request(WARN, screening(c.id, c.version));
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(res.errors?.[0].message).toMatch(/Another officer in charge has taken this case/);
    const chief = await (await as(org.chief.username)).ok(WARN, screening(c.id, c.version));
    expect(chief.warnCase.status).toBe('WARNING_QUEUED');
    await stack.db.query(`DELETE FROM outbox_messages`);
  });

  it('keeps a second report of a warned or closed post without reopening or re-warning it', async () => {
    const closed = await buildCase(stack.db, { status: CaseStatus.CLOSED });
    const officer = await as(org.officer.username);
    const res = (await officer.ok(SUBMIT, { input: { url: `https://twitter.com/someone/status/${closed.postId}?s=20` } })).submitReport;
    expect(res).toMatchObject({ duplicate: true, case: { id: closed.id, status: 'CLOSED', reportCount: 1 } });
    expect(await stack.db.getRepository(OutboxMessage).countBy({})).toBe(0);
    expect(await stack.db.getRepository(Report).countBy({ caseId: closed.id })).toBe(1);
  });

  it('shows officers only their own unit’s reports and cases', async () => {
    const officer = await as(org.officer.username);
    const { submitReport } = await officer.ok(SUBMIT, { input: { url: 'https://x.com/unit_a/status/1234567890123', note: '中央署の報告' } });
    const other = await as(org.otherOfficer.username);
    const otherList = (await other.ok(`{ unitReports(first: 50) { nodes { note } } }`)).unitReports.nodes;
    expect(otherList.map((r: { note: string }) => r.note)).not.toContain('中央署の報告');
    const read = await other.request(`query($id: ID!) { case(id: $id) { id } }`, { id: submitReport.case.id });
    expect(read.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // Once the other unit reports the same post it may read the case, but sees only its own unit's reports on it.
    await other.ok(SUBMIT, { input: { url: 'https://x.com/unit_a/status/1234567890123', note: '八代署の報告' } });
    const visible = (await other.ok(`query($id: ID!) { case(id: $id) { reports { note } } }`, { id: submitReport.case.id })).case;
    expect(visible.reports.map((r: { note: string }) => r.note)).toEqual(['八代署の報告']);
  });

  it('keeps the division’s reasoning and the account history from station officers', async () => {
    const officer = await as(org.officer.username);
    const { submitReport } = await officer.ok(SUBMIT, { input: { url: 'https://x.com/reason_hidden/status/6660000000001' } });
    await stack.db.query(`UPDATE cases SET chief_comment = '内部の判断', approval_reason = '紛争のおそれ', close_note = 'メモ' WHERE id = $1`, [
      submitReport.case.id,
    ]);
    const q = `query($id: ID!) { case(id: $id) { chiefComment approvalReason closeNote failureReason xAccount { username } } }`;
    expect((await officer.ok(q, { id: submitReport.case.id })).case).toEqual({
      chiefComment: null,
      approvalReason: null,
      closeNote: null,
      failureReason: null,
      xAccount: null,
    });
    const oic = await as(org.officerInCharge.username);
    expect((await oic.ok(q, { id: submitReport.case.id })).case).toMatchObject({
      chiefComment: '内部の判断',
      approvalReason: '紛争のおそれ',
      xAccount: { username: 'reason_hidden' },
    });
  });

  it('gives volunteers their own tips with a coarse status only', async () => {
    const volunteer = await as(org.volunteer.username);
    const tip = (await volunteer.ok(`mutation { submitTip(input: { url: "https://x.com/tip_me/status/5550000000001", note: "見つけました" }) { id status } }`))
      .submitTip;
    expect(tip.status).toBe('RECEIVED');
    const report = await stack.db.getRepository(Report).findOneByOrFail({ id: tip.id });
    expect(report.source).toBe('VOLUNTEER');
    await stack.db.query(`UPDATE cases SET status = 'CLOSED', close_reason = 'NOT_APPLICABLE' WHERE id = $1`, [report.caseId]);
    const mine = (await volunteer.ok(`{ myTips { nodes { id status } } }`)).myTips.nodes;
    expect(mine).toEqual([{ id: tip.id, status: 'HANDLED' }]);
    // Another volunteer sees none of it; volunteers cannot read cases at all.
    const other = await buildUser(stack.db, { role: Role.VOLUNTEER, unit: org.station });
    expect((await (await as(other.username)).ok(`{ myTips { nodes { id } } }`)).myTips.nodes).toEqual([]);
    const peek = await volunteer.request(`query($id: ID!) { case(id: $id) { id } }`, { id: report.caseId });
    expect(peek.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('pages the review queue oldest first with a cursor', async () => {
    await stack.db.query(`UPDATE cases SET status = 'CLOSED' WHERE status IN ('RECEIVED', 'SCREENING')`);
    const base = Date.parse('2026-11-01T00:00:00Z');
    const made = [];
    for (let i = 0; i < 5; i++) made.push(await buildCase(stack.db, { status: CaseStatus.RECEIVED, firstReportedAt: new Date(base + i * 60_000) }));
    const oic = await as(org.officerInCharge.username);
    const q = `query($after: String) { reviewQueue(first: 2, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const { reviewQueue }: { reviewQueue: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } = await oic.ok(q, { after });
      seen.push(...reviewQueue.nodes.map((n: { id: string }) => n.id));
      if (!reviewQueue.pageInfo.hasNextPage) break;
      after = reviewQueue.pageInfo.endCursor;
    }
    expect(seen).toEqual(made.map((c) => c.id));
    const bad = await oic.request(q, { after: 'not-a-cursor' });
    expect(bad.errors?.[0].extensions?.code).toBe('INVALID_INPUT');
  });

  it('shows a case timeline of reports and decisions', async () => {
    const officer = await as(org.officer.username);
    const { submitReport } = await officer.ok(SUBMIT, { input: { url: 'https://x.com/tl_user/status/7770000000001', note: '最初の報告' } });
    const oic = await as(org.officerInCharge.username);
    const taken = (await oic.ok(TAKE, { id: submitReport.case.id, v: 1 })).takeCase;
    await oic.ok(`mutation($i: MarkNotApplicableInput!) { markNotApplicable(input: $i) { status } }`, {
      i: { caseId: submitReport.case.id, expectedVersion: taken.version, reason: 'OTHER', note: '成人同士のやり取り' },
    });
    const timeline = (await oic.ok(`query($id: ID!) { caseTimeline(caseId: $id) { kind action toStatus note } }`, { id: submitReport.case.id }))
      .caseTimeline;
    expect(timeline.map((e: { action: string }) => e.action)).toEqual(['case.OPEN', 'report.SUBMIT', 'case.TAKE', 'case.MARK_NOT_APPLICABLE']);
    expect(timeline[3]).toMatchObject({ kind: 'ACTION', toStatus: 'CLOSED', note: '成人同士のやり取り' });
    expect(await stack.db.getRepository(AuditEvent).countBy({ objectId: submitReport.case.id })).toBe(3);
  });

  it('links cases to the posting X account, so repeat posters stand out', async () => {
    const officer = await as(org.officer.username);
    await officer.ok(SUBMIT, { input: { url: 'https://x.com/Repeat_Poster/status/8880000000001' } });
    const second = (await officer.ok(SUBMIT, { input: { url: 'https://twitter.com/repeat_poster/status/8880000000002' } })).submitReport;
    const oic = await as(org.officerInCharge.username);
    const { case: c } = await oic.ok(`query($id: ID!) { case(id: $id) { xAccount { id username caseCount cases { postId } } } }`, {
      id: second.case.id,
    });
    expect(c.xAccount.caseCount).toBe(2);
    expect(c.xAccount.cases.map((x: { postId: string }) => x.postId).sort()).toEqual(['8880000000001', '8880000000002']);
  });
});
