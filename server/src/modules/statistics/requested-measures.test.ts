import { buildSchema, parse, execute, type GraphQLResolveInfo } from 'graphql';
import { requestedMeasures } from './requested-measures';

/** Runs `query` against a tiny schema whose statistics resolver records what requestedMeasures saw. */
async function seen(query: string): Promise<string[]> {
  const schema = buildSchema(`
    type Duration { count: Int }
    type Row { month: String reports: Int cases: Int warned: Int recheckedAfter1Day: Int deletedWithin1Day: Int
      deletedWithin7DaysShare: Float timeToReply: Duration }
    type Step { count: Int }
    type Stats { rows: [Row] totals: Row funnel: [Step] from: String }
    type Query { statistics: Stats }`);
  let out: string[] = [];
  await execute({
    schema,
    document: parse(query),
    rootValue: { statistics: (_: unknown, __: unknown, info: GraphQLResolveInfo) => ((out = requestedMeasures(info)), { rows: [], funnel: [] }) },
  });
  return out;
}

describe('requestedMeasures', () => {
  it('sums only what rows, totals and the funnel select, through fragments', async () => {
    expect(await seen(`{ statistics { from rows { month cases timeToReply { count } } } }`)).toEqual(['cases']);
    expect(await seen(`{ statistics { totals { ...F } rows { ... on Row { warned } } } } fragment F on Row { reports deletedWithin7DaysShare }`)).toEqual([
      'reports',
      'warned',
      'recheckedWithin7Days',
      'deletedWithin7Days',
    ]);
    expect(await seen(`{ statistics { funnel { count } } }`)).toEqual(['reports', 'cases', 'screened', 'warned', 'reportedToChief', 'acknowledged']);
  });
});
