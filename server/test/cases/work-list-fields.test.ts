import { CaseStatus } from '../../src/modules/cases/case-enums';
import { Report } from '../../src/modules/cases/report.entity';
import { Role } from '../../src/modules/users/role';
import { buildCase, buildOrganisation, buildUser, TEST_PASSWORD } from '../factories';
import { startTestStack, type GraphQLTestClient, type TestStack } from '../harness';
import { SqlRecorder } from '../sql-recorder';

/**
 * Work lists load the relation fields their selection asks for (reportCount, claimedBy) up front, so the
 * cases resolve without a promise each: the answers must stay those of the per-field loaders, through
 * fragments too, and a selection without those fields must not read them.
 */
describe('work list relation fields', () => {
  let stack: TestStack;
  let oic: GraphQLTestClient;
  let org: Awaited<ReturnType<typeof buildOrganisation>>;
  const sql = new SqlRecorder();

  beforeAll(async () => {
    stack = await startTestStack();
    org = await buildOrganisation(stack.db);
    oic = await stack.client().login(org.officerInCharge.username, TEST_PASSWORD);
    sql.install();
  });
  afterAll(async () => {
    sql.uninstall();
    await stack?.close();
  });

  type Node = { id: string; reportCount?: number; claimedBy?: { id: string; displayName: string } | null };
  const nodesOf = (data: unknown) => (data as { reviewQueue: { nodes: Node[] } }).reviewQueue.nodes;

  it('answers each case its own report count and taker, asked directly or through a fragment', async () => {
    const taker = await buildUser(stack.db, { role: Role.OFFICER_IN_CHARGE, unit: org.division });
    // Oldest first in the queue: reported long ago, so the first page holds them whatever else the database has.
    const claimed = await buildCase(stack.db, { status: CaseStatus.SCREENING, claimedById: taker.id, firstReportedAt: new Date('2001-01-01T00:00:00Z') });
    const unclaimed = await buildCase(stack.db, { status: CaseStatus.RECEIVED, firstReportedAt: new Date('2001-01-02T00:00:00Z') });
    for (let i = 0; i < 3; i++) {
      await stack.db.getRepository(Report).save({ caseId: claimed.id, url: claimed.postUrl, source: 'OFFICER' as never, reportedById: taker.id, unitId: org.division.id });
    }
    const direct = `query { reviewQueue(first: 10) { nodes { id reportCount claimedBy { id displayName } } } }`;
    const viaFragment = `query { reviewQueue(first: 10) { ... on CaseConnection { nodes { ...F } } } } fragment F on Case { id reportCount claimedBy { id displayName } }`;
    for (const query of [direct, viaFragment]) {
      const nodes = nodesOf(await oic.ok(query));
      const [a, b] = [claimed, unclaimed].map((c) => nodes.find((n) => n.id === c.id)!);
      const [{ n: expected }]: { n: number }[] = await stack.db.query(`SELECT count(*)::int AS n FROM reports WHERE case_id = $1`, [claimed.id]);
      expect(a.reportCount).toBe(expected);
      expect(a.claimedBy).toEqual({ id: taker.id, displayName: taker.displayName });
      expect(b.claimedBy).toBeNull();
      const [{ n: none }]: { n: number }[] = await stack.db.query(`SELECT count(*)::int AS n FROM reports WHERE case_id = $1`, [unclaimed.id]);
      expect(b.reportCount).toBe(none);
    }
  });

  it('does not read report counts or takers for a page that does not ask for them', async () => {
    await buildCase(stack.db, { status: CaseStatus.SCREENING, claimedById: org.officerInCharge.id });
    const bare = `query { reviewQueue(first: 20) { nodes { id status } } }`;
    const full = `query { reviewQueue(first: 20) { nodes { id status reportCount claimedBy { id } } } }`;
    await oic.ok(bare);
    const bareSql = (await sql.record(() => oic.ok(bare))).statements;
    const fullSql = (await sql.record(() => oic.ok(full))).statements;
    expect(bareSql.some((s) => /FROM reports/i.test(s))).toBe(false);
    expect(fullSql.some((s) => /FROM reports/i.test(s))).toBe(true);
    expect(fullSql.length).toBe(bareSql.length + 2);
  });
});
