import { MEASURES, StatisticsDimension as D } from '../statistics-enums';
import { DIMENSION_LABEL, dimensionValueLabel, DURATION_LABEL, DURATION_PART_LABEL, MEASURE_LABEL, SHARE_LABEL } from '../statistics-labels';
import type { Durations, StatisticsRow } from '../statistics.types';

/** One table of an export: an XLSX sheet, or a block of a CSV file. */
export interface ExportTable {
  title: string;
  dimensions: readonly D[];
  rows: StatisticsRow[];
  /** Printed last as 合計 (each case once, even when a breakdown counts it in several groups). */
  totals: StatisticsRow | null;
}

export type CellKind = 'text' | 'count' | 'share' | 'duration';

export interface ExportColumn {
  header: string;
  kind: CellKind;
  value(row: StatisticsRow, durations: Durations): string | number | null;
}

const ROW_FIELD: Record<D, keyof StatisticsRow> = {
  MONTH: 'month',
  WEEK: 'week',
  UNIT: 'unitId',
  SOURCE: 'source',
  CATEGORY: 'category',
  AUDIENCE: 'audience',
  OUTCOME: 'outcome',
  REGION: 'region',
};

export function dimensionColumn(d: D): ExportColumn {
  return {
    header: DIMENSION_LABEL[d],
    kind: 'text',
    value: (row) => dimensionValueLabel(d, row[ROW_FIELD[d]] as string | null, row.unitName),
  };
}

/** The figures of every table, in this order. Durations are seconds (the XLSX shows them as h:mm:ss). */
export const MEASURE_COLUMNS: readonly ExportColumn[] = [
  ...MEASURES.map((m): ExportColumn => ({ header: MEASURE_LABEL[m], kind: 'count', value: (row) => row[m] })),
  { header: SHARE_LABEL.deletedWithin1DayShare, kind: 'share', value: (row) => row.deletedWithin1DayShare },
  { header: SHARE_LABEL.deletedWithin7DaysShare, kind: 'share', value: (row) => row.deletedWithin7DaysShare },
  ...(['timeToReply', 'timeToDecision'] as const).flatMap((which) =>
    (['count', 'p50Seconds', 'p90Seconds', 'maxSeconds'] as const).map(
      (part): ExportColumn => ({
        header: `${DURATION_LABEL[which]} ${DURATION_PART_LABEL[part]}`,
        kind: part === 'count' ? 'count' : 'duration',
        value: (_row, d) => d[which][part],
      }),
    ),
  ),
];

export const TOTAL_LABEL = '合計';
