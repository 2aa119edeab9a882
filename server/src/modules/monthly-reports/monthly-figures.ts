import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { firstDayOfMonth, lastDayOfMonth } from '../statistics/jst';
import { StatisticsAudience, StatisticsCategory, StatisticsDimension as D, MEASURES, type Counts } from '../statistics/statistics-enums';
import { normalizeStatisticsQuery } from '../statistics/statistics-query';
import { computeStatistics, durationsOf, resolveDurations, type Queryable } from '../statistics/statistics.service';
import { buildRow, countsOf, StatisticsRow, type DurationSummary, type RowDimensions } from '../statistics/statistics.types';

/** The tables of a monthly report, in order; each is one sheet of its XLSX export. */
export const MONTHLY_BREAKDOWNS = [
  { key: 'total', title: '合計', groupBy: [] },
  { key: 'byCategory', title: '類型別', groupBy: [D.CATEGORY] },
  { key: 'byCategoryAndAudience', title: '類型・種別', groupBy: [D.CATEGORY, D.AUDIENCE] },
  { key: 'byUnit', title: '所属別', groupBy: [D.UNIT] },
  { key: 'bySource', title: '発見者区分別', groupBy: [D.SOURCE] },
  { key: 'byAudience', title: '種別', groupBy: [D.AUDIENCE] },
  { key: 'byOutcome', title: '処理結果別', groupBy: [D.OUTCOME] },
  { key: 'byRegion', title: '地域別', groupBy: [D.REGION] },
] as const satisfies readonly { key: string; title: string; groupBy: readonly D[] }[];

export type BreakdownKey = (typeof MONTHLY_BREAKDOWNS)[number]['key'];

/** One row as stored in the report's JSON (unit names as they were when generated). */
export interface SnapshotRow extends RowDimensions {
  counts: Counts;
  timeToReply: DurationSummary;
  timeToDecision: DurationSummary;
}

export interface FiguresSnapshot {
  month: string;
  from: string;
  to: string;
  generatedAt: string;
  breakdowns: Record<BreakdownKey, SnapshotRow[]>;
}

async function toSnapshotRow(row: StatisticsRow): Promise<SnapshotRow> {
  const d = await durationsOf(row);
  return {
    month: row.month,
    week: row.week,
    unitId: row.unitId,
    unitName: row.unitName,
    source: row.source,
    category: row.category,
    audience: row.audience,
    outcome: row.outcome,
    region: row.region,
    counts: countsOf(row),
    timeToReply: d.timeToReply,
    timeToDecision: d.timeToDecision,
  };
}

export function fromSnapshotRow(s: SnapshotRow): StatisticsRow {
  const { counts, timeToReply, timeToDecision, ...dims } = s;
  const full = Object.fromEntries(MEASURES.map((m) => [m, counts[m] ?? 0])) as Counts;
  return buildRow(dims, full, { timeToReply, timeToDecision });
}

/** The month's figures for the whole prefecture, with every percentile, as of now. */
export async function computeMonthlyFigures(db: Queryable, month: string, now = new Date()): Promise<FiguresSnapshot> {
  const from = firstDayOfMonth(month);
  const to = lastDayOfMonth(month);
  const breakdowns = {} as Record<BreakdownKey, SnapshotRow[]>;
  for (const b of MONTHLY_BREAKDOWNS) {
    const result = await resolveDurations(await computeStatistics(db, normalizeStatisticsQuery({ from, to, groupBy: [...b.groupBy] }), { now }));
    const rows = b.groupBy.length === 0 ? [result.totals] : result.rows;
    breakdowns[b.key] = await Promise.all(rows.map(toSnapshotRow));
  }
  return { month, from, to, generatedAt: now.toISOString(), breakdowns };
}

@ObjectType({ description: "A monthly report's tables, as they were when the figures were generated." })
export class MonthlyReportFigures {
  @Field(() => String)
  from: string;

  @Field(() => String)
  to: string;

  @Field(() => Date)
  generatedAt: Date;

  @Field(() => StatisticsRow)
  total: StatisticsRow;

  @Field(() => [StatisticsRow])
  byCategory: StatisticsRow[];

  @Field(() => [StatisticsRow])
  byCategoryAndAudience: StatisticsRow[];

  @Field(() => [StatisticsRow])
  byUnit: StatisticsRow[];

  @Field(() => [StatisticsRow])
  bySource: StatisticsRow[];

  @Field(() => [StatisticsRow])
  byAudience: StatisticsRow[];

  @Field(() => [StatisticsRow])
  byOutcome: StatisticsRow[];

  @Field(() => [StatisticsRow])
  byRegion: StatisticsRow[];
}

export function figuresFromSnapshot(s: FiguresSnapshot): MonthlyReportFigures {
  const rows = (key: BreakdownKey) => (s.breakdowns[key] ?? []).map(fromSnapshotRow);
  return {
    from: s.from,
    to: s.to,
    generatedAt: new Date(s.generatedAt),
    total: rows('total')[0],
    byCategory: rows('byCategory'),
    byCategoryAndAudience: rows('byCategoryAndAudience'),
    byUnit: rows('byUnit'),
    bySource: rows('bySource'),
    byAudience: rows('byAudience'),
    byOutcome: rows('byOutcome'),
    byRegion: rows('byRegion'),
  };
}

// ---- the bulletin: what every unit sees ----

@ObjectType({ description: 'One line of a bulletin: how many posts were found and answered.' })
export class BulletinRow {
  @Field(() => StatisticsCategory, { nullable: true })
  category: StatisticsCategory | null;

  @Field(() => StatisticsAudience, { nullable: true })
  audience: StatisticsAudience | null;

  @Field(() => ID, { nullable: true })
  unitId: string | null;

  @Field(() => String, { nullable: true })
  unitName: string | null;

  @Field(() => Int)
  reports: number;

  @Field(() => Int)
  cases: number;

  @Field(() => Int, { description: 'Replies posted (alerts and warnings).' })
  warned: number;

  @Field(() => Float, { nullable: true, description: 'Share of warned posts found deleted within 7 days.' })
  deletedWithin7DaysShare: number | null;
}

@ObjectType()
export class BulletinFigures {
  @Field(() => BulletinRow)
  total: BulletinRow;

  @Field(() => [BulletinRow])
  byCategory: BulletinRow[];

  @Field(() => [BulletinRow])
  byAudience: BulletinRow[];

  @Field(() => [BulletinRow])
  byUnit: BulletinRow[];
}

export type BulletinSnapshot = BulletinFigures;

function bulletinRow(s: SnapshotRow): BulletinRow {
  const c = s.counts;
  return {
    category: s.category,
    audience: s.audience,
    unitId: s.unitId,
    unitName: s.unitName,
    reports: c.reports,
    cases: c.cases,
    warned: c.warned,
    deletedWithin7DaysShare: c.recheckedWithin7Days > 0 ? c.deletedWithin7Days / c.recheckedWithin7Days : null,
  };
}

/** The bulletin's figures: counts only, no internal approvals or timings. */
export function bulletinFiguresOf(s: FiguresSnapshot): BulletinSnapshot {
  return {
    total: bulletinRow(s.breakdowns.total[0]),
    byCategory: s.breakdowns.byCategory.map(bulletinRow),
    byAudience: s.breakdowns.byAudience.map(bulletinRow),
    byUnit: s.breakdowns.byUnit.map(bulletinRow),
  };
}
