import { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Statistics (DESIGN §5) that stay fast at millions of cases and exactly equal to a direct count.
 *
 *   case_statistics      one narrow row per case (no personal data): the case's cohort day (the Japan-time
 *                        day it was first reported), the unit and source of its first report, its category
 *                        set as a bit mask, audience, outcome, region, funnel flags, approval events,
 *                        re-check outcomes and durations. Used for percentiles and to rebuild the rollups.
 *   statistics_daily     additive rollup keyed by (JST day, unit, source, category mask, audience, outcome,
 *   statistics_monthly   region); the monthly one is the same keyed by the month's first day.
 *   statistics_monthly_units       coarser monthly rollups for the common cuts, a fraction of the rows:
 *   statistics_monthly_categories  (month, unit, source) for totals and month × unit × source, and
 *                        (month, unit, source, category) with each case once *per category* (a case with two
 *                        categories is in two rows), for month × category × unit. The query picks the smallest
 *                        rollup that holds what it groups and filters by.
 * On a 2-core machine, 1,000,000 cases over 10 years: a year by month × category × unit reads ~3,700 rows
 * of the category rollup instead of ~17,000 of the full one (README, Statistics).
 *
 * Who maintains them: AFTER triggers on cases, reports and post_checks, in the same transaction as the
 * change, so no code path (workflow, worker, SQL by hand) can forget. Each trigger firing applies all its
 * deltas in one statement, in key order (no deadlock between two such firings). A bulk load may switch
 * the triggers off for its session (SET patrol_desk.statistics_triggers = 'off') and must then call
 * statistics_rebuild().
 *
 * Categories are multi-valued, so the rollups key on the category *set* (mask): summing over masks counts
 * each case once; grouping by category expands each mask into its categories.
 *
 * The names and lists below are frozen here on purpose: a migration must not change when application
 * code changes later.
 */
const KEY = ['unit_id', 'source', 'category_mask', 'audience', 'outcome', 'region'];
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
const list = (cols: string[], prefix = '') => cols.map((c) => `${prefix}${c}`).join(', ');

const UNIT_KEY = ['unit_id', 'source'];
const CATEGORY_KEY = ['unit_id', 'source', 'category'];
const KEY_TYPES: Record<string, string> = {
  unit_id: 'uuid',
  source: 'text',
  category_mask: 'smallint',
  category: 'text',
  audience: 'text',
  outcome: 'text',
  region: 'text',
};

function rollupTable(name: string, period: 'day' | 'month', key = KEY): string {
  return `
    CREATE TABLE ${name} (
      ${period} date NOT NULL,
      ${key.map((k) => `${k} ${KEY_TYPES[k]} NOT NULL`).join(',\n      ')},
      ${MEASURES.map((m) => `${m} int NOT NULL DEFAULT 0`).join(',\n      ')},
      PRIMARY KEY (${period}, ${list(key)})
    )`;
}

function upsertInto(table: string, period: 'day' | 'month', periodExpr: string, key = KEY): string {
  // The category rollup counts each delta once per category of its mask.
  const expand = key.includes('category') ? 'CROSS JOIN LATERAL unnest(statistics_categories(d.category_mask)) AS c(category)' : '';
  const col = (k: string) => (k === 'category' ? 'c.category' : `d.${k}`);
  return `
    INSERT INTO ${table} AS t (${period}, ${list(key)}, ${list(MEASURES)})
    SELECT ${periodExpr}, ${key.map(col).join(', ')}, ${MEASURES.map((m) => `sum(d.${m})`).join(', ')}
    FROM unnest(deltas) AS d ${expand}
    GROUP BY 1, ${key.map(col).join(', ')}
    HAVING ${MEASURES.map((m) => `sum(d.${m}) <> 0`).join(' OR ')}
    ORDER BY 1, ${key.map(col).join(', ')}
    ON CONFLICT (${period}, ${list(key)}) DO UPDATE SET
      ${MEASURES.map((m) => `${m} = t.${m} + EXCLUDED.${m}`).join(',\n      ')};`;
}

const TRIGGERS_OFF = `current_setting('patrol_desk.statistics_triggers', true) = 'off'`;

