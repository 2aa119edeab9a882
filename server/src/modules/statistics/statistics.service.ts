import { InvalidInput } from '../../core/errors/errors';
import { ReportSource } from '../cases/case-enums';
import { monthsInPeriod, weeksInPeriod } from './jst';
import {
  categoriesOfMask,
  CaseOutcome,
  EmptyGroups,
  FunnelStage,
  MEASURES,
  StatisticsAudience,
  StatisticsCategory,
  StatisticsDimension as D,
  StatisticsRegion,
  type Counts,
  type Measure,
} from './statistics-enums';
import type { StatisticsQuery } from './statistics-query';
import { countsSql, durationsSql, grainOf, type StatisticsMethod } from './statistics-sql';
import {
  buildRow,
  emptyDuration,
  newRow,
  noDimensions,
  setCounts,
  type DurationsLoader,
  type DurationSummary,
  type Durations,
  type FunnelStep,
  type StatisticsResult,
  type StatisticsRow,
  type StatisticsTableData,
} from './statistics.types';

/** A DataSource or an EntityManager (inside a transaction). */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<any>;
}

/** Beyond this many zero-filled groups, ask for fewer dimensions or OMITTED. */
export const MAX_FILLED_GROUPS = 50_000;

export interface UnitInfo {
  id: string;
  name: string;
  code: string;
}

/** The dimension values of a grouped result row, as the API shows them. */
type DimValue = string;

const STORED_NOT_RECORDED = '';
const fromStored = (v: string): string => (v === STORED_NOT_RECORDED ? 'NOT_RECORDED' : v);

/** Every value of a dimension, in display order (units: the division first, then stations by code). */
function domain(q: StatisticsQuery, d: D, units: UnitInfo[]): DimValue[] {
  switch (d) {
    case D.MONTH:
      return monthsInPeriod(q.from, q.to);
    case D.WEEK:
      return weeksInPeriod(q.from, q.to);
    case D.UNIT:
      return q.unitIds ? units.filter((u) => q.unitIds!.includes(u.id)).map((u) => u.id) : units.map((u) => u.id);
    case D.SOURCE:
      return q.sources ?? Object.values(ReportSource);
    case D.CATEGORY:
      return q.categories ?? Object.values(StatisticsCategory);
    case D.AUDIENCE:
      return q.audiences ?? Object.values(StatisticsAudience);
    case D.OUTCOME:
      return q.outcomes ?? Object.values(CaseOutcome).filter((o) => o !== CaseOutcome.OTHER);
    case D.REGION:
      return q.regions ?? Object.values(StatisticsRegion);
  }
}

/** The value of dimension `d` in a raw SQL row (categories come separately: one mask, several values). */
function rawValue(raw: Record<string, unknown>, d: D): DimValue {
  switch (d) {
    case D.MONTH:
      return String(raw.month);
    case D.WEEK:
      return String(raw.week);
    case D.UNIT:
      return String(raw.unit_id);
    case D.SOURCE:
      return String(raw.source);
    case D.AUDIENCE:
      return fromStored(String(raw.audience));
    case D.OUTCOME:
      return String(raw.outcome);
    case D.REGION:
      return fromStored(String(raw.region));
    case D.CATEGORY:
      return String(raw.category);
  }
}

function setDimensions(row: StatisticsRow, groupBy: readonly D[], values: readonly DimValue[], units: Map<string, UnitInfo>): void {
  for (let i = 0; i < groupBy.length; i++) {
    const v = values[i];
    switch (groupBy[i]) {
      case D.MONTH:
        row.month = v;
        break;
      case D.WEEK:
        row.week = v;
        break;
      case D.UNIT:
        row.unitId = v;
        row.unitName = units.get(v)?.name ?? null;
        break;
      case D.SOURCE:
        row.source = v as ReportSource;
        break;
      case D.CATEGORY:
        row.category = v as StatisticsCategory;
        break;
      case D.AUDIENCE:
        row.audience = v as StatisticsAudience;
        break;
      case D.OUTCOME:
        row.outcome = v as CaseOutcome;
        break;
      case D.REGION:
        row.region = v as StatisticsRegion;
        break;
    }
  }
}

/**
 * Counts while folding: MEASURES.length numbers per group, in one slab for all groups (zero-filled) or
 * one small array per group. Plain arrays, not Float64Array: large typed arrays are allocated outside
 * the heap and made V8 collect garbage after nearly every query.
 */
const zeros = (n: number): number[] => new Array<number>(n).fill(0);
const M = MEASURES.length;

