import { ReportSource } from '../../src/modules/cases/case-enums';
import { normalizeStatisticsQuery } from '../../src/modules/statistics/statistics-query';
import { computeStatistics, resolveDurations } from '../../src/modules/statistics/statistics.service';
import type { StatisticsRow } from '../../src/modules/statistics/statistics.types';
import { buildOrganisation, buildUser, TEST_PASSWORD } from '../factories';
import { startTestStack, type GraphQLTestClient, type TestStack } from '../harness';
import { Role } from '../../src/modules/users/role';
import { recheck, report, rollupSnapshot, setTimes, workflow } from './workflow-helpers';

/**
 * A fixed set of cases, put through the real workflow functions and then given fixed times, whose
 * figures are worked out by hand below. Japan time is UTC+9: 2026-10-31T14:59:59Z is still October
 * in Japan, 2026-10-31T15:00:00Z is already November.
 */
const at = (iso: string) => new Date(iso);
const plus = (d: Date, seconds: number) => new Date(d.getTime() + seconds * 1000);

const STATS = `query($input: StatisticsInput!) {
  statistics(input: $input) {
    from to groupBy scopedToUnitId
    totals { ...figures }
    rows { month week unitId unitName source category audience outcome region ...figures }
    funnel { stage count shareOfPrevious }
  }
}
fragment figures on StatisticsRow {
  reports cases screened warned reportedToChief acknowledged
  approvalsRequested approvalsApproved approvalsDeclined approvalsReturned
  recheckedAfter1Day deletedWithin1Day deletedWithin1DayShare recheckedWithin7Days deletedWithin7Days deletedWithin7DaysShare
  timeToReply { count p50Seconds p90Seconds maxSeconds }
  timeToDecision { count p50Seconds p90Seconds maxSeconds }
}`;

