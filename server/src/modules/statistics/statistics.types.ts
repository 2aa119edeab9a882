import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ReportSource } from '../cases/case-enums';
import {
  CaseOutcome,
  EmptyGroups,
  FunnelStage,
  MEASURES,
  StatisticsAudience,
  StatisticsCategory,
  StatisticsDimension,
  StatisticsFigure,
  StatisticsRegion,
  type Counts,
  type Measure,
} from './statistics-enums';

@InputType({ description: 'A statistics query: a period in Japan time, what to group by, and optional filters.' })
export class StatisticsInput {
  @Field(() => String, { description: "First day of the period, Japan time, 'YYYY-MM-DD' (inclusive)." })
  from: string;

  @Field(() => String, { description: "Last day of the period, Japan time, 'YYYY-MM-DD' (inclusive)." })
  to: string;

  @Field(() => [StatisticsDimension], { defaultValue: [], description: 'Group by these, in this order (MONTH and WEEK exclude each other).' })
  groupBy: StatisticsDimension[];

  @Field(() => [ID], { nullable: true, description: "Only these units (an officer may name only their own)." })
  unitIds?: string[] | null;

  @Field(() => [ReportSource], { nullable: true })
  sources?: ReportSource[] | null;

  @Field(() => [StatisticsCategory], { nullable: true, description: 'Cases with any of these categories.' })
  categories?: StatisticsCategory[] | null;

  @Field(() => [StatisticsAudience], { nullable: true })
  audiences?: StatisticsAudience[] | null;

  @Field(() => [CaseOutcome], { nullable: true })
  outcomes?: CaseOutcome[] | null;

  @Field(() => [StatisticsRegion], { nullable: true })
  regions?: StatisticsRegion[] | null;

  @Field(() => EmptyGroups, { defaultValue: EmptyGroups.ZERO_FILLED })
  emptyGroups: EmptyGroups;
}

@ObjectType({ description: 'Percentiles of a duration in seconds (linear interpolation, as PERCENTILE.INC in Excel).', simpleResolvers: true })
export class DurationSummary {
  @Field(() => Int, { description: 'How many cases have this duration.' })
  count: number;

  @Field(() => Int, { nullable: true })
  p50Seconds: number | null;

  @Field(() => Int, { nullable: true })
  p90Seconds: number | null;

  @Field(() => Int, { nullable: true })
  maxSeconds: number | null;
}

export interface Durations {
  timeToReply: DurationSummary;
  timeToDecision: DurationSummary;
}

export const emptyDuration = (): DurationSummary => ({ count: 0, p50Seconds: null, p90Seconds: null, maxSeconds: null });

/** The dimension values of a row; null where the result is not grouped by that dimension. */
export interface RowDimensions {
  month: string | null;
  week: string | null;
  unitId: string | null;
  unitName: string | null;
  source: ReportSource | null;
  category: StatisticsCategory | null;
  audience: StatisticsAudience | null;
  outcome: CaseOutcome | null;
  region: StatisticsRegion | null;
}

export const noDimensions = (): RowDimensions => ({
  month: null,
  week: null,
  unitId: null,
  unitName: null,
  source: null,
  category: null,
  audience: null,
  outcome: null,
  region: null,
});

// simpleResolvers: a year's table is thousands of rows; plain fields skip type-graphql's per-field wrapper
// (none has @Authorized or middleware; timeToReply/timeToDecision keep their field resolvers).
@ObjectType({
  simpleResolvers: true,
  description:
    'One group of a statistics result. A case counts on the Japan-time day it was first reported, for the unit and ' +
    'source of its first report; a report counts on its own day, unit and source. A case with several categories ' +
    'counts in each of them.',
})
export class StatisticsRow implements RowDimensions {
  @Field(() => String, { nullable: true, description: "Japan-time month 'YYYY-MM'." })
  month: string | null;

  @Field(() => String, { nullable: true, description: "Monday of the Japan-time week, 'YYYY-MM-DD'." })
  week: string | null;

  @Field(() => ID, { nullable: true })
  unitId: string | null;

  @Field(() => String, { nullable: true })
  unitName: string | null;

  @Field(() => ReportSource, { nullable: true })
  source: ReportSource | null;

  @Field(() => StatisticsCategory, { nullable: true })
  category: StatisticsCategory | null;

  @Field(() => StatisticsAudience, { nullable: true })
  audience: StatisticsAudience | null;

