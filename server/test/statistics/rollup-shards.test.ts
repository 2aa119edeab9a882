import type { DataSource, QueryRunner } from 'typeorm';
import { ReportSource } from '../../src/modules/cases/case-enums';
import { normalizeStatisticsQuery } from '../../src/modules/statistics/statistics-query';
import { foldStatisticsShards } from '../../src/modules/statistics/shard-fold';
import { computeStatistics, resolveDurations } from '../../src/modules/statistics/statistics.service';
import { buildOrganisation } from '../factories';
import { startTestStack, type TestStack } from '../harness';
import { rollupSnapshot } from './workflow-helpers';

/**
 * Intake must not queue on a shared rollup row: two reports of one unit, source and day, in two
 * open transactions of two database sessions, both get through their triggers before either commits.
 * The shards they write add up to exactly the direct count and to the rebuilt rollups, and folding
 * them into shard 0 changes no figure and never waits on an open intake.
 */
const SHARDS = 16;
let seq = 0;
const postId = () => String(1_880_000_000_000_000_000n + BigInt(Date.now() % 1_000_000) * 1000n + BigInt(++seq));

async function intakeBySql(r: QueryRunner, reporterId: string, unitId: string): Promise<void> {
  const id = postId();
  const [{ id: caseId }] = await r.query(
    `INSERT INTO cases (post_id, post_url, status, first_reported_at) VALUES ($1, $2, 'RECEIVED', now()) RETURNING id`,
    [id, `https://x.com/i/web/status/${id}`],
  );
  await r.query(`INSERT INTO reports (case_id, url, source, reported_by_id, unit_id) VALUES ($1, $2, $3, $4, $5)`, [
    caseId,
    `https://x.com/i/web/status/${id}`,
    ReportSource.OFFICER,
    reporterId,
    unitId,
  ]);
}

describe('sharded statistics rollups', () => {
  let stack: TestStack;
  let db: DataSource;
  let org: Awaited<ReturnType<typeof buildOrganisation>>;

  beforeAll(async () => {
    stack = await startTestStack();
    db = stack.db;
    org = await buildOrganisation(db);
  });
  afterAll(() => stack?.close());

  /** Two sessions whose backends write different shards. */
  async function twoSessions(): Promise<[QueryRunner, QueryRunner, QueryRunner[]]> {
    const all: QueryRunner[] = [];
    const byShard = new Map<number, QueryRunner>();
    while (byShard.size < 2 && all.length < 6) {
      const r = db.createQueryRunner();
      await r.connect();
      all.push(r);
      const [{ pid }] = await r.query(`SELECT pg_backend_pid() AS pid`);
      if (!byShard.has(pid % SHARDS)) byShard.set(pid % SHARDS, r);
    }
    const [a, b] = [...byShard.values()];
    if (!a || !b) throw new Error('could not open two sessions on different shards');
    return [a, b, all];
  }

  it('lets concurrent intakes of one unit and day commit without waiting for each other, and still add up', async () => {
    const [a, b, all] = await twoSessions();
    try {
      for (const r of [a, b]) await r.query(`SET lock_timeout = '5s'`);
      await a.startTransaction();
      await intakeBySql(a, org.officer.id, org.station.id);
      // The first transaction holds its rollup rows; the second must not wait for them.
      await b.startTransaction();
      await intakeBySql(b, org.officer.id, org.station.id);
      await b.commitTransaction();
      await a.commitTransaction();
    } finally {
      for (const r of all) {
        if (r.isTransactionActive) await r.rollbackTransaction();
        await r.release();
      }
    }

    const today = (await db.query(`SELECT statistics_jst_day(now())::text AS d`))[0].d as string;
    const shards = await db.query(
      `SELECT shard, reports, cases FROM statistics_daily WHERE day = $1 AND unit_id = $2 AND source = 'OFFICER' ORDER BY shard`,
      [today, org.station.id],
    );
    expect(shards).toHaveLength(2);
    expect(shards.map((s: { reports: number }) => s.reports)).toEqual([1, 1]);
    // Shard 0 is the fold's and the rebuild's: triggers never write it.
    expect(shards.map((s: { shard: number }) => s.shard)).not.toContain(0);

    const q = normalizeStatisticsQuery({ from: today, to: today, groupBy: ['UNIT', 'SOURCE'] as never, emptyGroups: 'OMITTED' as never });
    const rollup = await resolveDurations(await computeStatistics(db, q));
    const direct = await resolveDurations(await computeStatistics(db, q, { method: 'direct' }));
    expect(rollup.rows).toEqual(direct.rows);
    expect(rollup.totals).toEqual(direct.totals);
    expect(rollup.totals).toMatchObject({ cases: 2, reports: 2 });

    const incremental = await rollupSnapshot(db);
    await db.query(`SELECT statistics_rebuild()`);
    expect(await rollupSnapshot(db)).toEqual(incremental);
    // The rebuild folds everything into shard 0.
    expect((await db.query(`SELECT count(*)::int AS n FROM statistics_daily WHERE shard <> 0`))[0].n).toBe(0);
  });

  it('folds the shards into shard 0 without changing a figure, skipping rows an open intake holds', async () => {
    const today = (await db.query(`SELECT statistics_jst_day(now())::text AS d`))[0].d as string;
    const q = normalizeStatisticsQuery({ from: today, to: today, groupBy: ['UNIT', 'SOURCE'] as never, emptyGroups: 'OMITTED' as never });
    const [a, b, all] = await twoSessions();
    try {
      await intakeBySql(a, org.otherOfficer.id, org.otherStation.id);
      await intakeBySql(b, org.otherOfficer.id, org.otherStation.id);
      const before = await resolveDurations(await computeStatistics(db, q));
      const snapshot = await rollupSnapshot(db);

      // An intake still open on session a holds its rows: the fold goes past them instead of waiting.
      await a.query(`SET lock_timeout = '5s'`);
      await a.startTransaction();
      await intakeBySql(a, org.otherOfficer.id, org.otherStation.id);
      const folder = db.createQueryRunner();
      all.push(folder);
      await folder.connect();
      await folder.query(`SET lock_timeout = '2s'`);
      expect((await folder.query(`SELECT statistics_fold_shards(10000)::int AS n`))[0].n).toBeGreaterThan(0);
      const held = await db.query(`SELECT count(*)::int AS n FROM statistics_daily WHERE shard <> 0`);
      expect(held[0].n).toBeGreaterThan(0); // the open intake's rows (not yet visible to anyone else)
      await a.rollbackTransaction();

      expect(await foldStatisticsShards(db)).toBeGreaterThan(0);
      for (const table of ['statistics_daily', 'statistics_monthly', 'statistics_monthly_units', 'statistics_monthly_categories']) {
        expect((await db.query(`SELECT count(*)::int AS n FROM ${table} WHERE shard <> 0`))[0].n).toBe(0);
      }
      const after = await resolveDurations(await computeStatistics(db, q));
      expect(after.rows).toEqual(before.rows);
      expect(after.totals).toEqual(before.totals);
      expect(await rollupSnapshot(db)).toEqual(snapshot);
      const direct = await resolveDurations(await computeStatistics(db, q, { method: 'direct' }));
      expect(after.rows).toEqual(direct.rows);
    } finally {
      for (const r of all) {
        if (r.isTransactionActive) await r.rollbackTransaction();
        if (!r.isReleased) await r.release();
      }
    }
  });
});
