import type { DataSource } from 'typeorm';
import { CaseStatus, ReportSource } from '../../src/modules/cases/case-enums';
import { releaseCase } from '../../src/modules/cases/commands/screening.commands';
import { caseRandom, type Random } from '../../src/statistics-dataset/dataset-model';
import { generateStatisticsDataset } from '../../src/statistics-dataset/generate-dataset';
import { normalizeStatisticsQuery, type StatisticsQueryInput } from '../../src/modules/statistics/statistics-query';
import { computeStatistics, resolveDurations } from '../../src/modules/statistics/statistics.service';
import { Role } from '../../src/modules/users/role';
import type { User } from '../../src/modules/users/user.entity';
import { buildOrganisation, buildUser } from '../factories';
import { startTestStack, type TestStack } from '../harness';
import { actor, recheck, report, rollupSnapshot, version, workflow } from './workflow-helpers';

/**
 * The rollups must equal a direct count from the base tables, exactly, whatever happened: random
 * walks through the real workflow functions, reports added, moved and deleted, re-checks, times
 * changed, a generated dataset with random transitions by SQL, and personal data purged.
 */
const GROUPINGS: StatisticsQueryInput['groupBy'][] = [
  [], // the (month, unit, source) rollup
  ['MONTH', 'UNIT', 'SOURCE'],
  ['MONTH', 'CATEGORY', 'UNIT'], // the category rollup, totals apart
  ['CATEGORY', 'SOURCE'],
  ['WEEK', 'SOURCE'],
  ['MONTH', 'AUDIENCE', 'OUTCOME', 'REGION'],
  ['CATEGORY', 'OUTCOME'],
] as never;

async function expectRollupEqualsDirectCount(db: DataSource, period: { from: string; to: string }, extra: Partial<StatisticsQueryInput> = {}) {
  for (const groupBy of GROUPINGS) {
    const q = normalizeStatisticsQuery({ ...period, ...extra, groupBy, emptyGroups: 'OMITTED' as never });
    const rollup = await resolveDurations(await computeStatistics(db, q));
    const direct = await resolveDurations(await computeStatistics(db, q, { method: 'direct' }));
    expect({ groupBy, rows: rollup.rows }).toEqual({ groupBy, rows: direct.rows });
    expect(rollup.totals).toEqual(direct.totals);
  }
}

async function expectIncrementalEqualsRebuild(db: DataSource) {
  const incremental = await rollupSnapshot(db);
  await db.query(`SELECT statistics_rebuild()`);
  expect(await rollupSnapshot(db)).toEqual(incremental);
}

const choose = <T>(rnd: Random, items: readonly T[]): T => items[Math.floor(rnd() * items.length)];

