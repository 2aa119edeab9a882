import { registerEnumType } from 'type-graphql';

/**
 * What statistics can be grouped by. Months and weeks are Japan time (Asia/Tokyo); weeks start on
 * Monday. ESCALATION_KIND joins when escalations exist: escalations attached to a case become a
 * multi-valued key like categories (a bit mask of kinds in the rollup key), and escalations without a
 * case get their own rollup with the same period/unit keys.
 */
export enum StatisticsDimension {
  MONTH = 'MONTH',
  WEEK = 'WEEK',
  UNIT = 'UNIT',
  SOURCE = 'SOURCE',
  CATEGORY = 'CATEGORY',
  AUDIENCE = 'AUDIENCE',
  OUTCOME = 'OUTCOME',
  REGION = 'REGION',
}
registerEnumType(StatisticsDimension, { name: 'StatisticsDimension' });

export const TIME_DIMENSIONS: readonly StatisticsDimension[] = [StatisticsDimension.MONTH, StatisticsDimension.WEEK];

/** A case's categories, plus NOT_RECORDED for cases without any (not screened yet, or not applicable). */
export enum StatisticsCategory {
  C1_SEX_OR_MEETING = 'C1_SEX_OR_MEETING',
  C2_LODGING = 'C2_LODGING',
  C3_HARMFUL_WORK = 'C3_HARMFUL_WORK',
  C4_CSAM_TRADE = 'C4_CSAM_TRADE',
  C5_CSAM_PRODUCTION = 'C5_CSAM_PRODUCTION',
  C6_OTHER_SEXUALISATION = 'C6_OTHER_SEXUALISATION',
  NOT_RECORDED = 'NOT_RECORDED',
}
registerEnumType(StatisticsCategory, { name: 'StatisticsCategory' });

/** The bit of each category in the rollups' category mask (migration 1764800000000). */
export const CATEGORY_BITS: Readonly<Record<Exclude<StatisticsCategory, StatisticsCategory.NOT_RECORDED>, number>> = {
  C1_SEX_OR_MEETING: 1,
  C2_LODGING: 2,
  C3_HARMFUL_WORK: 4,
  C4_CSAM_TRADE: 8,
  C5_CSAM_PRODUCTION: 16,
  C6_OTHER_SEXUALISATION: 32,
};

export function categoriesOfMask(mask: number): StatisticsCategory[] {
  if (mask === 0) return [StatisticsCategory.NOT_RECORDED];
  return (Object.entries(CATEGORY_BITS) as [StatisticsCategory, number][]).filter(([, bit]) => (mask & bit) !== 0).map(([c]) => c);
}

export enum StatisticsAudience {
  CHILD = 'CHILD',
  ADULT = 'ADULT',
  NOT_RECORDED = 'NOT_RECORDED',
}
registerEnumType(StatisticsAudience, { name: 'StatisticsAudience' });

export enum StatisticsRegion {
  KUMAMOTO = 'KUMAMOTO',
  UNKNOWN = 'UNKNOWN',
  OTHER_PREFECTURE = 'OTHER_PREFECTURE',
  NOT_RECORDED = 'NOT_RECORDED',
}
registerEnumType(StatisticsRegion, { name: 'StatisticsRegion' });

/** Where a case stands now (statistics_outcome() in the migration says how statuses map). */
export enum CaseOutcome {
  /** RECEIVED, SCREENING, AWAITING_APPROVAL */
  UNDER_REVIEW = 'UNDER_REVIEW',
  /** A warning is decided but not posted yet (queued, or failed and not given up). */
  REPLY_PENDING = 'REPLY_PENDING',
  /** The reply (alert or warning) is posted. */
  WARNED = 'WARNED',
  NOT_APPLICABLE = 'NOT_APPLICABLE',
  DECLINED = 'DECLINED',
  /** The reply failed and the case was closed without it. */
  REPLY_ABANDONED = 'REPLY_ABANDONED',
  /** A close reason this version does not know (kept visible rather than dropped). */
  OTHER = 'OTHER',
}
registerEnumType(CaseOutcome, { name: 'CaseOutcome' });