/** What one case row `s` of case_statistics adds to the rollups, times `sign` (its reports aside). */
const caseDeltaColumns = (s: string, sign: string) =>
  [
    `${s}.day`,
    ...KEY.map((k) => `${s}.${k}`),
    '0',
    sign,
    `${sign} * ${s}.screened::int`,
    `${sign} * ${s}.warned::int`,
    `${sign} * ${s}.reported_to_chief::int`,
    `${sign} * ${s}.acknowledged::int`,
    `${sign} * ${s}.approval_requests`,
    `${sign} * ${s}.approvals`,
    `${sign} * ${s}.declines`,
    `${sign} * ${s}.returns`,
    `${sign} * (${s}.recheck_1d IS NOT NULL)::int`,
    `${sign} * (${s}.recheck_1d IS NOT DISTINCT FROM 'DELETED')::int`,
    `${sign} * (${s}.recheck_7d IS NOT NULL OR ${s}.recheck_1d IS NOT DISTINCT FROM 'DELETED')::int`,
    `${sign} * (${s}.recheck_7d IS NOT DISTINCT FROM 'DELETED' OR ${s}.recheck_1d IS NOT DISTINCT FROM 'DELETED')::int`,
  ].join(', ');

/**
 * The fact-row columns of case `c` (a cases row or alias), after case_id: one definition for the
 * row trigger path (statistics_case_row) and the set-based rebuild.
 */
const caseRowColumns = (c: string, unit: string, source: string, counters: string[], rechecks: string[]) =>
  [
    `statistics_jst_day(${c}.first_reported_at)`,
    unit,
    source,
    `statistics_category_mask(${c}.categories)`,
    `coalesce(${c}.audience, '')`,
    `statistics_outcome(${c}.status, ${c}.close_reason)`,
    `coalesce(${c}.region, '')`,
    `${c}.status NOT IN ('RECEIVED', 'SCREENING')`,
    `${c}.reply_posted_at IS NOT NULL`,
    `${c}.reported_to_chief_at IS NOT NULL`,
    `${c}.acknowledged_at IS NOT NULL`,
    ...counters,
    ...rechecks,
    `extract(epoch FROM ${c}.reply_posted_at - ${c}.first_reported_at)::float8`,
    `extract(epoch FROM ${c}.decided_at - ${c}.claimed_at)::float8`,
  ].join(', ');

export class Statistics1764800000000 implements MigrationInterface {
  name = 'Statistics1764800000000';

