import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import { addDays, addMonths, firstDayOfMonth, jstDay, monthOf } from '../modules/statistics/jst';
import { StatisticsDimension as D, MEASURES } from '../modules/statistics/statistics-enums';
import { normalizeStatisticsQuery, type StatisticsQueryInput } from '../modules/statistics/statistics-query';
import { computeStatistics, resolveDurations } from '../modules/statistics/statistics.service';
import type { StatisticsResult } from '../modules/statistics/statistics.types';

/** The benchmark's query: the last whole year of the data, by month × category × unit. */
export async function benchmarkQuery(db: DataSource): Promise<StatisticsQueryInput> {
  const [{ last }] = await db.query(`SELECT max(day)::text AS last FROM statistics_daily`);
  const lastDay: string = last ?? jstDay(new Date());
  const lastWholeMonth = addDays(firstDayOfMonth(monthOf(addDays(lastDay, 1))), -1) === lastDay ? monthOf(lastDay) : addMonths(monthOf(lastDay), -1);
  const to = addDays(firstDayOfMonth(addMonths(lastWholeMonth, 1)), -1);
  const from = firstDayOfMonth(addMonths(lastWholeMonth, -11));
  return { from, to, groupBy: [D.MONTH, D.CATEGORY, D.UNIT] };
}

/** A comparable form of a result: every row's dimensions, counts and percentiles. */
async function flatten(result: StatisticsResult): Promise<string[]> {
  await resolveDurations(result);
  return [result.totals, ...result.rows].map((r) =>
    JSON.stringify([r.month, r.week, r.unitId, r.source, r.category, r.audience, r.outcome, r.region, MEASURES.map((m) => r[m]), r.durations]),
  );
}

/** Compares the rollups with a direct count from the base tables for a handful of queries. */
export async function verifyAgainstDirectCount(db: DataSource, log: (m: string) => void): Promise<boolean> {
  const year = await benchmarkQuery(db);
  const queries: StatisticsQueryInput[] = [
    year,
    { from: year.from, to: year.to, groupBy: [D.SOURCE, D.AUDIENCE, D.OUTCOME, D.REGION] },
    { from: addDays(year.from, 17), to: addDays(year.from, 120), groupBy: [D.WEEK, D.UNIT] },
    { from: '2000-01-01', to: year.to, groupBy: [D.MONTH], categories: ['C2_LODGING' as never] },
  ];
  let ok = true;
  for (const input of queries) {
    const q = normalizeStatisticsQuery(input);
    const t0 = performance.now();
    const rollup = await flatten(await computeStatistics(db, q, { method: 'rollup' }));
    const t1 = performance.now();
    const direct = await flatten(await computeStatistics(db, q, { method: 'direct' }));
    const t2 = performance.now();
    const diff = rollup.filter((r, i) => r !== direct[i]).length + Math.abs(rollup.length - direct.length);
    ok &&= diff === 0;
    log(
      `  ${q.from}..${q.to} by ${q.groupBy.join('×') || 'nothing'}: ${rollup.length} rows, ` +
        `${diff === 0 ? 'equal' : `${diff} DIFFERENT`} (rollup+percentiles ${(t1 - t0).toFixed(0)} ms, direct ${(t2 - t1).toFixed(0)} ms)`,
    );
  }
  return ok;
}

export function percentile(sorted: number[], p: number): number {
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[idx];
}

export interface Timing {
  runs: number;
  p50: number;
  p95: number;
  max: number;
  /** CPU time per run of this process and of the given PostgreSQL backends (when on this machine). */
  cpuMs: { node: number; postgres: number | null };
}

/** user + system CPU of a local process in ms, or null when /proc cannot tell (another host). */
function processCpuMs(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks (USER_HZ = 100)
  } catch {
    return null;
  }
}

/**
 * Wall-clock percentiles of `fn`, and the CPU it costs per run: on a busy machine the wall clock
 * mostly measures the wait for a core, the CPU time what the query itself needs.
 */
export async function time(runs: number, warmup: number, fn: () => Promise<unknown>, backendPids: number[] = []): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const pgCpu = () => backendPids.reduce<number | null>((sum, pid) => (sum === null ? null : ((v) => (v === null ? null : sum + v))(processCpuMs(pid))), 0);
  const pg0 = pgCpu();
  const node0 = process.cpuUsage();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  const node = process.cpuUsage(node0);
  const pg1 = pgCpu();
  samples.sort((a, b) => a - b);
  return {
    runs,
    p50: percentile(samples, 0.5),
    p95: percentile(samples, 0.95),
    max: samples[samples.length - 1],
    cpuMs: {
      node: (node.user + node.system) / 1000 / runs,
      postgres: pg0 !== null && pg1 !== null && backendPids.length ? (pg1 - pg0) / runs : null,
    },
  };
}

export const formatTiming = (t: Timing) =>
  `p50 ${t.p50.toFixed(1)} ms, p95 ${t.p95.toFixed(1)} ms, max ${t.max.toFixed(1)} ms (${t.runs} runs); ` +
  `CPU per run: node ${t.cpuMs.node.toFixed(1)} ms` +
  (t.cpuMs.postgres === null ? '' : ` + postgres ${t.cpuMs.postgres.toFixed(1)} ms`);

/** The PostgreSQL backends of this application's connections (for their CPU time). */
export async function backendPids(db: DataSource, applicationName: string): Promise<number[]> {
  const rows: { pid: number }[] = await db.query(`SELECT pid FROM pg_stat_activity WHERE application_name = $1`, [applicationName]);
  return rows.map((r) => r.pid);
}