export enum EmptyGroups {
  /** Every period bucket × every value of each grouped dimension, with zeros where nothing happened. */
  ZERO_FILLED = 'ZERO_FILLED',
  /** Only groups with a figure other than zero (among the figures the query selects). */
  OMITTED = 'OMITTED',
}
registerEnumType(EmptyGroups, { name: 'EmptyGroups' });

export enum FunnelStage {
  REPORTS = 'REPORTS',
  CASES = 'CASES',
  SCREENED = 'SCREENED',
  WARNED = 'WARNED',
  REPORTED_TO_CHIEF = 'REPORTED_TO_CHIEF',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
}
registerEnumType(FunnelStage, { name: 'FunnelStage' });

/** The counted figures of a row, in display order. */
export const MEASURES = [
  'reports',
  'cases',
  'screened',
  'warned',
  'reportedToChief',
  'acknowledged',
  'approvalsRequested',
  'approvalsApproved',
  'approvalsDeclined',
  'approvalsReturned',
  'recheckedAfter1Day',
  'deletedWithin1Day',
  'recheckedWithin7Days',
  'deletedWithin7Days',
] as const;
export type Measure = (typeof MEASURES)[number];
export type Counts = Record<Measure, number>;

/** The rollup column of each measure. */
export const MEASURE_COLUMN: Readonly<Record<Measure, string>> = {
  reports: 'reports',
  cases: 'cases',
  screened: 'screened',
  warned: 'warned',
  reportedToChief: 'reported_to_chief',
  acknowledged: 'acknowledged',
  approvalsRequested: 'approval_requests',
  approvalsApproved: 'approvals',
  approvalsDeclined: 'declines',
  approvalsReturned: 'returns',
  recheckedAfter1Day: 'rechecked_1d',
  deletedWithin1Day: 'deleted_1d',
  recheckedWithin7Days: 'rechecked_7d',
  deletedWithin7Days: 'deleted_7d',
};

export function zeroCounts(): Counts {
  const c = {} as Counts;
  for (const m of MEASURES) c[m] = 0;
  return c;
}

/** The figures a statistics table can hold (statisticsTable): the counted fields of StatisticsRow. */
export enum StatisticsFigure {
  REPORTS = 'REPORTS',
  CASES = 'CASES',
  SCREENED = 'SCREENED',
  WARNED = 'WARNED',
  REPORTED_TO_CHIEF = 'REPORTED_TO_CHIEF',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  APPROVALS_REQUESTED = 'APPROVALS_REQUESTED',
  APPROVALS_APPROVED = 'APPROVALS_APPROVED',
  APPROVALS_DECLINED = 'APPROVALS_DECLINED',
  APPROVALS_RETURNED = 'APPROVALS_RETURNED',
  RECHECKED_AFTER_1_DAY = 'RECHECKED_AFTER_1_DAY',
  DELETED_WITHIN_1_DAY = 'DELETED_WITHIN_1_DAY',
  RECHECKED_WITHIN_7_DAYS = 'RECHECKED_WITHIN_7_DAYS',
  DELETED_WITHIN_7_DAYS = 'DELETED_WITHIN_7_DAYS',
}
registerEnumType(StatisticsFigure, { name: 'StatisticsFigure', description: 'A counted figure of the statistics (the fields of StatisticsRow).' });

/** The measure of each figure. */
export const FIGURE_MEASURE: Readonly<Record<StatisticsFigure, Measure>> = {
  REPORTS: 'reports',
  CASES: 'cases',
  SCREENED: 'screened',
  WARNED: 'warned',
  REPORTED_TO_CHIEF: 'reportedToChief',
  ACKNOWLEDGED: 'acknowledged',
  APPROVALS_REQUESTED: 'approvalsRequested',
  APPROVALS_APPROVED: 'approvalsApproved',
  APPROVALS_DECLINED: 'approvalsDeclined',
  APPROVALS_RETURNED: 'approvalsReturned',
  RECHECKED_AFTER_1_DAY: 'recheckedAfter1Day',
  DELETED_WITHIN_1_DAY: 'deletedWithin1Day',
  RECHECKED_WITHIN_7_DAYS: 'recheckedWithin7Days',
  DELETED_WITHIN_7_DAYS: 'deletedWithin7Days',
};
