import { addMonths, firstDayOfMonth, jstDayStart, jstMonth } from '../../src/modules/statistics/jst';
import { buildOrganisation, TEST_PASSWORD } from '../factories';
import { startTestStack, type GraphQLTestClient, type TestStack } from '../harness';
import { report, setTimes, workflow } from './workflow-helpers';

/** The monthly report over HTTP: draft, edit, refresh, finalize, publish, correct — with roles and audit. */
const REPORT_FIELDS = `id month version status revision remarks supersedesId figuresGeneratedAt finalizedAt
  suggestedBulletinTitle suggestedBulletinBody
  createdBy { username } finalizedBy { username }
  figures { from to total { reports cases warned timeToReply { count p50Seconds } }
    byCategory { category cases } byCategoryAndAudience { category audience cases warned } byUnit { unitId unitName cases reports }
    bySource { source cases } byAudience { audience warned } byOutcome { outcome cases } byRegion { region cases } }
  bulletin { id title }`;
const GENERATE = `mutation($month: String!) { generateMonthlyReportDraft(month: $month) { ${REPORT_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateMonthlyReportDraftInput!) { updateMonthlyReportDraft(input: $input) { ${REPORT_FIELDS} } }`;
const REFRESH = `mutation($id: ID!, $rev: Int!) { refreshMonthlyReportFigures(id: $id, expectedRevision: $rev) { ${REPORT_FIELDS} } }`;
const FINALIZE = `mutation($id: ID!, $rev: Int!) { finalizeMonthlyReport(id: $id, expectedRevision: $rev) { ${REPORT_FIELDS} } }`;
const DISCARD = `mutation($id: ID!, $rev: Int!) { discardMonthlyReportDraft(id: $id, expectedRevision: $rev) }`;
const PUBLISH = `mutation($input: PublishBulletinInput!) { publishBulletin(input: $input) {
  id month reportVersion title body publishedAt publishedBy { username }
  figures { total { reports cases warned deletedWithin7DaysShare } byCategory { category cases warned } byAudience { audience warned } byUnit { unitName cases } } } }`;
const BULLETINS = `query { bulletins(first: 10) { nodes { id month reportVersion title body figures { total { cases warned } } } pageInfo { hasNextPage } } }`;
const REPORTS = `query($first: Int!, $after: String) { monthlyReports(first: $first, after: $after) { nodes { id month version status } pageInfo { hasNextPage endCursor } } }`;
const STATS = `query($input: StatisticsInput!) { statistics(input: $input) { totals { reports cases warned } rows { category cases } } }`;

const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;

