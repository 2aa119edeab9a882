import { monthLabel } from '../statistics/statistics-labels';
import type { ExportTable } from '../statistics/export/export-table';
import { figuresFromSnapshot, MONTHLY_BREAKDOWNS } from './monthly-figures';
import { MonthlyReportStatus, type MonthlyReport } from './monthly-report.entity';

const STATUS_LABEL: Record<MonthlyReportStatus, string> = { DRAFT: '作成中（未決裁）', FINALIZED: '決裁済み' };

const jst = (d: Date | null) =>
  d ? new Date(d.getTime() + 9 * 3600_000).toISOString().replace('T', ' ').slice(0, 19) + '（日本時間）' : '';

/** The report's tables, one per breakdown, as stored when its figures were generated. */
export function monthlyReportTables(report: MonthlyReport): ExportTable[] {
  const f = figuresFromSnapshot(report.figures);
  return MONTHLY_BREAKDOWNS.map((b) => ({
    title: b.title,
    dimensions: b.groupBy,
    rows: b.groupBy.length === 0 ? [] : f[b.key as Exclude<typeof b.key, 'total'>],
    totals: f.total,
  }));
}

export function monthlyReportHeader(report: MonthlyReport, names: { finalizedBy?: string | null }): [string, string][] {
  return [
    ['報告', `${monthLabel(report.month)} SNS注意喚起・警告 月次報告`],
    ['対象期間', `${report.figures.from} 〜 ${report.figures.to}（日本時間）`],
    ['版', String(report.version)],
    ['状態', STATUS_LABEL[report.status]],
    ['集計日時', jst(report.figuresGeneratedAt)],
    ['決裁日時', jst(report.finalizedAt)],
    ['決裁者', names.finalizedBy ?? ''],
    ['所見', report.remarks ?? ''],
    ['注記', '事案は最初に報告された日（日本時間）・最初の報告の所属と発見者区分で計上。複数の類型に該当する事案は各類型に計上するため、類型別の計は合計と一致しないことがあります。'],
  ];
}

export const monthlyReportFileName = (r: MonthlyReport, ext: string) => `monthly-report_${r.month}_v${r.version}.${ext}`;
