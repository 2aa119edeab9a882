import { wholeMonths } from './jst';
import { CATEGORY_BITS, MEASURE_COLUMN, MEASURES, StatisticsCategory, StatisticsDimension as D, type Measure } from './statistics-enums';
import type { StatisticsQuery } from './statistics-query';

/**
 * SQL of the statistics queries. Two sources give the same groups:
 *  - 'rollup' (the API): whole months from a monthly rollup, the partial months at the edges (and
 *    weeks) from statistics_daily; percentiles from case_statistics. The monthly rollup is the smallest
 *    that holds what the query groups and filters by (its "grain", see grainOf).
 *  - 'direct': a count straight from cases, reports, audit_events and post_checks, to verify the
 *    rollups (tests, `npm run dataset -- --verify`). It never reads the statistics tables.
 * Categories come back as raw masks (grain 'full', expanded by the service) or, from the category
 * rollup, already one row per category.
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

/**
 * Which monthly rollup a query can read:
 *  - 'units' (month, unit, source): nothing but units and sources grouped or filtered;
 *  - 'categories' (month, unit, source, category; a case once per category): grouped by category,
 *    and otherwise only by units and sources. Its rows cannot give totals (a case with two
 *    categories is in two rows): the totals then come from their own query;
 *  - 'full': anything else (audience, outcome, region; a category filter without category groups).
 * Weeks read the daily rollup only, at the full grain.
 */
export type Grain = 'full' | 'units' | 'categories';

export function grainOf(q: StatisticsQuery, forTotals = false): Grain {
  if (q.groupBy.includes(D.WEEK) || q.audiences || q.outcomes || q.regions) return 'full';
  const groups = forTotals ? [] : q.groupBy.filter((d) => d !== D.MONTH);
  const unitLike = (d: D) => d === D.UNIT || d === D.SOURCE;
  if (!q.categories && groups.every(unitLike)) return 'units';
  if (groups.includes(D.CATEGORY) && groups.every((d) => unitLike(d) || d === D.CATEGORY)) return 'categories';
  return 'full';
}

/** The filter conditions on a relation with the rollup key columns (category: the expanded column). */
export function filterConditions(q: StatisticsQuery, p: SqlParams, alias = '', grain: Grain = 'full'): string[] {
  const a = alias ? `${alias}.` : '';
  const out: string[] = [];
  if (q.unitIds) out.push(`${a}unit_id = ANY(${p.add(q.unitIds)}::uuid[])`);
  if (q.sources) out.push(`${a}source = ANY(${p.add(q.sources)}::text[])`);
  if (q.categories && grain === 'categories') out.push(`category = ANY(${p.add(q.categories)}::text[])`);
  else if (q.categories) {
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
function groupColumns(groupBy: readonly D[], alias = '', grain: Grain = 'full'): { group: string[]; select: string[] } {
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
      case D.CATEGORY: {
        const col = grain === 'categories' ? 'category' : 'category_mask';
        group.push(`${a}${col}`);
        select.push(`${a}${col}`);
        break;
      }
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
const MEASURE_COLUMNS = MEASURES.map((m) => MEASURE_COLUMN[m]).join(', ');
/** Sums of the measures asked for (each one costs a little per rollup row); the others are left out. */
const sums = (measures: readonly Measure[]) => measures.map((m) => `sum(${MEASURE_COLUMN[m]})::int AS "${m}"`).join(', ');

/** Each grain's monthly rollup, and how the daily rollup is read at that grain. */
const GRAINS: Record<Grain, { monthly: string; columns: string; daily: string; dailyColumns: string }> = {
  full: { monthly: 'statistics_monthly', columns: KEY_COLUMNS, daily: 'statistics_daily', dailyColumns: KEY_COLUMNS },
  units: { monthly: 'statistics_monthly_units', columns: 'unit_id, source', daily: 'statistics_daily', dailyColumns: 'unit_id, source' },
  categories: {
    monthly: 'statistics_monthly_categories',
    columns: 'unit_id, source, category',
    daily: 'statistics_daily CROSS JOIN LATERAL unnest(statistics_categories(category_mask)) AS c(category)',
    dailyColumns: 'unit_id, source, c.category AS category',
  },
};

function rollupRows(q: StatisticsQuery, p: SqlParams, grain: Grain): string {
  const g = GRAINS[grain];
  const filters = filterConditions(q, p, '', grain);
  const where = (period: string) => [period, ...filters].join(' AND ');
  const from = p.add(q.from);
  const to = p.add(q.to);
  // Weeks cross months: only the daily rollup can place them.
  const months = q.groupBy.includes(D.WEEK) ? null : wholeMonths(q.from, q.to);
  const daily = (period: string) =>
    `SELECT ${bucketOf(q.groupBy, 'day')} AS bucket, ${g.dailyColumns}, ${MEASURE_COLUMNS} FROM ${g.daily} WHERE ${where(period)}`;
  if (!months) return daily(`day BETWEEN ${from}::date AND ${to}::date`);
  const start = p.add(months.start);
  const end = p.add(months.end);
  return `
    SELECT ${q.groupBy.includes(D.MONTH) ? 'month' : 'NULL::date'} AS bucket, ${g.columns}, ${MEASURE_COLUMNS} FROM ${g.monthly}
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

/**
 * Counts grouped by the query's dimensions, from the rollup of `grain` (or, 'direct', from the base
 * tables at the full grain).
 */
export function countsSql(
  q: StatisticsQuery,
  method: StatisticsMethod,
  measures: readonly Measure[] = MEASURES,
  grain: Grain = method === 'direct' ? 'full' : grainOf(q),
): { text: string; values: unknown[] } {
  const p = new SqlParams();
  const { group, select } = groupColumns(q.groupBy, '', grain);
  const rows = method === 'rollup' ? rollupRows(q, p, grain) : directRows(q, p);
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
