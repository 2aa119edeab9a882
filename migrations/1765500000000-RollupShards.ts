import { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Sharded statistics rollups: intake no longer queues on one row.
 *
 * Every new case and report adds to the rollup rows of (today, unit, source, …), and the trigger's
 * upsert holds those rows' locks until its transaction's commit is flushed, so concurrent intakes of one
 * unit ran one after another (benchmark: ~540 tx/s with the triggers, ~2,400 without). Each rollup row
 * now also has a small `shard` in its key, and a trigger writes to the shard of its database session
 * (1 + pg_backend_pid() % 16): concurrent transactions come from different sessions and, with a pool of
 * consecutive backends, mostly from different shards. Every reader already sums the rollups over its
 * groups, so shards add up without any change to the queries.
 *
 * Shard 0 is never written by a trigger: statistics_rebuild() writes it (the column's default), and
 * statistics_fold_shards() moves the triggers' rows into it (the worker runs it periodically) so a year's
 * query does not read up to 16 rows per group. The fold takes only rows no transaction holds (SKIP LOCKED)
 * and never waits on a trigger, so it cannot deadlock with intake nor hold it up for long.
 *
 * Names and lists are frozen here on purpose (see 1764800000000-Statistics).
 */
const KEY = ['unit_id', 'source', 'category_mask', 'audience', 'outcome', 'region'];
const UNIT_KEY = ['unit_id', 'source'];
const CATEGORY_KEY = ['unit_id', 'source', 'category'];
const MEASURES = [
  'reports',
  'cases',
  'screened',
  'warned',
  'reported_to_chief',
  'acknowledged',
  'approval_requests',
  'approvals',
  'declines',
  'returns',
  'rechecked_1d',
  'deleted_1d',
  'rechecked_7d',
  'deleted_7d',
];
const SHARDS = 16;
const list = (cols: string[], prefix = '') => cols.map((c) => `${prefix}${c}`).join(', ');
const MONTH = `date_trunc('month', d.day::timestamp)::date`;

const TABLES: { name: string; period: 'day' | 'month'; key: string[]; periodExpr: string }[] = [
  { name: 'statistics_daily', period: 'day', key: KEY, periodExpr: 'd.day' },
  { name: 'statistics_monthly', period: 'month', key: KEY, periodExpr: MONTH },
  { name: 'statistics_monthly_units', period: 'month', key: UNIT_KEY, periodExpr: MONTH },
  { name: 'statistics_monthly_categories', period: 'month', key: CATEGORY_KEY, periodExpr: MONTH },
];

/** The upsert of one table; `shard` is a plpgsql variable, or null for the unsharded original. */
function upsertInto(table: string, period: string, periodExpr: string, key: string[], shard: string | null): string {
  const expand = key.includes('category') ? 'CROSS JOIN LATERAL unnest(statistics_categories(d.category_mask)) AS c(category)' : '';
  const col = (k: string) => (k === 'category' ? 'c.category' : `d.${k}`);
  const conflict = shard ? `${period}, ${list(key)}, shard` : `${period}, ${list(key)}`;
  return `
    INSERT INTO ${table} AS t (${period}, ${list(key)}, ${shard ? 'shard, ' : ''}${list(MEASURES)})
    SELECT ${periodExpr}, ${key.map(col).join(', ')}, ${shard ? `${shard}, ` : ''}${MEASURES.map((m) => `sum(d.${m})`).join(', ')}
    FROM unnest(deltas) AS d ${expand}
    GROUP BY 1, ${key.map(col).join(', ')}
    HAVING ${MEASURES.map((m) => `sum(d.${m}) <> 0`).join(' OR ')}
    ORDER BY 1, ${key.map(col).join(', ')}
    ON CONFLICT (${conflict}) DO UPDATE SET
      ${MEASURES.map((m) => `${m} = t.${m} + EXCLUDED.${m}`).join(',\n      ')};`;
}

function applyFunction(sharded: boolean): string {
  return `
    CREATE OR REPLACE FUNCTION statistics_apply(deltas statistics_delta[]) RETURNS void LANGUAGE plpgsql AS $$
    ${sharded ? `DECLARE\n      my_shard smallint := (1 + pg_backend_pid() % ${SHARDS})::smallint;` : ''}
    BEGIN
      IF deltas IS NULL OR cardinality(deltas) = 0 THEN RETURN; END IF;
      ${TABLES.map((t) => upsertInto(t.name, t.period, t.periodExpr, t.key, sharded ? 'my_shard' : null)).join('\n')}
    END $$`;
}

/** Moves at most `batch` trigger-written rows of one table into shard 0 (adds the shard-0 rows written). */
function foldTable(t: (typeof TABLES)[number]): string {
  const key = `${t.period}, ${list(t.key)}`;
  return `
      WITH picked AS (
        SELECT ctid FROM ${t.name} WHERE shard <> 0 LIMIT batch FOR UPDATE SKIP LOCKED
      ), gone AS (
        DELETE FROM ${t.name} WHERE ctid IN (SELECT ctid FROM picked) RETURNING ${key}, ${list(MEASURES)}
      )
      INSERT INTO ${t.name} AS t (${key}, shard, ${list(MEASURES)})
      SELECT ${key}, 0, ${MEASURES.map((m) => `sum(${m})`).join(', ')} FROM gone
      GROUP BY ${key} ORDER BY ${key}
      ON CONFLICT (${key}, shard) DO UPDATE SET
        ${MEASURES.map((m) => `${m} = t.${m} + EXCLUDED.${m}`).join(',\n        ')};
      GET DIAGNOSTICS n = ROW_COUNT;
      moved := moved + n;`;
}

export class RollupShards1765500000000 implements MigrationInterface {
  name = 'RollupShards1765500000000';

  public async up(q: QueryRunner): Promise<void> {
    for (const t of TABLES) {
      await q.query(`ALTER TABLE ${t.name} ADD COLUMN shard smallint NOT NULL DEFAULT 0`);
      await q.query(`ALTER TABLE ${t.name} DROP CONSTRAINT ${t.name}_pkey`);
      await q.query(`ALTER TABLE ${t.name} ADD CONSTRAINT ${t.name}_pkey PRIMARY KEY (${t.period}, ${list(t.key)}, shard)`);
      // The fold finds the few rows not yet in shard 0 without scanning the table.
      await q.query(`CREATE INDEX ${t.name}_unfolded_idx ON ${t.name} (shard) WHERE shard <> 0`);
    }
    await q.query(applyFunction(true));
    // Only one fold at a time (several worker copies); rows moved per call at most `batch` per table.
    await q.query(`
      CREATE FUNCTION statistics_fold_shards(batch int DEFAULT 10000) RETURNS bigint LANGUAGE plpgsql AS $$
      DECLARE
        moved bigint := 0;
        n bigint;
      BEGIN
        IF NOT pg_try_advisory_xact_lock(hashtext('statistics_fold_shards')) THEN RETURN 0; END IF;
        ${TABLES.map(foldTable).join('\n')}
        RETURN moved;
      END $$`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION statistics_fold_shards(int)`);
    await q.query(applyFunction(false));
    for (const t of TABLES) {
      // Fold every shard into shard 0, then drop the column.
      await q.query(`LOCK TABLE ${t.name} IN EXCLUSIVE MODE`);
      await q.query(`
        CREATE TEMP TABLE folded ON COMMIT DROP AS
        SELECT ${t.period}, ${list(t.key)}, ${MEASURES.map((m) => `sum(${m})::int AS ${m}`).join(', ')}
        FROM ${t.name} GROUP BY ${t.period}, ${list(t.key)}`);
      await q.query(`DELETE FROM ${t.name}`);
      await q.query(`INSERT INTO ${t.name} (${t.period}, ${list(t.key)}, ${list(MEASURES)}) SELECT * FROM folded`);
      await q.query(`DROP TABLE folded`);
      await q.query(`DROP INDEX ${t.name}_unfolded_idx`);
      await q.query(`ALTER TABLE ${t.name} DROP CONSTRAINT ${t.name}_pkey`);
      await q.query(`ALTER TABLE ${t.name} DROP COLUMN shard`);
      await q.query(`ALTER TABLE ${t.name} ADD CONSTRAINT ${t.name}_pkey PRIMARY KEY (${t.period}, ${list(t.key)})`);
    }
  }
}