/** The counts at `o` of a slab, in MEASURES order (statistics.service.test.ts holds the two together). */
export function countsAt(slab: ArrayLike<number>, o: number): Counts {
  return {
    reports: slab[o],
    cases: slab[o + 1],
    screened: slab[o + 2],
    warned: slab[o + 3],
    reportedToChief: slab[o + 4],
    acknowledged: slab[o + 5],
    approvalsRequested: slab[o + 6],
    approvalsApproved: slab[o + 7],
    approvalsDeclined: slab[o + 8],
    approvalsReturned: slab[o + 9],
    recheckedAfter1Day: slab[o + 10],
    deletedWithin1Day: slab[o + 11],
    recheckedWithin7Days: slab[o + 12],
    deletedWithin7Days: slab[o + 13],
  };
}

/**
 * The groups of a result as a mixed-radix number: digit i is the rank of the value of groupBy[i] in
 * its domain, so the numeric order of keys is the display order, and zero-filling is every number
 * below the product of the domain sizes.
 */
class GroupIndex {
  readonly ranks: Map<string, number>[];
  readonly radix: number[];
  readonly size: number;
  constructor(readonly domains: DimValue[][]) {
    this.ranks = domains.map((values) => new Map(values.map((v, i) => [v, i])));
    this.radix = domains.map((values) => values.length);
    this.size = this.radix.reduce((n, r) => n * r, 1);
  }
  key(values: readonly DimValue[]): number {
    let k = 0;
    for (let i = 0; i < values.length; i++) k = k * this.radix[i] + this.ranks[i].get(values[i])!;
    return k;
  }
  values(key: number): DimValue[] {
    const out = new Array<DimValue>(this.radix.length);
    for (let i = this.radix.length - 1; i >= 0; i--) {
      out[i] = this.domains[i][key % this.radix[i]];
      key = Math.floor(key / this.radix[i]);
    }
    return out;
  }
}

function summary(n: unknown, p50: unknown, p90: unknown, max: unknown): DurationSummary {
  const round = (v: unknown) => (v == null ? null : Math.round(Number(v)));
  return { count: Number(n ?? 0), p50Seconds: round(p50), p90Seconds: round(p90), maxSeconds: round(max) };
}

const durationsOfRaw = (raw: Record<string, unknown>): Durations => ({
  timeToReply: summary(raw.reply_n, raw.reply_p50, raw.reply_p90, raw.reply_max),
  timeToDecision: summary(raw.decision_n, raw.decision_p50, raw.decision_p90, raw.decision_max),
});

export const noDurations = (): Durations => ({ timeToReply: emptyDuration(), timeToDecision: emptyDuration() });

function funnelOf(t: Counts): FunnelStep[] {
  const stages: [FunnelStage, number][] = [
    [FunnelStage.REPORTS, t.reports],
    [FunnelStage.CASES, t.cases],
    [FunnelStage.SCREENED, t.screened],
    [FunnelStage.WARNED, t.warned],
    [FunnelStage.REPORTED_TO_CHIEF, t.reportedToChief],
    [FunnelStage.ACKNOWLEDGED, t.acknowledged],
  ];
  return stages.map(([stage, count], i) => ({
    stage,
    count,
    shareOfPrevious: i === 0 || stages[i - 1][1] === 0 ? null : count / stages[i - 1][1],
  }));
}

export async function loadUnits(db: Queryable): Promise<UnitInfo[]> {
  // The division first, then the stations by code (as the unit pickers list them).
  return db.query(`SELECT id::text AS id, name, code FROM units ORDER BY kind, code`);
}

/** The grouped counts of a query, before they become rows or columns. */
interface Folded {
  index: GroupIndex;
  units: Map<string, UnitInfo>;
  /** Group keys in display order; the counts of group i are at `offsets[i]` of `slabs[i]` (MEASURES order). */
  keys: number[];
  slabs: number[][];
  offsets: number[];
  totals: number[];
}

