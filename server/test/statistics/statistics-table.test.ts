import { MEASURES } from '../../src/modules/statistics/statistics-enums';
import { generateStatisticsDataset } from '../../src/statistics-dataset/generate-dataset';
import { buildOrganisation, TEST_PASSWORD } from '../factories';
import { startTestStack, type GraphQLTestClient, type TestStack } from '../harness';

/**
 * statisticsTable holds the same groups, in the same order, with the same counts as statistics.rows,
 * on a generated dataset (random over units, categories, outcomes), in both of its shapes.
 */
const ROWS = `query($input: StatisticsInput!) {
  statistics(input: $input) {
    scopedToUnitId
    totals { ${MEASURES.join(' ')} }
    rows { month week unitId unitName source category audience outcome region ${MEASURES.join(' ')} }
  }
}`;

const TABLE = `query($input: StatisticsInput!, $figures: [StatisticsFigure!]!) {
  statisticsTable(input: $input, figures: $figures) {
    from to groupBy figures scopedToUnitId keys values totals units { id name } columns
  }
}`;

/** StatisticsFigure's GraphQL names, in MEASURES order (reportedToChief → REPORTED_TO_CHIEF). */
const FIGURE = (m: string) => m.replace(/([a-z])([A-Z0-9])/g, '$1_$2').replace(/([0-9])([A-Z])/g, '$1_$2').toUpperCase();

const ROW_FIELD: Record<string, string> = {
  MONTH: 'month',
  WEEK: 'week',
  UNIT: 'unitId',
  SOURCE: 'source',
  CATEGORY: 'category',
  AUDIENCE: 'audience',
  OUTCOME: 'outcome',
  REGION: 'region',
};

const GROUPINGS = [
  [],
  ['MONTH', 'CATEGORY', 'UNIT'],
  ['MONTH', 'UNIT', 'SOURCE'],
  ['WEEK', 'SOURCE'],
  ['CATEGORY', 'OUTCOME'],
  ['MONTH', 'AUDIENCE', 'OUTCOME', 'REGION'],
];

describe('statisticsTable (columns) against statistics (rows)', () => {
  let stack: TestStack;
  let oic: GraphQLTestClient;
  let officer: GraphQLTestClient;
  let org: Awaited<ReturnType<typeof buildOrganisation>>;
  const period = { from: '2026-07-01', to: '2026-10-31' };

  beforeAll(async () => {
    stack = await startTestStack();
    org = await buildOrganisation(stack.db);
    const summary = await generateStatisticsDataset(stack.db, { cases: 3000, years: 0.4, seed: 17, end: '2026-11-01' });
    expect(summary.cases).toBe(3000);
    oic = await stack.client().login(org.officerInCharge.username, TEST_PASSWORD);
    officer = await stack.client().login(org.officer.username, TEST_PASSWORD);
  });
  afterAll(() => stack?.close());

  /** The table's rows rebuilt as statistics rows (only the grouped dimensions and the asked figures). */
  async function compare(client: GraphQLTestClient, input: Record<string, unknown>, figures: string[]) {
    const groupBy = (input.groupBy as string[]) ?? [];
    const { statistics } = await client.ok(ROWS, { input });
    const { statisticsTable: t } = await client.ok(TABLE, { input, figures: figures.map(FIGURE) });
    expect(t.groupBy).toEqual(groupBy);
    expect(t.figures).toEqual(figures.map(FIGURE));
    expect(t.scopedToUnitId).toBe(statistics.scopedToUnitId);
    expect(t.columns).toEqual({ keys: t.keys, values: t.values });
    expect(t.keys).toHaveLength(groupBy.length);
    expect(t.values).toHaveLength(figures.length);
    const n = statistics.rows.length;
    for (const column of [...t.keys, ...t.values]) expect(column).toHaveLength(n);
    const fromTable = Array.from({ length: n }, (_, i) => ({
      ...Object.fromEntries(groupBy.map((d, k) => [ROW_FIELD[d], t.keys[k][i]])),
      ...Object.fromEntries(figures.map((f, k) => [f, t.values[k][i]])),
    }));
    const fromRows = statistics.rows.map((r: Record<string, unknown>) => ({
      ...Object.fromEntries(groupBy.map((d) => [ROW_FIELD[d], r[ROW_FIELD[d]]])),
      ...Object.fromEntries(figures.map((f) => [f, r[f]])),
    }));
    expect(fromTable).toEqual(fromRows);
    expect(t.totals).toEqual(figures.map((f) => statistics.totals[f]));
    if (groupBy.includes('UNIT')) {
      const names = new Map(t.units.map((u: { id: string; name: string }) => [u.id, u.name]));
      for (const r of statistics.rows) expect(names.get(r.unitId)).toBe(r.unitName);
    } else expect(t.units).toEqual([]);
    return { rows: n, nonZero: fromTable.filter((r) => figures.some((f) => (r as Record<string, number>)[f] !== 0)).length };
  }

  it('gives the same groups, order and counts for every grouping, zero-filled or not, every figure', async () => {
    let nonZero = 0;
    for (const groupBy of GROUPINGS) {
      for (const emptyGroups of ['ZERO_FILLED', 'OMITTED']) {
        nonZero += (await compare(oic, { ...period, groupBy, emptyGroups }, [...MEASURES])).nonZero;
      }
    }
    // The dataset fills the period: a comparison of empty tables would prove nothing.
    expect(nonZero).toBeGreaterThan(100);
  });

  it('holds only the asked figures, in the asked order, with filters', async () => {
    const figures = ['warned', 'cases', 'deletedWithin7Days'];
    const { rows } = await compare(
      oic,
      { ...period, groupBy: ['MONTH', 'CATEGORY', 'UNIT'], sources: ['OFFICER'], categories: ['C1_SEX_OR_MEETING', 'NOT_RECORDED'] },
      figures,
    );
    expect(rows).toBe(4 * 2 * (await stack.db.query(`SELECT count(*)::int AS n FROM units`))[0].n);
  });

  it("gives an officer their own unit's figures, as statistics does", async () => {
    const { rows } = await compare(officer, { ...period, groupBy: ['MONTH', 'UNIT'] }, ['reports', 'cases']);
    expect(rows).toBe(4);
    const { statisticsTable } = await officer.ok(TABLE, { input: { ...period, groupBy: ['UNIT'] }, figures: ['CASES'] });
    expect(statisticsTable.scopedToUnitId).toBe(org.officer.unitId);
    expect(statisticsTable.keys).toEqual([[statisticsTable.scopedToUnitId]]);
  });

  it('refuses no figures or a figure twice with INVALID_INPUT', async () => {
    for (const figures of [[], ['CASES', 'CASES']]) {
      const res = await oic.request(TABLE, { input: period, figures });
      expect(res.errors?.[0]?.extensions?.code).toBe('INVALID_INPUT');
      expect(res.errors?.[0]?.extensions?.field).toBe('figures');
    }
  });
});