describe('statistics on a fixed dataset, against hand-computed figures', () => {
  let stack: TestStack;
  let org: Awaited<ReturnType<typeof buildOrganisation>>;
  let oicClient: GraphQLTestClient;
  let officerClient: GraphQLTestClient;
  let volunteerClient: GraphQLTestClient;
  const Q4 = { from: '2026-09-01', to: '2026-12-31' };

  beforeAll(async () => {
    stack = await startTestStack();
    const db = stack.db;
    org = await buildOrganisation(db);
    const divisionOfficer = await buildUser(db, { role: Role.OFFICER, unit: org.division });
    const w = workflow(db, org.officerInCharge, org.chief);

    // c1 — station A, officer, 2026-10-31 23:59:59 JST (October). Warned, reported, acknowledged; deleted after a day.
    const t1 = at('2026-10-31T14:59:59Z');
    const c1 = (await report(db, org.officer, { at: t1 })).case.id;
    await w.take(c1);
    await w.warn(c1, { categories: ['C1_SEX_OR_MEETING' as never], child: true });
    await w.posted(c1);
    await w.reportToChief(c1);
    await w.acknowledge(c1);
    await setTimes(db, c1, { claimed_at: plus(t1, 600), decided_at: plus(t1, 2400), reply_posted_at: plus(t1, 3600) });
    await recheck(db, c1, '1d', 'DELETED');
    await recheck(db, c1, '7d', 'DELETED');

    // c2 — station A, volunteer, 2026-11-01 00:00 JST (November); also reported by station B on 11-02.
    // Put to the chief, returned, put again, approved, posted, reported (not acknowledged).
    const t2 = at('2026-10-31T15:00:00Z');
    const first2 = await report(db, org.volunteer, { at: t2, source: ReportSource.VOLUNTEER });
    const c2 = first2.case.id;
    await report(db, org.otherOfficer, { url: first2.case.postUrl, at: at('2026-11-02T01:00:00Z') });
    const s2 = { categories: ['C2_LODGING', 'C1_SEX_OR_MEETING'] as never[], child: false, region: 'UNKNOWN' as never };
    await w.take(c2);
    await w.requestApproval(c2, s2);
    await w.return(c2);
    await w.requestApproval(c2, s2);
    await w.approve(c2);
    await w.posted(c2);
    await w.reportToChief(c2);
    await setTimes(db, c2, { claimed_at: plus(t2, 300), decided_at: plus(t2, 300 + 7200), reply_posted_at: plus(t2, 10800) });
    await recheck(db, c2, '1d', 'PRESENT');
    await recheck(db, c2, '7d', 'DELETED');

    // c3 — station B, 2026-11-15 12:00 JST: not applicable (out of region).
    const t3 = at('2026-11-15T03:00:00Z');
    const c3 = (await report(db, org.otherOfficer, { at: t3 })).case.id;
    await w.take(c3);
    await w.notApplicable(c3);
    await setTimes(db, c3, { claimed_at: plus(t3, 1200), decided_at: plus(t3, 1500) });

    // c4 — the division, 2026-12-01 00:30 JST (December): put to the chief and declined.
    const t4 = at('2026-11-30T15:30:00Z');
    const c4 = (await report(db, divisionOfficer, { at: t4 })).case.id;
    await w.take(c4);
    await w.requestApproval(c4, { categories: ['C4_CSAM_TRADE' as never], child: false });
    await w.decline(c4);
    await setTimes(db, c4, { claimed_at: plus(t4, 600), decided_at: plus(t4, 4200) });

    // c5 — station A, 2026-10-05: not taken yet.
    await report(db, org.officer, { at: at('2026-10-05T00:00:00Z') });

    // c6 — station B, 2026-10-20: warned, the reply failed.
    const t6 = at('2026-10-20T02:00:00Z');
    const c6 = (await report(db, org.otherOfficer, { at: t6 })).case.id;
    await w.take(c6);
    await w.warn(c6, { categories: ['C2_LODGING' as never], child: true });
    await w.failed(c6);
    await setTimes(db, c6, { claimed_at: plus(t6, 900), decided_at: plus(t6, 2700) });

    // c7 — station A, 2026-11-10: warned and posted; the 1-day re-check could not see it, the 7-day one has not run.
    const t7 = at('2026-11-10T00:00:00Z');
    const c7 = (await report(db, org.officer, { at: t7 })).case.id;
    await w.take(c7);
    await w.warn(c7, { categories: ['C6_OTHER_SEXUALISATION' as never], child: true, region: 'UNKNOWN' as never });
    await w.posted(c7);
    await setTimes(db, c7, { claimed_at: plus(t7, 60), decided_at: plus(t7, 660), reply_posted_at: plus(t7, 7200) });
    await recheck(db, c7, '1d', 'NOT_VISIBLE');
    await recheck(db, c7, '7d', null);

    // c8 — 2026-08-31 23:59 JST: just outside the period.
    await report(db, org.officer, { at: at('2026-08-31T14:59:00Z') });

    oicClient = await stack.client().login(org.officerInCharge.username, TEST_PASSWORD);
    officerClient = await stack.client().login(org.officer.username, TEST_PASSWORD);
    volunteerClient = await stack.client().login(org.volunteer.username, TEST_PASSWORD);
  });
  afterAll(() => stack?.close());

  /** The GraphQL statistics query (enum values as the strings a client sends). */
  const stats = async (client: GraphQLTestClient, input: Record<string, unknown>) =>
    (await client.ok(STATS, { input: { ...Q4, ...input } })).statistics;
  const pick = (row: StatisticsRow | Record<string, unknown>, keys: string[]) => Object.fromEntries(keys.map((k) => [k, (row as never)[k]]));

  it('counts the funnel, approvals, re-checks and durations of the period', async () => {
    const s = await stats(oicClient, {});
    expect(s.totals).toMatchObject({
      reports: 8, // c8 is in August (Japan time) and outside
      cases: 7,
      screened: 6, // all but c5
      warned: 3, // c1, c2, c7
      reportedToChief: 2,
      acknowledged: 1,
      approvalsRequested: 3, // c2 twice, c4 once
      approvalsApproved: 1,
      approvalsDeclined: 1,
      approvalsReturned: 1,
      recheckedAfter1Day: 3,
      deletedWithin1Day: 1,
      recheckedWithin7Days: 2, // c7's 7-day check has not run
      deletedWithin7Days: 2,
      deletedWithin7DaysShare: 1,
    });
    expect(s.totals.deletedWithin1DayShare).toBeCloseTo(1 / 3, 10);
    // first report → reply: 3600, 7200, 10800 s; p90 interpolates 7200 + 0.8 × 3600.
    expect(s.totals.timeToReply).toEqual({ count: 3, p50Seconds: 7200, p90Seconds: 10080, maxSeconds: 10800 });
    // claim → decision: 300, 600, 1800, 1800, 3600, 7200 s.
    expect(s.totals.timeToDecision).toEqual({ count: 6, p50Seconds: 1800, p90Seconds: 5400, maxSeconds: 7200 });
    expect(s.funnel).toEqual([
      { stage: 'REPORTS', count: 8, shareOfPrevious: null },
      { stage: 'CASES', count: 7, shareOfPrevious: 7 / 8 },
      { stage: 'SCREENED', count: 6, shareOfPrevious: 6 / 7 },
      { stage: 'WARNED', count: 3, shareOfPrevious: 0.5 },
      { stage: 'REPORTED_TO_CHIEF', count: 2, shareOfPrevious: 2 / 3 },
      { stage: 'ACKNOWLEDGED', count: 1, shareOfPrevious: 0.5 },
    ]);
  });

  it('puts cases in Japan-time months, and shows an empty month with zeros', async () => {
    const s = await stats(oicClient, { groupBy: ['MONTH'] });
    expect(s.rows.map((r: StatisticsRow) => pick(r, ['month', 'reports', 'cases', 'warned']))).toEqual([
      { month: '2026-09', reports: 0, cases: 0, warned: 0 },
      { month: '2026-10', reports: 3, cases: 3, warned: 1 }, // c1 (10-31 23:59:59 JST), c5, c6
      { month: '2026-11', reports: 4, cases: 3, warned: 2 }, // c2 (11-01 00:00 JST) and its 2nd report, c3, c7
      { month: '2026-12', reports: 1, cases: 1, warned: 0 }, // c4 (11-30 15:30 UTC)
    ]);
    expect(s.rows[0].timeToReply).toEqual({ count: 0, p50Seconds: null, p90Seconds: null, maxSeconds: null });
    expect(s.rows[1].timeToReply).toEqual({ count: 1, p50Seconds: 3600, p90Seconds: 3600, maxSeconds: 3600 });
    expect(s.rows[2].timeToDecision).toMatchObject({ count: 3, p50Seconds: 600, maxSeconds: 7200 }); // 300, 600, 7200
  });

  it('counts a case in each of its categories, the totals once', async () => {
    const s = await stats(oicClient, { groupBy: ['CATEGORY'] });
    expect(s.rows.map((r: StatisticsRow) => [r.category, r.cases, r.reports, r.warned])).toEqual([
      ['C1_SEX_OR_MEETING', 2, 3, 2], // c1, c2 (c2 has two reports)
      ['C2_LODGING', 2, 3, 1], // c2, c6
      ['C3_HARMFUL_WORK', 0, 0, 0],
      ['C4_CSAM_TRADE', 1, 1, 0],
      ['C5_CSAM_PRODUCTION', 0, 0, 0],
      ['C6_OTHER_SEXUALISATION', 1, 1, 1],
      ['NOT_RECORDED', 2, 2, 0], // c3 (not applicable), c5 (not screened)
    ]);
    expect(s.totals.cases).toBe(7);
    const filtered = await stats(oicClient, { groupBy: ['CATEGORY'], categories: ['C2_LODGING'] });
    expect(filtered.rows.map((r: StatisticsRow) => [r.category, r.cases])).toEqual([['C2_LODGING', 2]]);
    expect(filtered.totals).toMatchObject({ cases: 2, reports: 3, approvalsRequested: 2 });
    expect(filtered.totals.timeToReply).toMatchObject({ count: 1, p50Seconds: 10800 });
  });

  it('attributes a case to the unit and source of its first report, each report to its own', async () => {
    const byUnit = await stats(oicClient, { groupBy: ['UNIT'] });
    const row = (unitId: string) => byUnit.rows.find((r: StatisticsRow) => r.unitId === unitId);
    expect(byUnit.rows).toHaveLength(3); // every unit, zero or not
    expect(pick(row(org.station.id), ['unitName', 'cases', 'reports'])).toEqual({ unitName: org.station.name, cases: 4, reports: 4 });
    expect(pick(row(org.otherStation.id), ['cases', 'reports'])).toEqual({ cases: 2, reports: 3 });
    expect(pick(row(org.division.id), ['cases', 'reports', 'approvalsDeclined'])).toEqual({ cases: 1, reports: 1, approvalsDeclined: 1 });
    expect(byUnit.rows[0].unitId).toBe(org.division.id); // the division first

    const bySource = await stats(oicClient, { groupBy: ['SOURCE'] });
    expect(bySource.rows.map((r: StatisticsRow) => [r.source, r.cases, r.reports])).toEqual([
      ['OFFICER', 6, 7],
      ['VOLUNTEER', 1, 1],
    ]);
  });

  it('groups by audience, outcome and region', async () => {
    const s = await stats(oicClient, { groupBy: ['AUDIENCE'] });
    expect(s.rows.map((r: StatisticsRow) => [r.audience, r.cases, r.warned])).toEqual([
      ['CHILD', 3, 2],
      ['ADULT', 2, 1],
      ['NOT_RECORDED', 2, 0],
    ]);
    const outcomes = await stats(oicClient, { groupBy: ['OUTCOME'] });
    expect(outcomes.rows.map((r: StatisticsRow) => [r.outcome, r.cases])).toEqual([
      ['UNDER_REVIEW', 1],
      ['REPLY_PENDING', 1],
      ['WARNED', 3],
      ['NOT_APPLICABLE', 1],
      ['DECLINED', 1],
      ['REPLY_ABANDONED', 0],
    ]);
    const regions = await stats(oicClient, { groupBy: ['REGION'] });
    expect(regions.rows.map((r: StatisticsRow) => [r.region, r.cases])).toEqual([
      ['KUMAMOTO', 3],
      ['UNKNOWN', 2],
      ['OTHER_PREFECTURE', 0],
      ['NOT_RECORDED', 2],
    ]);
  });

  it('groups by Japan-time weeks starting on Monday, clipped to the period', async () => {
    const s = await stats(oicClient, { from: '2026-10-27', to: '2026-11-08', groupBy: ['WEEK'] });
    expect(s.rows.map((r: StatisticsRow) => [r.week, r.cases, r.reports])).toEqual([
      ['2026-10-26', 2, 2], // c1 (Sat 10-31), c2 (Sun 11-01)
      ['2026-11-02', 0, 1], // c2's second report
    ]);
  });

  it('groups by month × category × unit with every combination, and can omit the empty ones', async () => {
    const full = await stats(oicClient, { groupBy: ['MONTH', 'CATEGORY', 'UNIT'] });
    expect(full.rows).toHaveLength(4 * 7 * 3);
    const nonZero = full.rows.filter((r: StatisticsRow) => r.cases + r.reports > 0);
    const omitted = await stats(oicClient, { groupBy: ['MONTH', 'CATEGORY', 'UNIT'], emptyGroups: 'OMITTED' });
    expect(omitted.rows.map((r: StatisticsRow) => [r.month, r.category, r.unitId, r.cases, r.reports])).toEqual(
      nonZero.map((r: StatisticsRow) => [r.month, r.category, r.unitId, r.cases, r.reports]),
    );
    const novemberC1 = full.rows.filter((r: StatisticsRow) => r.month === '2026-11' && r.category === 'C1_SEX_OR_MEETING');
    const byUnit = new Map(novemberC1.map((r: StatisticsRow) => [r.unitId, [r.cases, r.reports]]));
    expect(novemberC1[0].unitId).toBe(org.division.id); // the division first, then stations by code
    expect(byUnit).toEqual(
      new Map([
        [org.division.id, [0, 0]],
        [org.station.id, [1, 1]], // c2, first reported by station A
        [org.otherStation.id, [0, 1]], // c2's second report, by station B
      ]),
    );
  });

  it("gives an officer their own unit's figures and the same totals as a filter by that unit", async () => {
    const mine = await stats(officerClient, {});
    expect(mine.scopedToUnitId).toBe(org.station.id);
    expect(mine.totals).toMatchObject({ cases: 4, reports: 4, warned: 3 }); // c1, c2, c5, c7
    const filtered = await stats(oicClient, { unitIds: [org.station.id] });
    expect(mine.totals).toEqual(filtered.totals);
    const byUnit = await stats(officerClient, { groupBy: ['UNIT'] });
    expect(byUnit.rows.map((r: StatisticsRow) => r.unitId)).toEqual([org.station.id]);

    const other = await officerClient.request(STATS, { input: { ...Q4, unitIds: [org.otherStation.id] } });
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const volunteer = await volunteerClient.request(STATS, { input: Q4 });
    expect(volunteer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses malformed periods and groupings with INVALID_INPUT', async () => {
    for (const input of [
      { from: '2026-02-30', to: '2026-03-01' },
      { from: '2026-03-01', to: '2026-02-01' },
      { groupBy: ['MONTH', 'WEEK'] },
      { unitIds: ['not-a-uuid'] },
      { categories: [] },
    ]) {
      const res = await oicClient.request(STATS, { input: { ...Q4, ...input } });
      expect(res.errors?.[0].extensions?.code).toBe('INVALID_INPUT');
    }
  });

  it('gives the same figures from the rollups, a direct count and a rebuild', async () => {
    for (const groupBy of [[], ['MONTH', 'CATEGORY', 'UNIT'], ['WEEK', 'SOURCE', 'OUTCOME'], ['AUDIENCE', 'REGION']] as never[][]) {
      const q = normalizeStatisticsQuery({ ...Q4, groupBy });
      const rollup = await resolveDurations(await computeStatistics(stack.db, q));
      const direct = await resolveDurations(await computeStatistics(stack.db, q, { method: 'direct' }));
      expect(rollup.rows).toEqual(direct.rows);
      expect(rollup.totals).toEqual(direct.totals);
    }
    const incremental = await rollupSnapshot(stack.db);
    await stack.db.query(`SELECT statistics_rebuild()`);
    expect(await rollupSnapshot(stack.db)).toEqual(incremental);
  });
});