  @Field(() => CaseOutcome, { nullable: true })
  outcome: CaseOutcome | null;

  @Field(() => StatisticsRegion, { nullable: true })
  region: StatisticsRegion | null;

  @Field(() => Int, { description: '発見報告: submissions (every report of a post counts).' })
  reports: number;

  @Field(() => Int, { description: 'Cases (one per post).' })
  cases: number;

  @Field(() => Int, { description: 'Cases with a screening decision (not applicable, warned, or put to the chief).' })
  screened: number;

  @Field(() => Int, { description: 'Cases whose reply (alert or warning) is posted.' })
  warned: number;

  @Field(() => Int)
  reportedToChief: number;

  @Field(() => Int)
  acknowledged: number;

  @Field(() => Int, { description: 'Requests for approval (伺い); a case returned and put again counts twice.' })
  approvalsRequested: number;

  @Field(() => Int)
  approvalsApproved: number;

  @Field(() => Int)
  approvalsDeclined: number;

  @Field(() => Int)
  approvalsReturned: number;

  @Field(() => Int, { description: 'Warned posts whose 1-day re-check has run.' })
  recheckedAfter1Day: number;

  @Field(() => Int, { description: 'Of those, posts the 1-day re-check found deleted.' })
  deletedWithin1Day: number;

  @Field(() => Int, { description: 'Warned posts whose 7-day re-check has run, or found deleted after 1 day.' })
  recheckedWithin7Days: number;

  @Field(() => Int, { description: 'Of those, posts a re-check found deleted within 7 days.' })
  deletedWithin7Days: number;

  @Field(() => Float, { nullable: true, description: 'deletedWithin1Day / recheckedAfter1Day (null when nothing was re-checked).' })
  deletedWithin1DayShare: number | null;

  @Field(() => Float, { nullable: true, description: 'deletedWithin7Days / recheckedWithin7Days.' })
  deletedWithin7DaysShare: number | null;

  /**
   * Percentiles are computed only when asked for (timeToReply / timeToDecision field resolvers):
   * until then `durations` is null and the result's shared loader fetches them by `durationsKey`.
   */
  durations: Durations | null;
  durationsLoader: DurationsLoader | null;
  durationsKey: number;
}

/** Fetches (once per result) the percentiles of the group with this key. */
export type DurationsLoader = (key: number) => Promise<Durations>;

/**
 * A row with every field set in one fixed order (one hidden class for all rows). Object.create skips
 * the class-field initialisers: thousands of rows are built per query.
 */
export function newRow(): StatisticsRow {
  const row: StatisticsRow = Object.create(StatisticsRow.prototype);
  row.month = null;
  row.week = null;
  row.unitId = null;
  row.unitName = null;
  row.source = null;
  row.category = null;
  row.audience = null;
  row.outcome = null;
  row.region = null;
  row.reports = 0;
  row.cases = 0;
  row.screened = 0;
  row.warned = 0;
  row.reportedToChief = 0;
  row.acknowledged = 0;
  row.approvalsRequested = 0;
  row.approvalsApproved = 0;
  row.approvalsDeclined = 0;
  row.approvalsReturned = 0;
  row.recheckedAfter1Day = 0;
  row.deletedWithin1Day = 0;
  row.recheckedWithin7Days = 0;
  row.deletedWithin7Days = 0;
  row.deletedWithin1DayShare = null;
  row.deletedWithin7DaysShare = null;
  row.durations = null;
  row.durationsLoader = null;
  row.durationsKey = -1;
  return row;
}

/** Sets the counts (named stores, not a loop over MEASURES: keyed stores were a hot spot) and the shares. */
export function setCounts(row: StatisticsRow, counts: Counts): StatisticsRow {
  row.reports = counts.reports;
  row.cases = counts.cases;
  row.screened = counts.screened;
  row.warned = counts.warned;
  row.reportedToChief = counts.reportedToChief;
  row.acknowledged = counts.acknowledged;
  row.approvalsRequested = counts.approvalsRequested;
  row.approvalsApproved = counts.approvalsApproved;
  row.approvalsDeclined = counts.approvalsDeclined;
  row.approvalsReturned = counts.approvalsReturned;
  row.recheckedAfter1Day = counts.recheckedAfter1Day;
  row.deletedWithin1Day = counts.deletedWithin1Day;
  row.recheckedWithin7Days = counts.recheckedWithin7Days;
  row.deletedWithin7Days = counts.deletedWithin7Days;
  row.deletedWithin1DayShare = counts.recheckedAfter1Day > 0 ? counts.deletedWithin1Day / counts.recheckedAfter1Day : null;
  row.deletedWithin7DaysShare = counts.recheckedWithin7Days > 0 ? counts.deletedWithin7Days / counts.recheckedWithin7Days : null;
  return row;
}

