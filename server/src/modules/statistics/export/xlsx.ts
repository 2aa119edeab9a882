import ExcelJS from 'exceljs';
import { durationsOf } from '../statistics.service';
import { dimensionColumn, MEASURE_COLUMNS, TOTAL_LABEL, type ExportColumn, type ExportTable } from './export-table';

/** Excel keeps durations as fractions of a day; [h]:mm:ss shows them past 24 hours. */
const SECONDS_PER_DAY = 86_400;

/** A valid, unique sheet name (Excel: at most 31 characters, none of []:*?/\). */
function sheetName(title: string, used: Set<string>): string {
  const base = title.replace(/[[\]:*?/\\]/g, '・').slice(0, 31) || 'Sheet';
  let name = base;
  for (let i = 2; used.has(name); i++) name = `${base.slice(0, 28)}(${i})`;
  used.add(name);
  return name;
}

async function addTable(wb: ExcelJS.Workbook, used: Set<string>, table: ExportTable): Promise<void> {
  const ws = wb.addWorksheet(sheetName(table.title, used), {
    views: [{ state: 'frozen', xSplit: table.dimensions.length, ySplit: 1 }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const columns: ExportColumn[] = [...table.dimensions.map(dimensionColumn), ...MEASURE_COLUMNS];
  ws.columns = columns.map((c) => ({
    header: c.header,
    width: c.kind === 'text' ? 24 : 12,
    style:
      c.kind === 'share' ? { numFmt: '0.0%' } : c.kind === 'duration' ? { numFmt: '[h]:mm:ss' } : c.kind === 'count' ? { numFmt: '#,##0' } : {},
  }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  header.height = 48;
  const write = async (row: ExportTable['rows'][number], label?: string) => {
    const d = await durationsOf(row);
    const values = columns.map((c, i) => {
      if (label !== undefined && i < table.dimensions.length) return i === 0 ? label : '';
      const v = c.value(row, d);
      return c.kind === 'duration' && typeof v === 'number' ? v / SECONDS_PER_DAY : v;
    });
    return ws.addRow(values);
  };
  for (const row of table.rows) await write(row);
  if (table.totals) {
    const added = await write(table.totals, table.dimensions.length ? TOTAL_LABEL : undefined);
    added.font = { bold: true };
  }
  ws.pageSetup.printTitlesRow = '1:1';
}

/** One sheet per table, then `meta` (the conditions or the report's header) on a sheet of its own. */
export async function buildWorkbook(tables: ExportTable[], meta: { sheet: string; rows: [string, string][]; first?: boolean }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Patrol Desk';
  wb.created = new Date();
  const used = new Set<string>();
  const addMeta = () => {
    const ws = wb.addWorksheet(sheetName(meta.sheet, used));
    ws.columns = [{ width: 24 }, { width: 80 }];
    for (const [k, v] of meta.rows) ws.addRow([k, v]).getCell(2).alignment = { wrapText: true, vertical: 'top' };
    ws.getColumn(1).font = { bold: true };
  };
  if (meta.first) addMeta();
  for (const t of tables) await addTable(wb, used, t);
  if (!meta.first) addMeta();
  return Buffer.from(await wb.xlsx.writeBuffer());
}