describe('the monthly report and its bulletin', () => {
  let stack: TestStack;
  let org: Awaited<ReturnType<typeof buildOrganisation>>;
  let oic: GraphQLTestClient;
  let chief: GraphQLTestClient;
  let officer: GraphQLTestClient;
  let volunteer: GraphQLTestClient;
  // Last month in Japan time: a month that has ended, whatever day the suite runs.
  const month = addMonths(jstMonth(new Date()), -1);
  const dayOfMonth = (day: number, hour = 3) => new Date(jstDayStart(firstDayOfMonth(month)).getTime() + ((day - 1) * 24 + hour) * 3600_000);

  beforeAll(async () => {
    stack = await startTestStack();
    org = await buildOrganisation(stack.db);
    const w = workflow(stack.db, org.officerInCharge, org.chief);
    // Two warned posts (an alert and a warning) and one not applicable, last month; one this month.
    const a = (await report(stack.db, org.officer, { at: dayOfMonth(3) })).case.id;
    await w.take(a);
    await w.warn(a, { categories: ['C1_SEX_OR_MEETING' as never], child: true });
    await w.posted(a);
    await setTimes(stack.db, a, { reply_posted_at: dayOfMonth(3, 5) });
    const b = (await report(stack.db, org.otherOfficer, { at: dayOfMonth(10) })).case.id;
    await w.take(b);
    await w.warn(b, { categories: ['C2_LODGING' as never], child: false });
    await w.posted(b);
    const c = (await report(stack.db, org.officer, { at: dayOfMonth(20) })).case.id;
    await w.take(c);
    await w.notApplicable(c);
    await report(stack.db, org.officer); // now: this month, not in the report
    oic = await stack.client().login(org.officerInCharge.username, TEST_PASSWORD);
    chief = await stack.client().login(org.chief.username, TEST_PASSWORD);
    officer = await stack.client().login(org.officer.username, TEST_PASSWORD);
    volunteer = await stack.client().login(org.volunteer.username, TEST_PASSWORD);
  });
  afterAll(() => stack?.close());

  it('drafts, edits, refreshes, finalizes and publishes, each step by the right role and audited', async () => {
    expect(code(await officer.request(GENERATE, { month }))).toBe('FORBIDDEN');
    expect(code(await oic.request(GENERATE, { month: addMonths(jstMonth(new Date()), 1) }))).toBe('INVALID_INPUT');
    expect(code(await oic.request(GENERATE, { month: '2026-13' }))).toBe('INVALID_INPUT');

    const draft = (await oic.ok(GENERATE, { month })).generateMonthlyReportDraft;
    expect(draft).toMatchObject({ month, version: 1, status: 'DRAFT', revision: 1, remarks: null, supersedesId: null, bulletin: null });
    expect(draft.createdBy.username).toBe(org.officerInCharge.username);
    expect(draft.figures.from).toBe(`${month}-01`);
    expect(draft.figures.total).toMatchObject({ reports: 3, cases: 3, warned: 2 });
    expect(draft.figures.total.timeToReply.count).toBe(2);
    const live = (await oic.ok(STATS, { input: { from: draft.figures.from, to: draft.figures.to, groupBy: ['CATEGORY'] } })).statistics;
    expect(draft.figures.total).toMatchObject(live.totals);
    expect(draft.figures.byCategory).toEqual(live.rows);
    expect(draft.figures.byCategoryAndAudience).toContainEqual({ category: 'C2_LODGING', audience: 'ADULT', cases: 1, warned: 1 });
    expect(draft.figures.byUnit.find((u: { unitId: string }) => u.unitId === org.station.id)).toMatchObject({ unitName: org.station.name, cases: 2 });
    expect(draft.figures.byOutcome).toContainEqual({ outcome: 'NOT_APPLICABLE', cases: 1 });
    expect(draft.suggestedBulletinBody).toContain('注意喚起1件');
    expect(draft.suggestedBulletinBody).toContain('警告1件');

    // One open draft per month.
    const again = await chief.request(GENERATE, { month });
    expect(code(again)).toBe('CONFLICT');
    expect(again.errors![0].extensions!.monthlyReportId).toBe(draft.id);

    // Both the officer in charge and the chief edit; a stale revision is a conflict.
    const edited = (await oic.ok(UPDATE, { input: { id: draft.id, expectedRevision: 1, remarks: '  C2が増加傾向。  ' } })).updateMonthlyReportDraft;
    expect(edited).toMatchObject({ revision: 2, remarks: 'C2が増加傾向。' });
    expect(code(await chief.request(UPDATE, { input: { id: draft.id, expectedRevision: 1, remarks: 'x' } }))).toBe('CONFLICT');
    const byChief = (await chief.ok(UPDATE, { input: { id: draft.id, expectedRevision: 2, remarks: 'C2（宿泊）が増加傾向。引き続き警戒。' } })).updateMonthlyReportDraft;
    expect(byChief.revision).toBe(3);
    expect(code(await officer.request(UPDATE, { input: { id: draft.id, expectedRevision: 3, remarks: 'x' } }))).toBe('FORBIDDEN');

    // A late report of last month: refreshing the figures picks it up.
    await report(stack.db, org.otherOfficer, { at: dayOfMonth(28) });
    const refreshed = (await oic.ok(REFRESH, { id: draft.id, rev: 3 })).refreshMonthlyReportFigures;
    expect(refreshed).toMatchObject({ revision: 4, remarks: byChief.remarks });
    expect(refreshed.figures.total).toMatchObject({ reports: 4, cases: 4 });

    // Only the chief finalizes; then nothing changes any more.
    expect(code(await oic.request(FINALIZE, { id: draft.id, rev: 4 }))).toBe('FORBIDDEN');
    const final = (await chief.ok(FINALIZE, { id: draft.id, rev: 4 })).finalizeMonthlyReport;
    expect(final).toMatchObject({ status: 'FINALIZED', revision: 5, finalizedBy: { username: org.chief.username } });
    expect(code(await oic.request(UPDATE, { input: { id: draft.id, expectedRevision: 5, remarks: 'x' } }))).toBe('INVALID_TRANSITION');
    expect(code(await oic.request(REFRESH, { id: draft.id, rev: 5 }))).toBe('INVALID_TRANSITION');
    expect(code(await oic.request(DISCARD, { id: draft.id, rev: 5 }))).toBe('INVALID_TRANSITION');
    await expect(stack.db.query(`UPDATE monthly_reports SET remarks = 'tampered' WHERE id = $1`, [draft.id])).rejects.toThrow(/immutable/);
    await expect(stack.db.query(`DELETE FROM monthly_reports WHERE id = $1`, [draft.id])).rejects.toThrow(/immutable/);

    // 周知: the chief publishes; every unit reads it, volunteers do not.
    expect(code(await oic.request(PUBLISH, { input: { monthlyReportId: draft.id } }))).toBe('FORBIDDEN');
    const bulletin = (await chief.ok(PUBLISH, { input: { monthlyReportId: draft.id } })).publishBulletin;
    expect(bulletin).toMatchObject({ month, reportVersion: 1, title: final.suggestedBulletinTitle, body: final.suggestedBulletinBody });
    expect(bulletin.figures.total).toMatchObject({ reports: 4, cases: 4, warned: 2 });
    expect(bulletin.figures.byAudience).toContainEqual({ audience: 'CHILD', warned: 1 });
    expect(code(await chief.request(PUBLISH, { input: { monthlyReportId: draft.id } }))).toBe('CONFLICT');
    const seen = (await officer.ok(BULLETINS)).bulletins.nodes;
    expect(seen).toEqual([expect.objectContaining({ id: bulletin.id, month, figures: { total: { cases: 4, warned: 2 } } })]);
    expect(code(await volunteer.request(BULLETINS))).toBe('FORBIDDEN');
    await expect(stack.db.query(`UPDATE bulletins SET body = 'x' WHERE id = $1`, [bulletin.id])).rejects.toThrow(/immutable/);

    // A correction is a new version, starting from the finalized one's remarks, with its own bulletin.
    const correction = (await oic.ok(GENERATE, { month })).generateMonthlyReportDraft;
    expect(correction).toMatchObject({ version: 2, status: 'DRAFT', supersedesId: draft.id, remarks: byChief.remarks });
    expect((await oic.ok(DISCARD, { id: correction.id, rev: 1 })).discardMonthlyReportDraft).toBe(correction.id);
    const v2 = (await oic.ok(GENERATE, { month })).generateMonthlyReportDraft;
    expect(v2.version).toBe(2);
    await chief.ok(FINALIZE, { id: v2.id, rev: 1 });
    const b2 = (await chief.ok(PUBLISH, { input: { monthlyReportId: v2.id, title: '訂正版', body: '集計を訂正しました。' } })).publishBulletin;
    expect(b2).toMatchObject({ reportVersion: 2, title: '訂正版', body: '集計を訂正しました。' });
    expect((await officer.ok(BULLETINS)).bulletins.nodes.map((b: { id: string }) => b.id)).toEqual([b2.id, bulletin.id]);

    // The list, newest first, page by page.
    const page1 = (await chief.ok(REPORTS, { first: 1 })).monthlyReports;
    expect(page1.nodes.map((r: { version: number }) => r.version)).toEqual([2]);
    const page2 = (await chief.ok(REPORTS, { first: 5, after: page1.pageInfo.endCursor })).monthlyReports;
    expect(page2.nodes.map((r: { version: number }) => r.version)).toEqual([1]);
    expect(page2.pageInfo.hasNextPage).toBe(false);

    // Every change is in the audit log, by whom.
    const events: { action: string; actor_id: string; object_id: string }[] = await stack.db.query(
      `SELECT action, actor_id, object_id FROM audit_events WHERE object_type IN ('MonthlyReport', 'Bulletin') ORDER BY id`,
    );
    expect(events.map((e) => e.action)).toEqual([
      'monthlyReport.GENERATE_DRAFT',
      'monthlyReport.UPDATE_DRAFT',
      'monthlyReport.UPDATE_DRAFT',
      'monthlyReport.REFRESH_FIGURES',
      'monthlyReport.FINALIZE',
      'bulletin.PUBLISH',
      'monthlyReport.GENERATE_DRAFT',
      'monthlyReport.DISCARD_DRAFT',
      'monthlyReport.GENERATE_DRAFT',
      'monthlyReport.FINALIZE',
      'bulletin.PUBLISH',
    ]);
    expect(events[1].actor_id).toBe(org.officerInCharge.id);
    expect(events[4].actor_id).toBe(org.chief.id);
    expect(events[5].object_id).toBe(bulletin.id);
  });
});
