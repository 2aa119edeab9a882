import { CaseStatus } from '../../src/modules/cases/case-enums';
import { Report } from '../../src/modules/cases/report.entity';
import { Role } from '../../src/modules/users/role';
import { buildCase, buildOrganisation, buildUnit, buildUser, TEST_PASSWORD } from '../factories';
import { startTestStack, type GraphQLTestClient, type TestStack } from '../harness';
import { SqlRecorder } from '../sql-recorder';

/**
 * No N+1 on the hot screens: the SQL statements one HTTP request sends do not grow with the number of
 * reports, reporters, units, timeline entries or account history of a case (every relation field goes
 * through a per-request DataLoader). Counted at the pg driver, around one request each.
 */
const CASE_PAGE = `query CaseDetail($id: ID!) {
  case(id: $id) {
    id number status reportCount ageSeconds claimedBy { id displayName }
    reports { id url createdAt reportedBy { id displayName } unit { id name } case { id } }
    xAccount { id username caseCount cases { id number status claimedBy { id displayName } reportCount } }
  }
  caseTimeline(caseId: $id) { at kind action actorId actor { id displayName } toStatus note }
}`;
const REVIEW_QUEUE = `query { reviewQueue(first: 50) { nodes { id reportCount claimedBy { id displayName } } } }`;

describe('SQL statements per request (no N+1)', () => {
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

  /** The statements of one request (the session is touched at most once a minute: a first request absorbs it). */
  async function count(query: string, variables: Record<string, unknown> = {}): Promise<string[]> {
    await oic.ok(query, variables);
    return (await sql.record(() => oic.ok(query, variables))).statements;
  }

  /** A case with `n` reports by `n` different officers of `n` units, `n` audit events and an account with `n` other cases. */
  async function caseOfSize(n: number) {
    const [{ id: accountId }]: { id: string }[] = await stack.db.query(
      `INSERT INTO x_accounts (username, display_name) VALUES ($1, 'テスト') RETURNING id`,
      [`acct_${n}_${Date.now()}`],
    );
    const c = await buildCase(stack.db, { status: CaseStatus.SCREENING, claimedById: org.officerInCharge.id, xAccountId: accountId });
    for (let i = 0; i < n; i++) {
      const unit = await buildUnit(stack.db);
      const officer = await buildUser(stack.db, { role: Role.OFFICER, unit });
      await stack.db.getRepository(Report).save({ caseId: c.id, url: c.postUrl, source: 'OFFICER' as never, reportedById: officer.id, unitId: unit.id });
      await stack.db.query(
        `INSERT INTO audit_events (actor_id, actor_role, action, object_type, object_id, after) VALUES ($1, 'OFFICER', 'case.NOTE', 'Case', $2, '{"status":"SCREENING"}')`,
        [officer.id, c.id],
      );
      const chiefClaimed = await buildUser(stack.db, { role: Role.OFFICER_IN_CHARGE, unit: org.division });
      await buildCase(stack.db, { status: CaseStatus.SCREENING, claimedById: chiefClaimed.id, xAccountId: accountId });
    }
    return c;
  }

  it('the case page sends the same small number of statements for a case with 1 or 25 reports, entries and account cases', async () => {
    const small = await caseOfSize(1);
    const large = await caseOfSize(25);
    const smallSql = await count(CASE_PAGE, { id: small.id });
    const largeSql = await count(CASE_PAGE, { id: large.id });
    const page = (await oic.ok(CASE_PAGE, { id: large.id })) as { case: { reports: unknown[]; xAccount: { cases: unknown[] } }; caseTimeline: unknown[] };
    // The request really read the large case's relations.
    expect(page.case.reports).toHaveLength(25);
    expect(page.case.xAccount.cases).toHaveLength(26);
    expect(page.caseTimeline.length).toBeGreaterThanOrEqual(50);
    expect(largeSql).toHaveLength(smallSql.length);
    expect(largeSql.length).toBeLessThanOrEqual(14);
  });

  it('the review queue sends the same statements for 2 or 40 cases claimed by different people', async () => {
    const before = await count(REVIEW_QUEUE);
    for (let i = 0; i < 38; i++) {
      const taker = await buildUser(stack.db, { role: Role.OFFICER_IN_CHARGE, unit: org.division });
      await buildCase(stack.db, { status: CaseStatus.SCREENING, claimedById: taker.id });
    }
    const after = await count(REVIEW_QUEUE);
    const data = (await oic.ok(REVIEW_QUEUE)) as { reviewQueue: { nodes: unknown[] } };
    expect(data.reviewQueue.nodes).toHaveLength(50);
    expect(after).toHaveLength(before.length);
    expect(after.length).toBeLessThanOrEqual(6);
  });
});
