import { ReportSource } from '../cases/case-enums';
import {
  CaseOutcome,
  StatisticsAudience,
  StatisticsCategory,
  StatisticsDimension as D,
  StatisticsRegion,
  type Measure,
} from './statistics-enums';

/** Japanese labels for exports and bulletins (the same words as the client's ja.ts). */
export const DIMENSION_LABEL: Readonly<Record<D, string>> = {
  MONTH: '月',
  WEEK: '週（月曜日）',
  UNIT: '所属',
  SOURCE: '発見者区分',
  CATEGORY: '類型',
  AUDIENCE: '種別',
  OUTCOME: '処理結果',
  REGION: '地域',
};

export const SOURCE_LABEL: Readonly<Record<ReportSource, string>> = {
  OFFICER: '警察職員',
  VOLUNTEER: '防犯ボランティア',
};

export const CATEGORY_LABEL: Readonly<Record<StatisticsCategory, string>> = {
  C1_SEX_OR_MEETING: 'C1 性行為・面会の要求',
  C2_LODGING: 'C2 宿泊先の要求・提供',
  C3_HARMFUL_WORK: 'C3 有害業務の紹介',
  C4_CSAM_TRADE: 'C4 児童ポルノの取引',
  C5_CSAM_PRODUCTION: 'C5 児童ポルノ等の製造の助長',
  C6_OTHER_SEXUALISATION: 'C6 その他の性的対象化',
  NOT_RECORDED: '類型なし（未判定・対象外）',
};

export const AUDIENCE_LABEL: Readonly<Record<StatisticsAudience, string>> = {
  CHILD: '注意喚起（児童）',
  ADULT: '警告（大人）',
  NOT_RECORDED: '未判定・対象外',
};

export const OUTCOME_LABEL: Readonly<Record<CaseOutcome, string>> = {
  UNDER_REVIEW: '審査中',
  REPLY_PENDING: '返信待ち',
  WARNED: '返信済み',
  NOT_APPLICABLE: '対象外',
  DECLINED: '不承認',
  REPLY_ABANDONED: '返信断念',
  OTHER: 'その他',
};

export const REGION_LABEL: Readonly<Record<StatisticsRegion, string>> = {
  KUMAMOTO: '熊本県内',
  UNKNOWN: '不明',
  OTHER_PREFECTURE: '県外',
  NOT_RECORDED: '未記録',
};

export const MEASURE_LABEL: Readonly<Record<Measure, string>> = {
  reports: '発見報告件数',
  cases: '事案数',
  screened: '判定済み',
  warned: '返信実施（注意喚起・警告）',
  reportedToChief: '課長への報告',
  acknowledged: '課長の確認',
  approvalsRequested: '伺い',
  approvalsApproved: '承認',
  approvalsDeclined: '不承認',
  approvalsReturned: '差戻し',
  recheckedAfter1Day: '1日後の確認件数',
  deletedWithin1Day: '1日以内に削除',
  recheckedWithin7Days: '7日後までの確認件数',
  deletedWithin7Days: '7日以内に削除',
};

export const SHARE_LABEL = {
  deletedWithin1DayShare: '1日以内の削除率',
  deletedWithin7DaysShare: '7日以内の削除率',
} as const;

export const DURATION_LABEL = {
  timeToReply: '報告から返信まで',
  timeToDecision: '担当から判定まで',
} as const;

export const DURATION_PART_LABEL = {
  count: '件数',
  p50Seconds: '中央値',
  p90Seconds: '90%値',
  maxSeconds: '最大',
} as const;

/** '2026-10' → '2026年10月' */
export const monthLabel = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;

export function dimensionValueLabel(d: D, value: string | null, unitName?: string | null): string {
  if (value == null) return '';
  switch (d) {
    case D.MONTH:
      return monthLabel(value);
    case D.WEEK:
      return `${value}〜`;
    case D.UNIT:
      return unitName ?? value;
    case D.SOURCE:
      return SOURCE_LABEL[value as ReportSource] ?? value;
    case D.CATEGORY:
      return CATEGORY_LABEL[value as StatisticsCategory] ?? value;
    case D.AUDIENCE:
      return AUDIENCE_LABEL[value as StatisticsAudience] ?? value;
    case D.OUTCOME:
      return OUTCOME_LABEL[value as CaseOutcome] ?? value;
    case D.REGION:
      return REGION_LABEL[value as StatisticsRegion] ?? value;
  }
}
