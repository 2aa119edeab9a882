import ExcelJS from 'exceljs';
import { ReportSource } from '../../src/modules/cases/case-enums';
import { MEASURE_LABEL } from '../../src/modules/statistics/statistics-labels';
import { MEASURES } from '../../src/modules/statistics/statistics-enums';
import { buildOrganisation, TEST_PASSWORD } from '../factories';
import { startTestStack, type GraphQLTestClient, type TestStack } from '../harness';
import { recheck, report, setTimes, workflow } from './workflow-helpers';

/** XLSX and CSV exports over HTTP: read back, they hold the same numbers as the API. */
const PERIOD = { from: '2026-09-01', to: '2026-11-30' };
const FIGURES = `${MEASURES.join(' ')} deletedWithin1DayShare deletedWithin7DaysShare
  timeToReply { count p50Seconds p90Seconds maxSeconds } timeToDecision { count p50Seconds p90Seconds maxSeconds }`;
const STATS = `query($input: StatisticsInput!) { statistics(input: $input) {
  totals { ${FIGURES} } rows { month category unitId unitName ${FIGURES} } } }`;

type Row = Record<string, unknown> & { timeToReply: Record<string, number | null>; timeToDecision: Record<string, number | null> };

async function download(client: GraphQLTestClient | null, path: string) {
  const res = await fetch(`${(client ?? { baseUrl: '' }).baseUrl}${path}`, {
    headers: client?.sessionCookie ? { cookie: client.sessionCookie } : {},
  });
  return res;
}

/** A sheet's rows as objects keyed by the header row. */
function sheetRows(ws: ExcelJS.Worksheet): Record<string, ExcelJS.CellValue>[] {
  const header = (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
  const out: Record<string, ExcelJS.CellValue>[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const values = (row.values as ExcelJS.CellValue[]).slice(1);
    out.push(Object.fromEntries(header.map((h, i) => [h, values[i] ?? null])));
  });
  return out;
}

/** The figures of an exported row, in the API's units (durations back from fractions of a day). */
function figuresOf(cells: Record<string, ExcelJS.CellValue>, secondsPerUnit: number) {
  // exceljs reads a cell formatted as a time ([h]:mm:ss) back as a Date on Excel's 1899-12-30 epoch.
  const num = (v: ExcelJS.CellValue) =>
    v === null || v === '' || v === undefined ? null : v instanceof Date ? v.getTime() / 86_400_000 + 25_569 : Number(v);
  const duration = (prefix: string) => ({
    count: num(cells[`${prefix} 件数`]),
    p50Seconds: num(cells[`${prefix} 中央値`]) === null ? null : Math.round(num(cells[`${prefix} 中央値`])! * secondsPerUnit),
    p90Seconds: num(cells[`${prefix} 90%値`]) === null ? null : Math.round(num(cells[`${prefix} 90%値`])! * secondsPerUnit),
    maxSeconds: num(cells[`${prefix} 最大`]) === null ? null : Math.round(num(cells[`${prefix} 最大`])! * secondsPerUnit),
  });
  return {
    ...Object.fromEntries(MEASURES.map((m) => [m, num(cells[MEASURE_LABEL[m]])])),
    deletedWithin1DayShare: num(cells['1日以内の削除率']),
    deletedWithin7DaysShare: num(cells['7日以内の削除率']),
    timeToReply: duration('報告から返信まで'),
    timeToDecision: duration('担当から判定まで'),
  };
}

const apiFigures = (r: Row) => ({
  ...Object.fromEntries(MEASURES.map((m) => [m, r[m]])),
  deletedWithin1DayShare: r.deletedWithin1DayShare,
  deletedWithin7DaysShare: r.deletedWithin7DaysShare,
  timeToReply: r.timeToReply,
  timeToDecision: r.timeToDecision,
});

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += ch;
  }
  return rows;
}

