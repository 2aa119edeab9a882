import { buildOrganisation, TEST_PASSWORD } from '../factories';
import { startTestStack, type GraphQLTestClient, type TestStack } from '../harness';
import { SqlRecorder } from '../sql-recorder';

/**
 * 発見報告 of a new post is one statement after the session read (case, report and both audit events
 * together); a known post, or a URL naming the account, takes the general transaction. Both write the
 * same rows and audit events.
 */
const SUBMIT = `mutation($input: SubmitReportInput!) { submitReport(input: $input) { duplicate case { id status postId postUrl } } }`;

describe('the intake statements', () => {
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

  async function submit(url: string) {
    const { result, statements } = await sql.record(() => oic.ok(SUBMIT, { input: { url } }));
    return { result: result.submitReport, statements: statements.filter((s) => !/FROM "?sessions"?\s/.test(s) && !/UPDATE "?sessions"?/.test(s)) };
  }

  const auditOf = (caseId: string) =>
    stack.db.query(
      `SELECT a.action, a.object_type, a.actor_id, a.actor_role, a.after - 'caseId' AS after, a.request_id IS NOT NULL AS has_request
         FROM audit_events a
        WHERE (a.object_type = 'Case' AND a.object_id = $1::text)
           OR (a.object_type = 'Report' AND a.object_id IN (SELECT id::text FROM reports WHERE case_id = $1::uuid))
        ORDER BY a.id`,
      [caseId],
    );

  it('writes a new post in one statement, the same rows as the general path', async () => {
    await submit('https://x.com/i/web/status/1888000000000000001'); // warm the session touch
    const fast = await submit('https://x.com/i/web/status/1888000000000000002');
    expect(fast.statements).toHaveLength(1);
    expect(fast.statements[0]).toMatch(/^WITH c AS \(\s*INSERT INTO cases/);
    expect(fast.result).toMatchObject({ duplicate: false, case: { status: 'RECEIVED', postId: '1888000000000000002' } });

    // A URL naming the account looks the handle up first: the general transaction.
    const general = await submit('https://twitter.com/some_user/status/1888000000000000003?s=20');
    expect(general.statements.length).toBeGreaterThan(1);
    expect(general.statements[0]).toBe('START TRANSACTION');

    const [a, b] = [await auditOf(fast.result.case.id), await auditOf(general.result.case.id)];
    const strip = (rows: Record<string, unknown>[]) => rows.map((r) => ({ ...r, after: { ...(r.after as object), postId: undefined } }));
    expect(a.map((r: { action: string }) => r.action)).toEqual(['case.OPEN', 'report.SUBMIT']);
    expect(strip(a)).toEqual(strip(b));
    expect(a[0]).toMatchObject({ actor_id: org.officerInCharge.id, actor_role: 'OFFICER_IN_CHARGE', has_request: true });
    expect(a[0].after).toEqual({ status: 'RECEIVED', postId: '1888000000000000002' });
    expect(a[1].after).toEqual({ source: 'OFFICER', duplicate: false });

    const [report] = await stack.db.query(`SELECT url, source, reported_by_id, unit_id FROM reports WHERE case_id = $1`, [fast.result.case.id]);
    expect(report).toEqual({
      url: 'https://x.com/i/web/status/1888000000000000002',
      source: 'OFFICER',
      reported_by_id: org.officerInCharge.id,
      unit_id: org.officerInCharge.unitId,
    });
  });

  it('keeps a second report of a known post on its case without a second case or case.OPEN', async () => {
    const first = await submit('https://x.com/i/web/status/1888000000000000010');
    const again = await submit('x.com/i/web/status/1888000000000000010/');
    expect(again.result).toMatchObject({ duplicate: true, case: { id: first.result.case.id } });
    const actions = (await auditOf(first.result.case.id)).map((r: { action: string }) => r.action);
    expect(actions).toEqual(['case.OPEN', 'report.SUBMIT', 'report.SUBMIT']);
    const [{ n }] = await stack.db.query(`SELECT count(*)::int AS n FROM cases WHERE post_id = '1888000000000000010'`);
    expect(n).toBe(1);
  });
});