async function foldStatistics(
  db: Queryable,
  q: StatisticsQuery,
  method: StatisticsMethod,
  measures: readonly Measure[] | undefined,
): Promise<Folded> {
  const grain = method === 'direct' ? 'full' : grainOf(q);
  const counts = countsSql(q, method, measures, grain);
  // The category rollup has a case once per category: its rows cannot be added up into totals.
  const totalsSql = grain === 'categories' ? countsSql({ ...q, groupBy: [] }, method, measures, grainOf(q, true)) : null;
  const needUnits = q.groupBy.includes(D.UNIT);
  const [raws, unitList, totalRaws] = await Promise.all([
    db.query(counts.text, counts.values) as Promise<Record<string, unknown>[]>,
    needUnits ? loadUnits(db) : Promise.resolve([] as UnitInfo[]),
    totalsSql ? (db.query(totalsSql.text, totalsSql.values) as Promise<Record<string, unknown>[]>) : Promise.resolve(null),
  ]);
  const units = new Map(unitList.map((u) => [u.id, u]));
  const byCategory = q.groupBy.includes(D.CATEGORY);
  const categoryFilter = q.categories ? new Set<string>(q.categories) : null;
  const categoriesOf = new Map<number, string[]>();
  const expand = (mask: number) => {
    let cats = categoriesOf.get(mask);
    if (!cats) {
      cats = categoriesOfMask(mask).filter((cat) => !categoryFilter || categoryFilter.has(cat));
      categoriesOf.set(mask, cats);
    }
    return cats;
  };

  // The values of each grouped dimension: its domain, then any value only the data has (e.g. OTHER).
  const domains = q.groupBy.map((d) => domain(q, d, unitList));
  const rawValues = raws.map((raw) => q.groupBy.map((d) => (d === D.CATEGORY ? '' : rawValue(raw, d))));
  q.groupBy.forEach((d, i) => {
    if (d === D.CATEGORY) return;
    const known = new Set(domains[i]);
    const extra = new Set<string>();
    for (const values of rawValues) if (!known.has(values[i])) extra.add(values[i]);
    domains[i].push(...[...extra].sort());
  });
  const index = new GroupIndex(domains);
  const zeroFilled = q.emptyGroups === EmptyGroups.ZERO_FILLED;
  if (zeroFilled && index.size > MAX_FILLED_GROUPS) {
    throw InvalidInput(
      `Zero-filling would give ${index.size} groups (at most ${MAX_FILLED_GROUPS}). Group by fewer dimensions, shorten the period, or ask for emptyGroups: OMITTED.`,
      'groupBy',
    );
  }

  // Fold: every raw row counts once in the totals; with CATEGORY, once in each of its categories.
  const totals = zeros(M);
  const dense = zeroFilled && q.groupBy.length > 0 ? zeros(index.size * M) : null;
  const sparse = new Map<number, number[]>();
  const categoryIndex = q.groupBy.indexOf(D.CATEGORY);
  const tally = zeros(M);
  // Only the measures the SQL summed are read (the others stay 0).
  const read = MEASURES.map((m, i) => [m, i] as const).filter(([m]) => !measures || measures.includes(m));
  raws.forEach((raw, r) => {
    let any = false;
    for (const [m, i] of read) {
      const v = Number(raw[m] ?? 0);
      tally[i] = v;
      if (v !== 0) any = true;
      if (!totalRaws) totals[i] += v;
    }
    // A rollup row can be all zeros (a case moved on from it): it makes no group of its own.
    if (q.groupBy.length === 0 || !any) return;
    const values = rawValues[r];
    const categories = !byCategory ? [null] : typeof raw.category === 'string' ? [raw.category] : expand(Number(raw.category_mask));
    for (const cat of categories) {
      if (cat !== null) values[categoryIndex] = cat;
      const key = index.key(values);
      if (dense) {
        for (let i = 0, o = key * M; i < M; i++) dense[o + i] += tally[i];
      } else {
        let slab = sparse.get(key);
        if (!slab) sparse.set(key, (slab = zeros(M)));
        for (let i = 0; i < M; i++) slab[i] += tally[i];
      }
    }
  });

  if (totalRaws) for (const raw of totalRaws) for (const [m, i] of read) totals[i] += Number(raw[m] ?? 0);

  const keys: number[] = [];
  const slabs: number[][] = [];
  const offsets: number[] = [];
  if (dense) {
    for (let key = 0; key < index.size; key++) {
      keys.push(key);
      slabs.push(dense);
      offsets.push(key * M);
    }
  } else {
    for (const key of [...sparse.keys()].sort((a, b) => a - b)) {
      keys.push(key);
      slabs.push(sparse.get(key)!);
      offsets.push(0);
    }
  }
  return { index, units, keys, slabs, offsets, totals };
}

/**
 * Counts for the query, grouped and zero-filled; percentiles are computed on first use (the field
 * resolvers, exports and monthly reports ask for them; the counts alone never pay for them).
 */