  public async up(q: QueryRunner): Promise<void> {
    // ---- pure classification functions ----
    await q.query(`
      CREATE FUNCTION statistics_jst_day(ts timestamptz) RETURNS date
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT (ts AT TIME ZONE 'Asia/Tokyo')::date $$`);
    // C1..C6 → bits 1, 2, 4, 8, 16, 32; 0 = no category recorded.
    await q.query(`
      CREATE FUNCTION statistics_category_mask(categories text[]) RETURNS smallint
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(sum(DISTINCT CASE c
          WHEN 'C1_SEX_OR_MEETING' THEN 1 WHEN 'C2_LODGING' THEN 2 WHEN 'C3_HARMFUL_WORK' THEN 4
          WHEN 'C4_CSAM_TRADE' THEN 8 WHEN 'C5_CSAM_PRODUCTION' THEN 16 WHEN 'C6_OTHER_SEXUALISATION' THEN 32 END), 0)::smallint
        FROM unnest(categories) AS c $$`);
    await q.query(`
      CREATE FUNCTION statistics_categories(mask smallint) RETURNS text[]
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE WHEN mask = 0 THEN ARRAY['NOT_RECORDED'] ELSE array_remove(ARRAY[
          CASE WHEN mask & 1 <> 0 THEN 'C1_SEX_OR_MEETING' END, CASE WHEN mask & 2 <> 0 THEN 'C2_LODGING' END,
          CASE WHEN mask & 4 <> 0 THEN 'C3_HARMFUL_WORK' END, CASE WHEN mask & 8 <> 0 THEN 'C4_CSAM_TRADE' END,
          CASE WHEN mask & 16 <> 0 THEN 'C5_CSAM_PRODUCTION' END, CASE WHEN mask & 32 <> 0 THEN 'C6_OTHER_SEXUALISATION' END
        ], NULL) END $$`);
    await q.query(`
      CREATE FUNCTION statistics_outcome(status text, close_reason text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE
          WHEN status IN ('RECEIVED', 'SCREENING', 'AWAITING_APPROVAL') THEN 'UNDER_REVIEW'
          WHEN status IN ('WARNING_QUEUED', 'WARNING_FAILED') THEN 'REPLY_PENDING'
          WHEN status IN ('WARNING_POSTED', 'REPORTED') THEN 'WARNED'
          WHEN close_reason = 'ACKNOWLEDGED' THEN 'WARNED'
          WHEN close_reason = 'NOT_APPLICABLE' THEN 'NOT_APPLICABLE'
          WHEN close_reason = 'DECLINED' THEN 'DECLINED'
          WHEN close_reason = 'FAILED_REPLY_CLOSED' THEN 'REPLY_ABANDONED'
          ELSE 'OTHER' END $$`);

    // ---- the per-case fact table (column order matters: statistics_case_row builds it positionally) ----
    await q.query(`
      CREATE TABLE case_statistics (
        case_id uuid PRIMARY KEY REFERENCES cases(id),
        day date NOT NULL,
        unit_id uuid NOT NULL REFERENCES units(id),
        source text NOT NULL,
        category_mask smallint NOT NULL,
        audience text NOT NULL,
        outcome text NOT NULL,
        region text NOT NULL,
        screened boolean NOT NULL,
        warned boolean NOT NULL,
        reported_to_chief boolean NOT NULL,
        acknowledged boolean NOT NULL,
        approval_requests int NOT NULL,
        approvals int NOT NULL,
        declines int NOT NULL,
        returns int NOT NULL,
        recheck_1d text,
        recheck_7d text,
        seconds_to_reply double precision,
        seconds_to_decision double precision
      )`);
    await q.query(`
      CREATE INDEX case_statistics_day_idx ON case_statistics (day)
      INCLUDE (unit_id, source, category_mask, audience, outcome, region, seconds_to_reply, seconds_to_decision)`);

    await q.query(rollupTable('statistics_daily', 'day'));
    await q.query(rollupTable('statistics_monthly', 'month'));
    await q.query(rollupTable('statistics_monthly_units', 'month', UNIT_KEY));
    await q.query(rollupTable('statistics_monthly_categories', 'month', CATEGORY_KEY));

    await q.query(`
      CREATE TYPE statistics_delta AS (
        day date, unit_id uuid, source text, category_mask smallint, audience text, outcome text, region text,
        ${MEASURES.map((m) => `${m} int`).join(', ')}
      )`);

    // ---- applying deltas: one statement per table, rows in key order ----
    await q.query(`
      CREATE FUNCTION statistics_apply(deltas statistics_delta[]) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF deltas IS NULL OR cardinality(deltas) = 0 THEN RETURN; END IF;
        ${upsertInto('statistics_daily', 'day', 'd.day')}
        ${upsertInto('statistics_monthly', 'month', `date_trunc('month', d.day::timestamp)::date`)}
        ${upsertInto('statistics_monthly_units', 'month', `date_trunc('month', d.day::timestamp)::date`, UNIT_KEY)}
        ${upsertInto('statistics_monthly_categories', 'month', `date_trunc('month', d.day::timestamp)::date`, CATEGORY_KEY)}
      END $$`);

    // What one case adds to the rollups (sign = 1) or takes away (sign = -1), its reports aside.
    await q.query(`
      CREATE FUNCTION statistics_case_delta(s case_statistics, sign int) RETURNS statistics_delta
      LANGUAGE sql IMMUTABLE AS $$ SELECT ROW(${caseDeltaColumns('s', 'sign')})::statistics_delta $$`);

    // A report counts on its own day, unit and source, with its case's category/audience/outcome/region.
    const reportDelta = (day: string, unit: string, source: string, s: string, n: string) =>
      `ROW(${day}, ${unit}, ${source}, ${s}.category_mask, ${s}.audience, ${s}.outcome, ${s}.region, ${n}, ${MEASURES.slice(1)
        .map(() => '0')
        .join(', ')})::statistics_delta`;
    await q.query(`
      CREATE FUNCTION statistics_reports_delta(s case_statistics, sign int) RETURNS statistics_delta[]
      LANGUAGE sql STABLE AS $$
        SELECT coalesce(array_agg(${reportDelta('r.day', 'r.unit_id', 'r.source', 's', 'sign * r.n')}), '{}')
        FROM (SELECT statistics_jst_day(created_at) AS day, unit_id, source, count(*)::int AS n
              FROM reports WHERE case_id = s.case_id GROUP BY 1, 2, 3) AS r $$`);

    // The fact row of a case from the case itself, its first report and its history counters.
    await q.query(`
      CREATE FUNCTION statistics_case_row(c cases, p_unit uuid, p_source text, p_requests int, p_approvals int,
        p_declines int, p_returns int, p_recheck_1d text, p_recheck_7d text) RETURNS case_statistics
      LANGUAGE sql IMMUTABLE AS $$
        SELECT ROW(c.id, ${caseRowColumns('c', 'p_unit', 'p_source', ['p_requests', 'p_approvals', 'p_declines', 'p_returns'], ['p_recheck_1d', 'p_recheck_7d'])}
        )::case_statistics $$`);

    // Writes a case's new fact row and moves its contributions (and its reports', when its dimensions
    // changed) in one statistics_apply call, together with `extra`.
    await q.query(`
      CREATE FUNCTION case_statistics_store(has_old boolean, old_row case_statistics, new_row case_statistics,
        extra statistics_delta[]) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        deltas statistics_delta[] := coalesce(extra, '{}');
      BEGIN
        IF has_old AND old_row IS NOT DISTINCT FROM new_row THEN
          PERFORM statistics_apply(deltas);
          RETURN;
        END IF;
        IF has_old THEN
          UPDATE case_statistics SET
            (day, unit_id, source, category_mask, audience, outcome, region, screened, warned, reported_to_chief,
             acknowledged, approval_requests, approvals, declines, returns, recheck_1d, recheck_7d, seconds_to_reply,
             seconds_to_decision)
            = (new_row.day, new_row.unit_id, new_row.source, new_row.category_mask, new_row.audience, new_row.outcome,
               new_row.region, new_row.screened, new_row.warned, new_row.reported_to_chief, new_row.acknowledged,
               new_row.approval_requests, new_row.approvals, new_row.declines, new_row.returns, new_row.recheck_1d,
               new_row.recheck_7d, new_row.seconds_to_reply, new_row.seconds_to_decision)
          WHERE case_id = new_row.case_id;
          deltas := deltas || statistics_case_delta(old_row, -1);
          IF (old_row.category_mask, old_row.audience, old_row.outcome, old_row.region)
             IS DISTINCT FROM (new_row.category_mask, new_row.audience, new_row.outcome, new_row.region) THEN
            deltas := deltas || statistics_reports_delta(old_row, -1) || statistics_reports_delta(new_row, 1);
          END IF;
        ELSE
          INSERT INTO case_statistics SELECT (new_row).*;
        END IF;
        deltas := deltas || statistics_case_delta(new_row, 1);
        PERFORM statistics_apply(deltas);
      END $$`);

    // ---- triggers ----
    // Reports: the first report (earliest created_at, then id) gives the case its unit and source; every
    // report adds one to `reports` on its own day, unit and source. Reports are never changed or deleted by
    // the application, but any such change is followed exactly (a deleted report leaves the figures; the
    // retention purge therefore only blanks personal columns). The case row is locked first, as
    // transitionCase does (same lock order everywhere).
    await q.query(`
      CREATE FUNCTION statistics_sync_case_reports(cid uuid, removed reports, added reports) RETURNS void
      LANGUAGE plpgsql AS $$
      DECLARE
        c cases;
        s case_statistics;
        n case_statistics;
        has_old boolean;
        first_unit uuid;
        first_source text;
        extra statistics_delta[] := '{}';
      BEGIN
        SELECT * INTO c FROM cases WHERE id = cid FOR NO KEY UPDATE;
        SELECT * INTO s FROM case_statistics WHERE case_id = cid;
        has_old := FOUND;
        IF has_old AND removed.id IS NOT NULL THEN
          extra := extra || ${reportDelta('statistics_jst_day(removed.created_at)', 'removed.unit_id', 'removed.source', 's', '-1')};
        END IF;
        SELECT r.unit_id, r.source INTO first_unit, first_source
          FROM reports r WHERE r.case_id = cid ORDER BY r.created_at, r.id LIMIT 1;
        IF first_unit IS NULL THEN -- no report left: the case leaves the figures
          IF has_old THEN
            DELETE FROM case_statistics WHERE case_id = cid;
            PERFORM statistics_apply(extra || statistics_case_delta(s, -1));
          END IF;
          RETURN;
        END IF;
        IF has_old THEN
          n := s;
          n.unit_id := first_unit;
          n.source := first_source;
        ELSE
          n := statistics_case_row(c, first_unit, first_source, 0, 0, 0, 0, NULL, NULL);
        END IF;
        IF added.id IS NOT NULL THEN
          extra := extra || ${reportDelta('statistics_jst_day(added.created_at)', 'added.unit_id', 'added.source', 'n', '1')};
        END IF;
        PERFORM case_statistics_store(has_old, s, n, extra);
      END $$`);
    await q.query(`
      CREATE FUNCTION reports_statistics_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF ${TRIGGERS_OFF} THEN RETURN NULL; END IF;
        IF TG_OP = 'INSERT' THEN
          PERFORM statistics_sync_case_reports(NEW.case_id, NULL, NEW);
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM statistics_sync_case_reports(OLD.case_id, OLD, NULL);
        ELSIF OLD.case_id = NEW.case_id THEN
          PERFORM statistics_sync_case_reports(NEW.case_id, OLD, NEW);
        ELSIF OLD.case_id < NEW.case_id THEN
          PERFORM statistics_sync_case_reports(OLD.case_id, OLD, NULL);
          PERFORM statistics_sync_case_reports(NEW.case_id, NULL, NEW);
        ELSE
          PERFORM statistics_sync_case_reports(NEW.case_id, NULL, NEW);
          PERFORM statistics_sync_case_reports(OLD.case_id, OLD, NULL);
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER reports_statistics_sync AFTER INSERT OR DELETE OR UPDATE OF case_id, unit_id, source, created_at ON reports
      FOR EACH ROW EXECUTE FUNCTION reports_statistics_sync()`);

    // Cases: any change of a counted column; approval events are counted from the state transitions
    // (the state table makes each one unique: SCREENING→AWAITING_APPROVAL is a request, and so on).
    await q.query(`
      CREATE FUNCTION cases_statistics_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        s case_statistics;
        n case_statistics;
      BEGIN
        IF ${TRIGGERS_OFF} THEN RETURN NULL; END IF;
        SELECT * INTO s FROM case_statistics WHERE case_id = NEW.id;
        IF NOT FOUND THEN RETURN NULL; END IF; -- no report yet: the first report creates the row
        n := statistics_case_row(NEW, s.unit_id, s.source,
          s.approval_requests + (OLD.status = 'SCREENING' AND NEW.status = 'AWAITING_APPROVAL')::int,
          s.approvals + (OLD.status = 'AWAITING_APPROVAL' AND NEW.status = 'WARNING_QUEUED')::int,
          s.declines + (OLD.status = 'AWAITING_APPROVAL' AND NEW.status = 'CLOSED')::int,
          s.returns + (OLD.status = 'AWAITING_APPROVAL' AND NEW.status = 'SCREENING')::int,
          s.recheck_1d, s.recheck_7d);
        PERFORM case_statistics_store(true, s, n, NULL);
        RETURN NULL;
      END $$`);
    // Only the columns statistics read: purging personal data (post_text, profile_text, ...) never fires it.
    await q.query(`
      CREATE TRIGGER cases_statistics_sync AFTER UPDATE ON cases
      FOR EACH ROW WHEN (
        OLD.status IS DISTINCT FROM NEW.status OR OLD.close_reason IS DISTINCT FROM NEW.close_reason
        OR OLD.categories IS DISTINCT FROM NEW.categories OR OLD.audience IS DISTINCT FROM NEW.audience
        OR OLD.region IS DISTINCT FROM NEW.region OR OLD.first_reported_at IS DISTINCT FROM NEW.first_reported_at
        OR OLD.claimed_at IS DISTINCT FROM NEW.claimed_at OR OLD.decided_at IS DISTINCT FROM NEW.decided_at
        OR OLD.reply_posted_at IS DISTINCT FROM NEW.reply_posted_at
        OR OLD.reported_to_chief_at IS DISTINCT FROM NEW.reported_to_chief_at
        OR OLD.acknowledged_at IS DISTINCT FROM NEW.acknowledged_at)
      EXECUTE FUNCTION cases_statistics_sync()`);

    // Re-checks of warned posts after 1 and 7 days (the worker writes post_checks).
    await q.query(`
      CREATE FUNCTION post_checks_statistics_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        cid uuid;
        s case_statistics;
        n case_statistics;
      BEGIN
        IF ${TRIGGERS_OFF} THEN RETURN NULL; END IF;
        cid := CASE WHEN TG_OP = 'DELETE' THEN OLD.case_id ELSE NEW.case_id END;
        PERFORM 1 FROM cases WHERE id = cid FOR NO KEY UPDATE;
        SELECT * INTO s FROM case_statistics WHERE case_id = cid;
        IF NOT FOUND THEN RETURN NULL; END IF;
        n := s;
        n.recheck_1d := (SELECT outcome FROM post_checks WHERE case_id = cid AND after = '1d');
        n.recheck_7d := (SELECT outcome FROM post_checks WHERE case_id = cid AND after = '7d');
        PERFORM case_statistics_store(true, s, n, NULL);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER post_checks_statistics_sync AFTER INSERT OR DELETE OR UPDATE OF outcome, after, case_id ON post_checks
      FOR EACH ROW EXECUTE FUNCTION post_checks_statistics_sync()`);

    // ---- rebuilding everything from the base tables (after a bulk load, or to verify) ----
    await q.query(`
      CREATE FUNCTION statistics_rebuild() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        -- Writers wait until the rebuild commits; readers go on.
        LOCK TABLE cases, reports, post_checks IN SHARE MODE;
        TRUNCATE case_statistics, statistics_daily, statistics_monthly, statistics_monthly_units, statistics_monthly_categories;
        INSERT INTO case_statistics
        SELECT c.id, ${caseRowColumns(
          'c',
          'fr.unit_id',
          'fr.source',
          ['coalesce(a.requests, 0)', 'coalesce(a.approvals, 0)', 'coalesce(a.declines, 0)', 'coalesce(a.returns, 0)'],
          ['pc.r1', 'pc.r7'],
        )}
        FROM cases c
        JOIN (SELECT DISTINCT ON (case_id) case_id, unit_id, source FROM reports ORDER BY case_id, created_at, id) AS fr
          ON fr.case_id = c.id
        LEFT JOIN (
          SELECT object_id,
                 count(*) FILTER (WHERE action = 'case.REQUEST_APPROVAL')::int AS requests,
                 count(*) FILTER (WHERE action = 'case.APPROVE')::int AS approvals,
                 count(*) FILTER (WHERE action = 'case.DECLINE')::int AS declines,
                 count(*) FILTER (WHERE action = 'case.RETURN_FOR_SCREENING')::int AS returns
          FROM audit_events
          WHERE object_type = 'Case'
            AND action IN ('case.REQUEST_APPROVAL', 'case.APPROVE', 'case.DECLINE', 'case.RETURN_FOR_SCREENING')
          GROUP BY object_id) AS a ON a.object_id = c.id::text
        LEFT JOIN (
          SELECT case_id, max(outcome) FILTER (WHERE after = '1d') AS r1, max(outcome) FILTER (WHERE after = '7d') AS r7
          FROM post_checks GROUP BY case_id) AS pc ON pc.case_id = c.id;

        INSERT INTO statistics_daily (day, ${list(KEY)}, ${list(MEASURES)})
        SELECT d.day, ${list(KEY, 'd.')}, ${MEASURES.map((m) => `sum(d.${m})`).join(', ')}
        FROM (
          SELECT ${caseDeltaColumns('s', '1')} FROM case_statistics s
          UNION ALL
          SELECT statistics_jst_day(r.created_at), r.unit_id, r.source, ${list(KEY.slice(2), 's.')}, 1,
                 ${MEASURES.slice(1).map(() => '0').join(', ')}
          FROM reports r JOIN case_statistics s ON s.case_id = r.case_id
        ) AS d(day, ${list(KEY)}, ${list(MEASURES)})
        GROUP BY d.day, ${list(KEY, 'd.')}
        ORDER BY d.day, ${list(KEY, 'd.')};

        INSERT INTO statistics_monthly (month, ${list(KEY)}, ${list(MEASURES)})
        SELECT date_trunc('month', day::timestamp)::date, ${list(KEY)}, ${MEASURES.map((m) => `sum(${m})`).join(', ')}
        FROM statistics_daily
        GROUP BY 1, ${list(KEY)}
        ORDER BY 1, ${list(KEY)};

        INSERT INTO statistics_monthly_units (month, ${list(UNIT_KEY)}, ${list(MEASURES)})
        SELECT month, ${list(UNIT_KEY)}, ${MEASURES.map((m) => `sum(${m})`).join(', ')}
        FROM statistics_monthly
        GROUP BY 1, ${list(UNIT_KEY)}
        ORDER BY 1, ${list(UNIT_KEY)};

        INSERT INTO statistics_monthly_categories (month, ${list(CATEGORY_KEY)}, ${list(MEASURES)})
        SELECT month, unit_id, source, c.category, ${MEASURES.map((m) => `sum(${m})`).join(', ')}
        FROM statistics_monthly CROSS JOIN LATERAL unnest(statistics_categories(category_mask)) AS c(category)
        GROUP BY 1, 2, 3, 4
        ORDER BY 1, 2, 3, 4;
      END $$`);

    // Backfill whatever the database already holds.
    await q.query(`SELECT statistics_rebuild()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER post_checks_statistics_sync ON post_checks`);
    await q.query(`DROP TRIGGER cases_statistics_sync ON cases`);
    await q.query(`DROP TRIGGER reports_statistics_sync ON reports`);
    await q.query(`DROP FUNCTION statistics_rebuild()`);
    await q.query(`DROP FUNCTION post_checks_statistics_sync()`);
    await q.query(`DROP FUNCTION cases_statistics_sync()`);
    await q.query(`DROP FUNCTION reports_statistics_sync()`);
    await q.query(`DROP FUNCTION statistics_sync_case_reports(uuid, reports, reports)`);
    await q.query(`DROP FUNCTION case_statistics_store(boolean, case_statistics, case_statistics, statistics_delta[])`);
    await q.query(`DROP FUNCTION statistics_case_row(cases, uuid, text, int, int, int, int, text, text)`);
    await q.query(`DROP FUNCTION statistics_reports_delta(case_statistics, int)`);
    await q.query(`DROP FUNCTION statistics_case_delta(case_statistics, int)`);
    await q.query(`DROP FUNCTION statistics_apply(statistics_delta[])`);
    await q.query(`DROP TYPE statistics_delta`);
    await q.query(`DROP TABLE statistics_monthly_categories`);
    await q.query(`DROP TABLE statistics_monthly_units`);
    await q.query(`DROP TABLE statistics_monthly`);
    await q.query(`DROP TABLE statistics_daily`);
    await q.query(`DROP TABLE case_statistics`);
    await q.query(`DROP FUNCTION statistics_outcome(text, text)`);
    await q.query(`DROP FUNCTION statistics_categories(smallint)`);
    await q.query(`DROP FUNCTION statistics_category_mask(text[])`);
    await q.query(`DROP FUNCTION statistics_jst_day(timestamptz)`);
  }
}
