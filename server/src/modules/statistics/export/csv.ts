import { durationsOf } from '../statistics.service';
import type { StatisticsDimension } from '../statistics-enums';
import { dimensionColumn, MEASURE_COLUMNS, TOTAL_LABEL, type ExportTable } from './export-table';

const BOM = '\uFEFF';

function cell(v: string | number | null): string {
  if (v == null) return '';
  const s = typeof v === 'number' ? (Number.isInteger(v) ? String(v) : String(Math.round(v * 10_000) / 10_000)) : v;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * UTF-8 with a BOM (so Excel opens the Japanese right), CRLF lines. One table: its own columns. Several
 * tables: stacked, with a first column 集計 naming the table and the union of their dimension columns.
 * Durations are whole seconds.
 */
export async function buildCsv(tables: ExportTable[]): Promise<string> {
  const stacked = tables.length > 1;
  const dims: StatisticsDimension[] = [];
  for (const t of tables) for (const d of t.dimensions) if (!dims.includes(d)) dims.push(d);
  const dimColumns = dims.map(dimensionColumn);
  const header = [...(stacked ? ['集計'] : []), ...dimColumns.map((c) => c.header), ...MEASURE_COLUMNS.map((c) => c.header)];
  const lines = [header.map(cell).join(',')];
  for (const t of tables) {
    const emit = async (row: ExportTable['rows'][number], total: boolean) => {
      const d = await durationsOf(row);
      const dimValues = dims.map((dim, i) => {
        if (total) return i === dims.findIndex((x) => t.dimensions.includes(x)) ? TOTAL_LABEL : '';
        return t.dimensions.includes(dim) ? dimColumns[i].value(row, d) : '';
      });
      const values = [...(stacked ? [t.title] : []), ...dimValues, ...MEASURE_COLUMNS.map((c) => c.value(row, d))];
      lines.push(values.map(cell).join(','));
    };
    for (const row of t.rows) await emit(row, false);
    if (t.totals) await emit(t.totals, t.dimensions.length > 0);
  }
  return BOM + lines.join('\r\n') + '\r\n';
}