export async function computeStatistics(
  db: Queryable,
  q: StatisticsQuery,
  opts: {
    method?: StatisticsMethod;
    scopedToUnitId?: string | null;
    now?: Date;
    /** Only these are summed (the others read 0): the API passes what the query selected. Default: all. */
    measures?: readonly Measure[];
  } = {},
): Promise<StatisticsResult> {
  const method = opts.method ?? 'rollup';
  const { index, units, keys, slabs, offsets, totals } = await foldStatistics(db, q, method, opts.measures);

  // Percentiles: one query for the groups and one for the totals, each run at most once.
  let grouped: Promise<Map<number, Durations>> | null = null;
  const groupDurations = () =>
    (grouped ??= (async () => {
      const sql = durationsSql(q, method, true);
      const rows: Record<string, unknown>[] = await db.query(sql.text, sql.values);
      const out = new Map<number, Durations>();
      for (const r of rows) {
        const values = q.groupBy.map((d) => rawValue(r, d));
        if (values.every((v, i) => index.ranks[i].has(v))) out.set(index.key(values), durationsOfRaw(r));
      }
      return out;
    })());
  let total: Promise<Durations> | null = null;
  const totalDurations = () =>
    (total ??= (async () => {
      const sql = durationsSql(q, method, false);
      const [r] = (await db.query(sql.text, sql.values)) as Record<string, unknown>[];
      return r ? durationsOfRaw(r) : noDurations();
    })());

  const loader = async (key: number) => (await groupDurations()).get(key) ?? noDurations();
  const rows: StatisticsRow[] = new Array(keys.length);
  for (let g = 0; g < keys.length; g++) {
    const r = setCounts(newRow(), countsAt(slabs[g], offsets[g]));
    setDimensions(r, q.groupBy, index.values(keys[g]), units);
    r.durationsLoader = loader;
    r.durationsKey = keys[g];
    rows[g] = r;
  }
  const totalCounts = countsAt(totals, 0);
  return {
    from: q.from,
    to: q.to,
    groupBy: q.groupBy,
    scopedToUnitId: opts.scopedToUnitId ?? null,
    generatedAt: opts.now ?? new Date(),
    totals: buildRow(noDimensions(), totalCounts, totalDurations as DurationsLoader),
    rows,
    funnel: funnelOf(totalCounts),
  };
}

/**
 * The same counts as columns (statisticsTable): one list of values per grouped dimension and one per
 * asked figure, row i of the table at index i of every list. Fits the statistics screen's tables and
 * charts, and costs the API a fraction of the row objects to serialise.
 */
export async function computeStatisticsTable(
  db: Queryable,
  q: StatisticsQuery,
  figures: readonly Measure[],
  opts: { scopedToUnitId?: string | null; now?: Date } = {},
): Promise<StatisticsTableData> {
  const { index, units, keys, slabs, offsets, totals } = await foldStatistics(db, q, 'rollup', figures);
  const n = keys.length;
  const dims = q.groupBy.length;
  const keyColumns: string[][] = q.groupBy.map(() => new Array<string>(n));
  const valueColumns: number[][] = figures.map(() => new Array<number>(n));
  const figureAt = figures.map((f) => MEASURES.indexOf(f));
  for (let g = 0; g < n; g++) {
    // The mixed-radix digits of the key, last dimension first (GroupIndex.values without the array).
    let key = keys[g];
    for (let i = dims - 1; i >= 0; i--) {
      const radix = index.radix[i];
      keyColumns[i][g] = index.domains[i][key % radix];
      key = Math.floor(key / radix);
    }
    const slab = slabs[g];
    const o = offsets[g];
    for (let f = 0; f < figureAt.length; f++) valueColumns[f][g] = slab[o + figureAt[f]];
  }
  const unitColumn = q.groupBy.indexOf(D.UNIT);
  return {
    from: q.from,
    to: q.to,
    groupBy: q.groupBy,
    figures,
    scopedToUnitId: opts.scopedToUnitId ?? null,
    generatedAt: opts.now ?? new Date(),
    keys: keyColumns,
    values: valueColumns,
    totals: figureAt.map((i) => totals[i]),
    units: unitColumn < 0 ? [] : index.domains[unitColumn].map((id) => ({ id, name: units.get(id)?.name ?? null })),
  };
}

export async function durationsOf(row: StatisticsRow): Promise<Durations> {
  return row.durations ?? (row.durationsLoader ? row.durationsLoader(row.durationsKey) : noDurations());
}

/** Computes every row's percentiles now (for exports and snapshots). */
export async function resolveDurations(result: StatisticsResult): Promise<StatisticsResult> {
  for (const row of [result.totals, ...result.rows]) {
    row.durations = await durationsOf(row);
    row.durationsLoader = null;
    row.durationsKey = -1;
  }
  return result;
}