export function buildRow(dims: RowDimensions, counts: Counts, durations: Durations | DurationsLoader | null, durationsKey = -1): StatisticsRow {
  const row = newRow();
  row.month = dims.month;
  row.week = dims.week;
  row.unitId = dims.unitId;
  row.unitName = dims.unitName;
  row.source = dims.source;
  row.category = dims.category;
  row.audience = dims.audience;
  row.outcome = dims.outcome;
  row.region = dims.region;
  setCounts(row, counts);
  if (typeof durations === 'function') {
    row.durationsLoader = durations;
    row.durationsKey = durationsKey;
  } else row.durations = durations;
  return row;
}

export function countsOf(row: StatisticsRow): Counts {
  return Object.fromEntries(MEASURES.map((m) => [m, row[m]])) as Counts;
}

@ObjectType()
export class FunnelStep {
  @Field(() => FunnelStage)
  stage: FunnelStage;

  @Field(() => Int)
  count: number;

  @Field(() => Float, { nullable: true, description: 'count / the previous stage’s count (null for the first stage or after a zero).' })
  shareOfPrevious: number | null;
}

@ObjectType('Statistics')
export class StatisticsResult {
  @Field(() => String)
  from: string;

  @Field(() => String)
  to: string;

  @Field(() => [StatisticsDimension])
  groupBy: StatisticsDimension[];

  @Field(() => ID, { nullable: true, description: "Set when the figures are limited to one unit (an officer's own)." })
  scopedToUnitId: string | null;

  @Field(() => Date)
  generatedAt: Date;

  @Field(() => StatisticsRow, { description: 'The whole period and filter, each case and report counted once.' })
  totals: StatisticsRow;

  @Field(() => [StatisticsRow])
  rows: StatisticsRow[];

  @Field(() => [FunnelStep], { description: 'reports → cases → screened → warned → reported to chief → acknowledged.' })
  funnel: FunnelStep[];
}

@ObjectType({ simpleResolvers: true })
export class StatisticsUnitName {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  name: string | null;
}

/** What computeStatisticsTable returns (the GraphQL type below reads it; `columns` is derived). */
export interface StatisticsTableData {
  from: string;
  to: string;
  groupBy: StatisticsDimension[];
  figures: readonly Measure[];
  scopedToUnitId: string | null;
  generatedAt: Date;
  keys: string[][];
  values: number[][];
  totals: number[];
  units: StatisticsUnitName[];
}

@ObjectType({
  simpleResolvers: true,
  description:
    'Statistics as columns: keys[d][i] is the value of groupBy[d] in row i, values[f][i] the count of figures[f] in row i ' +
    '(same groups, order and counting rules as Statistics.rows). Ask for keys/values (typed lists) or columns (the same in one JSON object, ' +
    'cheaper to serialise).',
})
export class StatisticsTable {
  @Field(() => String)
  from: string;

  @Field(() => String)
  to: string;

  @Field(() => [StatisticsDimension])
  groupBy: StatisticsDimension[];

  @Field(() => [StatisticsFigure])
  figures: StatisticsFigure[];

  @Field(() => ID, { nullable: true, description: "Set when the figures are limited to one unit (an officer's own)." })
  scopedToUnitId: string | null;

  @Field(() => Date)
  generatedAt: Date;

  @Field(() => [[String]], { description: 'One column per groupBy dimension (MONTH: YYYY-MM, WEEK: its Monday, UNIT: the unit ID, others: the enum name).' })
  keys: string[][];

  @Field(() => [[Int]], { description: 'One column per figure.' })
  values: number[][];

  @Field(() => [Int], { description: 'The whole period and filter, one per figure, each case and report counted once.' })
  totals: number[];

  @Field(() => [StatisticsUnitName], { description: 'The names of the units in the UNIT column (empty when not grouped by unit).' })
  units: StatisticsUnitName[];

  @Field(() => GraphQLJSONObject, { description: '{ keys, values } as one JSON object: the same columns, serialised without per-value checks.' })
  columns: { keys: string[][]; values: number[][] };
}
