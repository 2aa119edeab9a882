import type { DataSource } from 'typeorm';
import type { Logger } from '../../core/logging/logger';

/**
 * The statistics triggers write each session's rollup rows into its own shard (migration RollupShards),
 * so concurrent intakes never queue on one row. Folding moves those rows into shard 0 so a year's query
 * reads one row per group again. The fold skips rows an open transaction holds and never waits on one.
 */
export const FOLD_EVERY_MS = 10 * 60_000;
const BATCH = 10_000;

/** Folds every trigger-written rollup row into shard 0, a batch per transaction; the shard-0 rows written. */
export async function foldStatisticsShards(db: DataSource, batch = BATCH): Promise<number> {
  let total = 0;
  for (;;) {
    const [{ n }] = (await db.query(`SELECT statistics_fold_shards($1)::int AS n`, [batch])) as { n: number }[];
    total += n;
    if (n === 0) return total;
  }
}

/** Runs the fold every `everyMs` in the worker (one copy at a time: the function takes an advisory lock). */
export function startShardFolding(db: DataSource, logger: Logger, everyMs = FOLD_EVERY_MS): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    running = foldStatisticsShards(db).then(
      (n) => {
        if (n) logger.debug({ rows: n }, 'statistics shards folded');
      },
      (err: Error) => logger.warn({ err: err.message }, 'folding the statistics shards failed; retried on the next run'),
    );
  }, everyMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