describe('statistics and monthly report exports', () => {
  let stack: TestStack;
  let org: Awaited<ReturnType<typeof buildOrganisation>>;
  let oic: GraphQLTestClient;
  let chief: GraphQLTestClient;
  let officer: GraphQLTestClient;
  let volunteer: GraphQLTestClient;

  beforeAll(async () => {
    stack = await startTestStack();
    org = await buildOrganisation(stack.db);
    const w = workflow(stack.db, org.officerInCharge, org.chief);
    const times = ['2026-09-10T01:00:00Z', '2026-10-31T14:30:00Z', '2026-10-31T15:30:00Z', '2026-11-05T03:00:00Z', '2026-11-20T09:00:00Z'];
    for (const [i, iso] of times.entries()) {
      const t = new Date(iso);
      const by = i % 2 ? org.otherOfficer : org.officer;
      const id = (await report(stack.db, i === 3 ? org.volunteer : by, { at: t, source: i === 3 ? ReportSource.VOLUNTEER : ReportSource.OFFICER })).case.id;
      if (i === 4) continue;
      await w.take(id);
      await w.warn(id, { categories: (i % 2 ? ['C1_SEX_OR_MEETING', 'C2_LODGING'] : ['C4_CSAM_TRADE']) as never[], child: i % 2 === 0 });
      await w.posted(id);
      await setTimes(stack.db, id, { claimed_at: new Date(t.getTime() + 600_000), decided_at: new Date(t.getTime() + (20 + i * 7) * 60_000), reply_posted_at: new Date(t.getTime() + (1 + i) * 3600_000 + 17_000) });
      await recheck(stack.db, id, '1d', i % 2 ? 'DELETED' : 'PRESENT');
    }
    oic = await stack.client().login(org.officerInCharge.username, TEST_PASSWORD);
    chief = await stack.client().login(org.chief.username, TEST_PASSWORD);
    officer = await stack.client().login(org.officer.username, TEST_PASSWORD);
    volunteer = await stack.client().login(org.volunteer.username, TEST_PASSWORD);
  });
  afterAll(() => stack?.close());

  it('exports an XLSX with one sheet per breakdown, holding the numbers of the API', async () => {
    const res = await download(oic, `/export/statistics.xlsx?from=${PERIOD.from}&to=${PERIOD.to}&groupBy=MONTH,CATEGORY&groupBy=UNIT&groupBy=`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect(res.headers.get('content-disposition')).toContain(`statistics_${PERIOD.from}_${PERIOD.to}.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['月×類型別', '所属別', '合計', '条件']);

    const api = (await oic.ok(STATS, { input: { ...PERIOD, groupBy: ['MONTH', 'CATEGORY'] } })).statistics;
    const sheet = sheetRows(wb.getWorksheet('月×類型別')!);
    expect(sheet).toHaveLength(api.rows.length + 1); // + 合計
    api.rows.forEach((r: Row, i: number) => {
      expect(sheet[i]['月']).toBe(`${String(r.month).slice(0, 4)}年${Number(String(r.month).slice(5))}月`);
      expect(figuresOf(sheet[i], 86_400)).toEqual(apiFigures(r));
    });
    expect(sheet[api.rows.length]['月']).toBe('合計');
    expect(figuresOf(sheet[api.rows.length], 86_400)).toEqual(apiFigures(api.totals));
    expect(api.totals.warned).toBe(4);
    expect(api.totals.timeToReply.count).toBe(4);

    const byUnit = (await oic.ok(STATS, { input: { ...PERIOD, groupBy: ['UNIT'] } })).statistics;
    const unitSheet = sheetRows(wb.getWorksheet('所属別')!);
    byUnit.rows.forEach((r: Row, i: number) => {
      expect(unitSheet[i]['所属']).toBe(r.unitName);
      expect(figuresOf(unitSheet[i], 86_400)).toEqual(apiFigures(r));
    });
    expect(figuresOf(sheetRows(wb.getWorksheet('合計')!)[0], 86_400)).toEqual(apiFigures(byUnit.totals));
    // Durations are real Excel durations, shown as h:mm:ss.
    const cell = wb.getWorksheet('合計')!.getRow(2).getCell(MEASURES.length + 2 + 2);
    expect(cell.numFmt).toBe('[h]:mm:ss');
  });

  it('exports CSV in UTF-8 with a BOM, Japanese headers and the same numbers', async () => {
    const res = await download(oic, `/export/statistics.csv?from=${PERIOD.from}&to=${PERIOD.to}&groupBy=CATEGORY`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8').slice(1));
    expect(rows[0].slice(0, 3)).toEqual(['類型', '発見報告件数', '事案数']);
    const api = (await oic.ok(STATS, { input: { ...PERIOD, groupBy: ['CATEGORY'] } })).statistics;
    const cells = (r: string[]) => Object.fromEntries(rows[0].map((h, i) => [h, r[i]]));
    api.rows.forEach((r: Row, i: number) => expect(figuresOf(cells(rows[i + 1]), 1)).toEqual({
      ...apiFigures(r),
      deletedWithin1DayShare: r.deletedWithin1DayShare === null ? null : Math.round((r.deletedWithin1DayShare as number) * 10_000) / 10_000,
      deletedWithin7DaysShare: r.deletedWithin7DaysShare === null ? null : Math.round((r.deletedWithin7DaysShare as number) * 10_000) / 10_000,
    }));
    expect(rows[api.rows.length + 1][0]).toBe('合計');
    expect(rows).toHaveLength(api.rows.length + 2);
  });

  it('applies the roles and the officer scoping of the API', async () => {
    const q = `from=${PERIOD.from}&to=${PERIOD.to}`;
    expect((await download(null, `${oic.baseUrl}/export/statistics.csv?${q}`)).status).toBe(401);
    expect((await download(volunteer, `/export/statistics.csv?${q}`)).status).toBe(403);
    expect((await download(officer, `/export/statistics.csv?${q}&unitIds=${org.otherStation.id}`)).status).toBe(403);
    expect((await download(oic, `/export/statistics.csv?from=2026-02-30&to=${PERIOD.to}`)).status).toBe(400);
    expect((await download(oic, `/export/statistics.csv?${q}&groupBy=MONTH,WEEK`)).status).toBe(400);

    const mine = await download(officer, `/export/statistics.csv?${q}`);
    const rows = parseCsv((await mine.text()).replace(/^\uFEFF/, ''));
    const api = (await officer.ok(STATS, { input: PERIOD })).statistics;
    expect(Number(rows[1][1])).toBe(api.totals.cases);
    expect(api.totals.cases).toBe(4); // the station's own cases (its officer's and its volunteer's), not station B's
  });

  it('exports a monthly report, one sheet per table, to the officer in charge and the chief only', async () => {
    const draft = (await oic.ok(`mutation { generateMonthlyReportDraft(month: "2026-10") { id revision
      figures { total { ${FIGURES} } byCategory { category ${FIGURES} } } } }`)).generateMonthlyReportDraft;
    await oic.ok(`mutation($id: ID!) { updateMonthlyReportDraft(input: { id: $id, expectedRevision: 1, remarks: "所見：\\n10月末の事案を含む" }) { id } }`, { id: draft.id });
    const res = await download(chief, `/export/monthly-report/${draft.id}.xlsx`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('monthly-report_2026-10_v1.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['概要', '合計', '類型別', '類型・種別', '所属別', '発見者区分別', '種別', '処理結果別', '地域別']);
    const header = Object.fromEntries(sheetRows(wb.getWorksheet('概要')!).map((r) => Object.values(r)) as [string, string][]);
    expect(header['所見']).toBe('所見：\n10月末の事案を含む');
    expect(header['状態']).toBe('作成中（未決裁）');
    expect(figuresOf(sheetRows(wb.getWorksheet('合計')!)[0], 86_400)).toEqual(apiFigures(draft.figures.total));
    const categories = sheetRows(wb.getWorksheet('類型別')!);
    draft.figures.byCategory.forEach((r: Row, i: number) => expect(figuresOf(categories[i], 86_400)).toEqual(apiFigures(r)));
    expect(draft.figures.total.cases).toBe(1); // 2026-10-31T14:30Z is October in Japan; 15:30Z is November

    const csv = await download(oic, `/export/monthly-report/${draft.id}.csv`);
    expect(csv.status).toBe(200);
    const rows = parseCsv((await csv.text()).replace(/^\uFEFF/, ''));
    expect(rows[0][0]).toBe('集計');
    expect(rows.filter((r) => r[0] === '類型別')).toHaveLength(draft.figures.byCategory.length + 1);

    expect((await download(officer, `/export/monthly-report/${draft.id}.xlsx`)).status).toBe(403);
    expect((await download(oic, `/export/monthly-report/00000000-0000-0000-0000-000000000000.xlsx`)).status).toBe(404);
  });
});
