import { wholeMonths } from './jst';
import { CATEGORY_BITS, MEASURE_COLUMN, MEASURES, StatisticsCategory, StatisticsDimension as D, type Measure } from './statistics-enums';
import type { StatisticsQuery } from './statistics-query';

/**
 * SQL of the statistics queries. Two sources give the same shape of rows:
 *  - 'rollup': statistics_monthly (or, when the query needs no audience/outcome/region,
 *    statistics_monthly_units) for the whole months of the period, statistics_daily for its edges
 *    (and for weeks); percentiles from case_statistics. This is what the API uses.
 *  - 'direct': a count straight from cases, reports, audit_events and post_checks, used to verify the
 *    rollups (tests, `npm run dataset -- --verify`). It never reads the statistics tables.
 * Both group by the raw category mask; the service expands masks into categories.
 */
export type StatisticsMethod = 'rollup' | 'direct';

export class SqlParams {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

const NOT_RECORDED = 'NOT_RECORDED';
/** API value → stored value ('' = not recorded). */
const stored = (v: string) => (v === NOT_RECORDED ? '' : v);

/** The filter conditions on a relation with the rollup key columns. */
export function filterConditions(q: StatisticsQuery, p: SqlParams, alias = ''): string[] {
  const a = alias ? `${alias}.` : '';
  const out: string[] = [];
  if (q.unitIds) out.push(`${a}unit_id = ANY(${p.add(q.unitIds)}::uuid[])`);
  if (q.sources) out.push(`${a}source = ANY(${p.add(q.sources)}::text[])`);
  if (q.categories) {
    const bits = q.categories.reduce((acc, c) => acc | (c === StatisticsCategory.NOT_RECORDED ? 0 : CATEGORY_BITS[c]), 0);
    const parts: string[] = [];
    if (bits) parts.push(`(${a}category_mask & ${p.add(bits)}::smallint) <> 0`);
    if (q.categories.includes(StatisticsCategory.NOT_RECORDED)) parts.push(`${a}category_mask = 0`);
    out.push(`(${parts.join(' OR ')})`);
  }
  if (q.audiences) out.push(`${a}audience = ANY(${p.add(q.audiences.map(stored))}::text[])`);
  if (q.outcomes) out.push(`${a}outcome = ANY(${p.add(q.outcomes)}::text[])`);
  if (q.regions) out.push(`${a}region = ANY(${p.add(q.regions.map(stored))}::text[])`);
  return out;
}

/** The first day of the month / ISO week holding `day` (a date, no time zone involved). */
const monthStart = (day: string) => `(${day} - (extract(day FROM ${day})::int - 1))`;
const weekStart = (day: string) => `(${day} - (extract(isodow FROM ${day})::int - 1))`;

/**
 * For the grouped dimensions: the GROUP BY columns (raw values: cheap to hash) and the SELECT
 * expressions that format them once per group. The period bucket is the column `bucket`.
 */
function groupColumns(groupBy: readonly D[], alias = ''): { group: string[]; select: string[] } {
  const a = alias ? `${alias}.` : '';
  const group: string[] = [];
  const select: string[] = [];
  for (const d of groupBy) {
    switch (d) {
      case D.MONTH:
        group.push(`${a}bucket`);
        select.push(`to_char(${a}bucket::timestamp, 'YYYY-MM') AS month`);
        break;
      case D.WEEK:
        group.push(`${a}bucket`);
        select.push(`to_char(${a}bucket::timestamp, 'YYYY-MM-DD') AS week`);
        break;
      case D.UNIT:
        group.push(`${a}unit_id`);
        select.push(`${a}unit_id::text AS unit_id`);
        break;
      case D.CATEGORY:
        group.push(`${a}category_mask`);
        select.push(`${a}category_mask`);
        break;
      default: {
        const col = d.toLowerCase();
        group.push(`${a}${col}`);
        select.push(`${a}${col}`);
      }
    }
  }
  return { group, select };
}

/** The period bucket of a row whose day is `day`, for the grouping (NULL when not grouped by period). */
function bucketOf(groupBy: readonly D[], day: string): string {
  if (groupBy.includes(D.MONTH)) return monthStart(day);
  if (groupBy.includes(D.WEEK)) return weekStart(day);
  return 'NULL::date';
}

const KEY_COLUMNS = 'unit_id, source, category_mask, audience, outcome, region';
/** statistics_monthly_units has no audience/outcome/region: they read as '' there and are never used. */
const UNIT_KEY_COLUMNS = `unit_id, source, category_mask, ''::text AS audience, ''::text AS outcome, ''::text AS region`;

/** Whether the query needs only what statistics_monthly_units keeps (a third of the rows). */
function fitsUnitRollup(q: StatisticsQuery): boolean {
  const unitDims = [D.MONTH, D.UNIT, D.SOURCE, D.CATEGORY];
  return q.groupBy.every((d) => unitDims.includes(d)) && !q.audiences && !q.outcomes && !q.regions;
}
const MEASURE_COLUMNS = MEASURES.map((m) => MEASURE_COLUMN[m]).join(', ');
/** Sums of the measures asked for (each one costs a little per rollup row); the others are left out. */
const sums = (measures: readonly Measure[]) => measures.map((m) => `sum(${MEASURE_COLUMN[m]})::int AS "${m}"`).join(', ');

function rollupRows(q: StatisticsQuery, p: SqlParams): string {
  const filters = filterConditions(q, p);
  const where = (period: string) => [period, ...filters].join(' AND ');
  const from = p.add(q.from);
  const to = p.add(q.to);
  // Weeks cross months: only the daily rollup can place them.
  const months = q.groupBy.includes(D.WEEK) ? null : wholeMonths(q.from, q.to);
  const daily = (period: string) =>
    `SELECT ${bucketOf(q.groupBy, 'day')} AS bucket, ${KEY_COLUMNS}, ${MEASURE_COLUMNS} FROM statistics_daily WHERE ${where(period)}`;
  if (!months) return daily(`day BETWEEN ${from}::date AND ${to}::date`);
  const start = p.add(months.start);
  const end = p.add(months.end);
  const [monthly, columns] = fitsUnitRollup(q) ? ['statistics_monthly_units', UNIT_KEY_COLUMNS] : ['statistics_monthly', KEY_COLUMNS];
  return `
    SELECT ${q.groupBy.includes(D.MONTH) ? 'month' : 'NULL::date'} AS bucket, ${columns}, ${MEASURE_COLUMNS} FROM ${monthly}
    WHERE ${where(`month >= ${start}::date AND month < ${end}::date`)}
    UNION ALL
    ${daily(`((day >= ${from}::date AND day < ${start}::date) OR (day >= ${end}::date AND day <= ${to}::date))`)}`;
}

/** Per-case facts straight from the base tables (no statistics table involved). */
const DIRECT_FACTS = `
  first_report AS (
    SELECT DISTINCT ON (case_id) case_id, unit_id, source FROM reports ORDER BY case_id, created_at, id
  ),
  approval_events AS (
    SELECT object_id,
           count(*) FILTER (WHERE action = 'case.REQUEST_APPROVAL') AS requests,
           count(*) FILTER (WHERE action = 'case.APPROVE') AS approvals,
           count(*) FILTER (WHERE action = 'case.DECLINE') AS declines,
           count(*) FILTER (WHERE action = 'case.RETURN_FOR_SCREENING') AS returns
    FROM audit_events
    WHERE object_type = 'Case' AND action IN ('case.REQUEST_APPROVAL', 'case.APPROVE', 'case.DECLINE', 'case.RETURN_FOR_SCREENING')
    GROUP BY object_id
  ),
  checks AS (
    SELECT case_id, max(outcome) FILTER (WHERE after = '1d') AS r1, max(outcome) FILTER (WHERE after = '7d') AS r7
    FROM post_checks GROUP BY case_id
  ),
  facts AS (
    SELECT c.id AS case_id,
           (c.first_reported_at AT TIME ZONE 'Asia/Tokyo')::date AS day,
           fr.unit_id, fr.source,
           statistics_category_mask(c.categories) AS category_mask,
           coalesce(c.audience, '') AS audience,
           statistics_outcome(c.status, c.close_reason) AS outcome,
           coalesce(c.region, '') AS region,
           (c.status NOT IN ('RECEIVED', 'SCREENING'))::int AS screened,
           (c.reply_posted_at IS NOT NULL)::int AS warned,
           (c.reported_to_chief_at IS NOT NULL)::int AS reported_to_chief,
           (c.acknowledged_at IS NOT NULL)::int AS acknowledged,
           coalesce(a.requests, 0) AS approval_requests,
           coalesce(a.approvals, 0) AS approvals,
           coalesce(a.declines, 0) AS declines,
           coalesce(a.returns, 0) AS returns,
           (k.r1 IS NOT NULL)::int AS rechecked_1d,
           (k.r1 IS NOT DISTINCT FROM 'DELETED')::int AS deleted_1d,
           (k.r7 IS NOT NULL OR k.r1 IS NOT DISTINCT FROM 'DELETED')::int AS rechecked_7d,
           (k.r7 IS NOT DISTINCT FROM 'DELETED' OR k.r1 IS NOT DISTINCT FROM 'DELETED')::int AS deleted_7d,
           extract(epoch FROM c.reply_posted_at - c.first_reported_at)::float8 AS seconds_to_reply,
           extract(epoch FROM c.decided_at - c.claimed_at)::float8 AS seconds_to_decision
    FROM cases c
    JOIN first_report fr ON fr.case_id = c.id
    LEFT JOIN approval_events a ON a.object_id = c.id::text
    LEFT JOIN checks k ON k.case_id = c.id
  )`;

function directRows(q: StatisticsQuery, p: SqlParams): string {
  const zeros = MEASURES.slice(2).map((m) => `0 AS ${MEASURE_COLUMN[m]}`).join(', ');
  const base = `
    SELECT day, ${KEY_COLUMNS}, 0 AS reports, 1 AS cases, ${MEASURES.slice(2).map((m) => MEASURE_COLUMN[m]).join(', ')} FROM facts
    UNION ALL
    SELECT (r.created_at AT TIME ZONE 'Asia/Tokyo')::date, r.unit_id, r.source, f.category_mask, f.audience, f.outcome, f.region,
           1 AS reports, 0 AS cases, ${zeros}
    FROM reports r JOIN facts f ON f.case_id = r.case_id`;
  const conditions = [`day BETWEEN ${p.add(q.from)}::date AND ${p.add(q.to)}::date`, ...filterConditions(q, p)];
  return `SELECT ${bucketOf(q.groupBy, 'day')} AS bucket, * FROM (${base}) AS b WHERE ${conditions.join(' AND ')}`;
}

/** Counts grouped by the query's dimensions (categories as raw masks). */
export function countsSql(
  q: StatisticsQuery,
  method: StatisticsMethod,
  measures: readonly Measure[] = MEASURES,
): { text: string; values: unknown[] } {
  const p = new SqlParams();
  const { group, select } = groupColumns(q.groupBy);
  const rows = method === 'rollup' ? rollupRows(q, p) : directRows(q, p);
  const text = `
    ${method === 'direct' ? `WITH ${DIRECT_FACTS}` : ''}
    SELECT ${[...select, sums(measures.length ? measures : ['cases'])].join(', ')}
    FROM (${rows}) AS r
    ${group.length ? `GROUP BY ${[...new Set(group)].join(', ')}` : ''}`;
  return { text, values: p.values };
}

/**
 * Percentiles of the two durations, per group. Categories are expanded here (a case with two
 * categories is in both groups); `withCategories` false gives the totals.
 */
export function durationsSql(q: StatisticsQuery, method: StatisticsMethod, grouped: boolean): { text: string; values: unknown[] } {
  const p = new SqlParams();
  const groupBy = grouped ? q.groupBy : [];
  const byCategory = groupBy.includes(D.CATEGORY);
  const { group, select } = groupColumns(groupBy.filter((d) => d !== D.CATEGORY), 's');
  if (byCategory) {
    group.push('cat.category');
    select.push('cat.category AS category');
  }
  const conditions = [`s.day BETWEEN ${p.add(q.from)}::date AND ${p.add(q.to)}::date`, ...filterConditions(q, p, 's')];
  if (byCategory && q.categories) conditions.push(`cat.category = ANY(${p.add(q.categories)}::text[])`);
  const pct = (col: string, name: string) =>
    `count(s.${col})::int AS ${name}_n, percentile_cont(0.5) WITHIN GROUP (ORDER BY s.${col}) AS ${name}_p50, ` +
    `percentile_cont(0.9) WITHIN GROUP (ORDER BY s.${col}) AS ${name}_p90, max(s.${col}) AS ${name}_max`;
  const facts = method === 'rollup' ? 'case_statistics' : 'facts';
  const text = `
    ${method === 'direct' ? `WITH ${DIRECT_FACTS}` : ''}
    SELECT ${[...select, pct('seconds_to_reply', 'reply'), pct('seconds_to_decision', 'decision')].join(', ')}
    FROM (SELECT ${bucketOf(groupBy, 'f.day')} AS bucket, f.* FROM ${facts} AS f) AS s
    ${byCategory ? 'CROSS JOIN LATERAL unnest(statistics_categories(s.category_mask)) AS cat(category)' : ''}
    WHERE ${conditions.join(' AND ')}
    ${group.length ? `GROUP BY ${[...new Set(group)].join(', ')}` : ''}`;
  return { text, values: p.values };
}
