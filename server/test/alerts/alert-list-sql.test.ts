import { buildOrganisation, TEST_PASSWORD } from '../factories';
import { startTestStack, type GraphQLTestClient, type TestStack } from '../harness';
import { SqlRecorder } from '../sql-recorder';
import { raiseDirectly } from './support';

/**
 * The alert list (the dashboards' banner and unread list) sends the same few SQL statements for 1
 * or 12 alerts: each alert's escalation, and that escalation's steps and owner, go through
 * per-request DataLoaders. Counted at the pg driver around one request (no worker: deliveries are
 * written here as the worker writes them).
 */
const MY_ALERTS = `query { myAlerts(unacknowledgedOnly: false, limit: 50) {
  id reason urgent raisedBy { id } escalation { id number status owner { id } steps { position doneAt } openStepCount timeline { type } }
} }`;

describe('myAlerts: SQL statements per request (no N+1)', () => {
  let stack: TestStack;
  let org: Awaited<ReturnType<typeof buildOrganisation>>;
  let oic: GraphQLTestClient;
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

  /** Alerts sent in the app to the officer in charge, each about its own escalation. */
  async function alertsFor(n: number): Promise<void> {
    for (let i = 0; i < n; i++) {
      const { alertId } = await raiseDirectly(stack.db, org.officer, 'SUICIDE_NOTICE');
      await stack.db.query(
        `INSERT INTO alert_deliveries (alert_id, step, channel, recipient_id, recipient, status, attempts, sent_at)
         VALUES ($1, 0, 'IN_APP', $2::uuid, $2::text, 'SENT', 1, now())`,
        [alertId, org.officerInCharge.id],
      );
    }
  }

  async function count(): Promise<{ sql: string[]; alerts: number }> {
    await oic.ok(MY_ALERTS);
    const { result: data, statements } = await sql.record(() => oic.ok<{ myAlerts: Array<{ escalation: { id: string } | null }> }>(MY_ALERTS));
    expect(data.myAlerts.every((a) => a.escalation !== null)).toBe(true);
    return { sql: statements, alerts: data.myAlerts.length };
  }

  it('loads the escalations of 1 or 12 alerts with the same number of statements', async () => {
    await alertsFor(1);
    const small = await count();
    await alertsFor(11);
    const large = await count();
    expect(small.alerts).toBe(1);
    expect(large.alerts).toBe(12);
    expect(large.sql.length).toBe(small.sql.length);
  });
});