describe('the statistics rollups against a direct count', () => {
  let stack: TestStack;
  let db: DataSource;
  let org: Awaited<ReturnType<typeof buildOrganisation>>;

  beforeAll(async () => {
    stack = await startTestStack();
    db = stack.db;
    org = await buildOrganisation(db);
  });
  afterAll(() => stack?.close());

  it('stay equal through random walks of the real workflow, report changes and re-checks', async () => {
    const rnd = caseRandom(20261128, 1);
    const divisionOfficer = await buildUser(db, { role: Role.OFFICER, unit: org.division });
    const reporters: [User, ReportSource][] = [
      [org.officer, ReportSource.OFFICER],
      [org.otherOfficer, ReportSource.OFFICER],
      [org.volunteer, ReportSource.VOLUNTEER],
      [divisionOfficer, ReportSource.OFFICER],
    ];
    const w = workflow(db, org.officerInCharge, org.chief);
    // Around the October/November boundary in Japan time (15:00 UTC), and a few weeks either side.
    const start = Date.parse('2026-10-20T00:00:00Z');
    const when = () => new Date(rnd() < 0.3 ? Date.parse('2026-10-31T14:58:00Z') + Math.floor(rnd() * 240_000) : start + Math.floor(rnd() * 25 * 86_400_000));
    const categories = ['C1_SEX_OR_MEETING', 'C2_LODGING', 'C3_HARMFUL_WORK', 'C4_CSAM_TRADE', 'C5_CSAM_PRODUCTION', 'C6_OTHER_SEXUALISATION'];
    const screening = () => ({
      categories: [choose(rnd, categories), ...(rnd() < 0.3 ? [choose(rnd, categories)] : [])] as never[],
      child: rnd() < 0.6,
      region: (rnd() < 0.5 ? 'KUMAMOTO' : 'UNKNOWN') as never,
    });

    const caseIds: string[] = [];
    for (let i = 0; i < 45; i++) {
      const [by, source] = choose(rnd, reporters);
      const first = await report(db, by, { source, at: when() });
      caseIds.push(first.case.id);
      if (rnd() < 0.25) {
        const [by2, source2] = choose(rnd, reporters);
        await report(db, by2, { url: first.case.postUrl, source: source2, at: when() });
      }
    }

    for (const id of caseIds) {
      for (let step = 0; step < 12 && rnd() < 0.85; step++) {
        const [{ status }] = await db.query(`SELECT status FROM cases WHERE id = $1`, [id]);
        const r = rnd();
        switch (status as CaseStatus) {
          case CaseStatus.RECEIVED:
            await w.take(id);
            break;
          case CaseStatus.SCREENING:
            if (r < 0.45) await w.warn(id, screening());
            else if (r < 0.7) await w.requestApproval(id, screening());
            else if (r < 0.9) await w.notApplicable(id);
            else await releaseCase(db, actor(org.officerInCharge), id, await version(db, id));
            break;
          case CaseStatus.AWAITING_APPROVAL:
            if (r < 0.5) await w.approve(id);
            else if (r < 0.75) await w.decline(id);
            else await w.return(id);
            break;
          case CaseStatus.WARNING_QUEUED:
            if (r < 0.8) await w.posted(id);
            else await w.failed(id);
            break;
          case CaseStatus.WARNING_FAILED:
            if (r < 0.6) await w.retry(id);
            else await w.closeFailed(id);
            break;
          case CaseStatus.WARNING_POSTED:
            if (r < 0.5) await recheck(db, id, '1d', choose(rnd, ['PRESENT', 'DELETED', 'NOT_VISIBLE'] as const));
            await w.reportToChief(id);
            break;
          case CaseStatus.REPORTED:
            if (r < 0.5) await recheck(db, id, '7d', choose(rnd, ['PRESENT', 'DELETED', null] as const));
            await w.acknowledge(id);
            break;
          default:
            step = 99;
        }
      }
      // The workflow stamps "now": spread the times so durations and days differ.
      const base = (await db.query(`SELECT first_reported_at FROM cases WHERE id = $1`, [id]))[0].first_reported_at as Date;
      await db.query(
        `UPDATE cases SET claimed_at = CASE WHEN claimed_at IS NOT NULL THEN $2::timestamptz END,
           decided_at = CASE WHEN decided_at IS NOT NULL THEN $3::timestamptz END,
           reply_posted_at = CASE WHEN reply_posted_at IS NOT NULL THEN $4::timestamptz END WHERE id = $1`,
        [id, new Date(base.getTime() + rnd() * 3600_000), new Date(base.getTime() + 3600_000 + rnd() * 7200_000), new Date(base.getTime() + 3 * 3600_000 + rnd() * 86_400_000)],
      );
    }
    await expectRollupEqualsDirectCount(db, { from: '2026-10-01', to: '2026-11-30' });

    // Reports are never changed by the application, but the rollups follow even that exactly.
    const reportIds: { id: string }[] = await db.query(`SELECT id FROM reports ORDER BY id LIMIT 12`);
    await db.query(`UPDATE reports SET created_at = created_at - interval '20 days' WHERE id = $1`, [reportIds[0].id]);
    await db.query(`UPDATE reports SET unit_id = $2, source = 'VOLUNTEER' WHERE id = $1`, [reportIds[1].id, org.otherStation.id]);
    await db.query(`UPDATE reports SET case_id = (SELECT case_id FROM reports WHERE id = $2) WHERE id = $1`, [reportIds[2].id, reportIds[3].id]);
    await db.query(`DELETE FROM reports WHERE id = $1`, [reportIds[4].id]);
    await db.query(`UPDATE cases SET first_reported_at = first_reported_at + interval '9 hours' WHERE id = ANY($1)`, [caseIds.slice(0, 10)]);
    await db.query(`DELETE FROM post_checks WHERE ctid IN (SELECT ctid FROM post_checks LIMIT 2)`);
    await expectRollupEqualsDirectCount(db, { from: '2026-09-15', to: '2026-11-30' });
    await expectRollupEqualsDirectCount(db, { from: '2026-10-01', to: '2026-11-30' }, { unitIds: [org.station.id], categories: ['C1_SEX_OR_MEETING', 'NOT_RECORDED'] as never });
    await expectIncrementalEqualsRebuild(db);
  });

  it('stay equal on a generated dataset of 5,000 cases with random transitions by SQL, and survive the purge of personal data', async () => {
    // Five weeks of a busy deployment, so that many cases are still in progress at the dataset's end.
    const summary = await generateStatisticsDataset(db, { cases: 5000, years: 0.1, seed: 5, end: '2026-11-01' });
    expect(summary.cases).toBe(5000);
    const all = { from: '2026-09-01', to: '2026-11-30' };
    const total = await computeStatistics(db, normalizeStatisticsQuery({ ...all }));
    expect(total.totals.cases).toBeGreaterThanOrEqual(5000);
    await expectRollupEqualsDirectCount(db, all);

    // Random transitions by SQL, as the workflow would make them (with the approval audit events),
    // on the dataset's cases still in progress; triggers on.
    const rnd = caseRandom(99, 2);
    const open: { id: string; status: string }[] = await db.query(
      `SELECT id, status FROM cases WHERE status <> 'CLOSED' AND post_id LIKE '1200000050%' ORDER BY id LIMIT 150`,
    );
    expect(open.length).toBeGreaterThan(20);
    const audit = (id: string, action: string) =>
      db.query(`INSERT INTO audit_events (actor_id, actor_role, action, object_type, object_id) VALUES ($1, 'CHIEF', $2, 'Case', $3)`, [
        org.chief.id,
        action,
        id,
      ]);
    for (const { id, status } of open) {
      const r = rnd();
      if (status === 'RECEIVED') {
        await db.query(`UPDATE cases SET status = 'SCREENING', claimed_at = first_reported_at + interval '5 minutes' WHERE id = $1`, [id]);
      } else if (status === 'SCREENING') {
        if (r < 0.5) {
          await db.query(
            `UPDATE cases SET status = 'WARNING_QUEUED', categories = '{C3_HARMFUL_WORK,C5_CSAM_PRODUCTION}', audience = 'ADULT',
               region = 'KUMAMOTO', decided_at = now() WHERE id = $1`,
            [id],
          );
        } else {
          await db.query(`UPDATE cases SET status = 'AWAITING_APPROVAL', categories = '{C2_LODGING}', audience = 'CHILD', region = 'UNKNOWN' WHERE id = $1`, [id]);
          await audit(id, 'case.REQUEST_APPROVAL');
        }
      } else if (status === 'AWAITING_APPROVAL') {
        const [to, action] = r < 0.4 ? ['WARNING_QUEUED', 'case.APPROVE'] : r < 0.7 ? ['CLOSED', 'case.DECLINE'] : ['SCREENING', 'case.RETURN_FOR_SCREENING'];
        await db.query(
          `UPDATE cases SET status = $2, close_reason = CASE WHEN $2 = 'CLOSED' THEN 'DECLINED' END, decided_at = now() WHERE id = $1`,
          [id, to],
        );
        await audit(id, action);
      } else if (status === 'WARNING_QUEUED') {
        await db.query(`UPDATE cases SET status = 'WARNING_POSTED', reply_posted_at = now() WHERE id = $1`, [id]);
      } else if (status === 'WARNING_POSTED') {
        await db.query(`UPDATE cases SET status = 'REPORTED', reported_to_chief_at = now() WHERE id = $1`, [id]);
      } else if (status === 'REPORTED') {
        await db.query(`UPDATE cases SET status = 'CLOSED', close_reason = 'ACKNOWLEDGED', acknowledged_at = now(), closed_at = now() WHERE id = $1`, [id]);
      }
      if (r < 0.2) await report(db, org.otherOfficer, { url: `https://x.com/i/web/status/${(await db.query(`SELECT post_id FROM cases WHERE id = $1`, [id]))[0].post_id}` });
    }
    await db.query(`UPDATE post_checks SET checked_at = now(), outcome = 'DELETED' WHERE outcome IS NULL`);
    const now = { from: '2026-09-01', to: '2026-12-31' };
    await expectRollupEqualsDirectCount(db, now);
    await expectIncrementalEqualsRebuild(db);

    // Retention (DESIGN §7): the purge blanks post texts, profiles, handles and notes; counts survive.
    const before = await resolveDurations(await computeStatistics(db, normalizeStatisticsQuery({ ...now, groupBy: ['MONTH', 'CATEGORY', 'UNIT'] as never })));
    const rollupBefore = await rollupSnapshot(db);
    await db.query(`UPDATE cases SET post_text = NULL, profile_text = NULL, reply_text = NULL, close_note = NULL, approval_reason = NULL,
      chief_comment = NULL, report_to_chief_note = NULL`);
    await db.query(`UPDATE reports SET note = NULL, post_text = NULL, profile_text = NULL, url = 'purged'`);
    await db.query(`UPDATE x_accounts SET username = NULL, display_name = NULL, profile_text = NULL`);
    const after = await resolveDurations(await computeStatistics(db, normalizeStatisticsQuery({ ...now, groupBy: ['MONTH', 'CATEGORY', 'UNIT'] as never })));
    expect(after.rows).toEqual(before.rows);
    expect(after.totals).toEqual(before.totals);
    expect(await rollupSnapshot(db)).toEqual(rollupBefore);
    await expectIncrementalEqualsRebuild(db);
  });
});
