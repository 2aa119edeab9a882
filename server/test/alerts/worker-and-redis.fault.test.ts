import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { buildOrganisation, TEST_PASSWORD } from '../factories';
import { startTestStack, waitFor, type GraphQLTestClient, type TestStack } from '../harness';
import { freePort, spawnWorker, type WorkerProcess } from '../replies/support';
import { alertEnv, assertServerBuilt, raiseThroughApi, sleep, startMailServer, type MailBox } from './support';

/**
 * Fault test: alerts are raised while the worker is SIGKILLed and replaced, and while Redis is
 * SIGKILLed and started again empty (no persistence: every queued and delayed job is gone). The
 * outbox re-sends what Redis lost, the deliveries' UNIQUE key stops a re-run from sending twice:
 * every alert reaches its recipient exactly once in the app and by e-mail, and an urgent alert's
 * ladder carries on across both faults with one message per step and address.
 * A Redis of its own on a free port (the technique of server/test/replies/redis-outage.fault.test.ts),
 * never the shared one. Runs the built worker: `npm run build -w server` first when running alone.
 */
const PER_PHASE = 6;
const REPEAT_MS = 1500;

function startRedis(port: number): ChildProcess {
  return spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
}

const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = net.connect({ host: '127.0.0.1', port });
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
  });

describe('fault: alerts survive a worker kill and a Redis outage', () => {
  let port: number;
  let redis: ChildProcess;
  let stack: TestStack;
  let mail: MailBox;
  let worker: WorkerProcess | null = null;
  let env: Record<string, string>;

  beforeAll(async () => {
    assertServerBuilt();
    port = await freePort();
    redis = startRedis(port);
    await waitFor('redis to accept connections', () => accepts(port));
    mail = await startMailServer();
    env = alertEnv(mail.url, REPEAT_MS, { OUTBOX_REDELIVER_AFTER_MS: '1500', JOB_LOCK_MS: '3000', REDIS_URL: `redis://127.0.0.1:${port}` });
    stack = await startTestStack({ worker: false, env });
  }, 60_000);
  afterAll(async () => {
    worker?.proc.kill('SIGTERM');
    await worker?.exited;
    await stack?.close();
    await mail?.close();
    redis?.kill('SIGKILL');
  });

  const startWorker = async () => {
    worker = spawnWorker(stack, env);
    await worker.ready;
  };

  it('delivers every alert exactly once, and the urgent ladder goes on', async () => {
    const org = await buildOrganisation(stack.db);
    await stack.db.query(`UPDATE users SET email = $2 WHERE id = $1`, [org.officerInCharge.id, 'oic@patrol-desk.test']);
    await stack.db.query(`UPDATE users SET email = $2 WHERE id = $1`, [org.chief.id, 'chief@patrol-desk.test']);
    const oic: GraphQLTestClient = await stack.client().login(org.officerInCharge.username, TEST_PASSWORD);
    const officer: GraphQLTestClient = await stack.client().login(org.officer.username, TEST_PASSWORD);
    const normal: string[] = [];
    const raiseSome = async () => {
      for (let i = 0; i < PER_PHASE; i++) {
        normal.push((await raiseThroughApi(stack.db, oic, 'EMERGENCY_DISCLOSURE', 'NORMAL')).alertId);
        await sleep(50);
      }
    };

    await startWorker();
    const urgent = (await raiseThroughApi(stack.db, officer, 'SUICIDE_NOTICE')).alertId;
    await raiseSome();
    // 1. The worker dies mid-flow (SIGKILL): jobs in hand stall; nothing runs until a new copy comes.
    worker!.proc.kill('SIGKILL');
    await worker!.exited;
    await raiseSome();
    await startWorker();
    await raiseSome();
    // 2. Redis dies and comes back empty: queued and delayed jobs (the ladder's next step) are gone.
    redis.kill('SIGKILL');
    await waitFor('redis to be gone', async () => !(await accepts(port)));
    await raiseSome(); // raising never touches Redis: no request fails
    await sleep(1500);
    redis = startRedis(port);
    await waitFor('redis to be back', () => accepts(port));
    await raiseSome();

    // Every normal alert: one in-app notice and one e-mail to the officer in charge, never two.
    await waitFor(
      'every normal alert delivered',
      async () => {
        const [r] = await stack.db.query(
          `SELECT count(*)::int AS n FROM alert_deliveries WHERE alert_id = ANY($1::uuid[]) AND status = 'SENT'`,
          [normal],
        );
        return r.n === normal.length * 2;
      },
      60_000,
    );
    // The urgent ladder went past both faults (step 0 was raised before the first).
    await waitFor(
      'the urgent alert to reach step 4',
      async () => (await stack.db.query(`SELECT 1 FROM alert_deliveries WHERE alert_id = $1 AND step >= 4`, [urgent])).length > 0,
      60_000,
    );
    await oic.ok(`mutation($id: ID!) { acknowledgeAlert(id: $id) { id } }`, { id: urgent });
    await sleep(2 * REPEAT_MS);

    const rows: Array<{ alert_id: string; step: number; channel: string; recipient: string; status: string }> = await stack.db.query(
      `SELECT alert_id, step, channel, recipient, status FROM alert_deliveries WHERE alert_id = ANY($1::uuid[])`,
      [[...normal, urgent]],
    );
    for (const id of normal) {
      expect(rows.filter((r) => r.alert_id === id).map((r) => `${r.channel}:${r.step}:${r.status}`).sort()).toEqual(['EMAIL:0:SENT', 'IN_APP:0:SENT']);
      const mails = mail.messages.filter((m) => m.messageId.includes(`alert-${id}-`));
      expect(mails.map((m) => m.to.join(','))).toEqual(['oic@patrol-desk.test']);
    }
    const notices: Array<{ alert_id: string; n: number }> = await stack.db.query(
      `SELECT alert_id, count(*)::int AS n FROM notifications WHERE alert_id = ANY($1::uuid[]) GROUP BY alert_id`,
      [normal],
    );
    expect(notices.map((n) => n.n)).toEqual(normal.map(() => 1));

    // The urgent alert: contiguous steps, each with one in-app notice and one e-mail per recipient.
    const urgentRows = rows.filter((r) => r.alert_id === urgent);
    const steps = [...new Set(urgentRows.map((r) => r.step))].sort((a, b) => a - b);
    expect(steps).toEqual(steps.map((_s, i) => i));
    for (const step of steps) {
      const mails = mail.messages.filter((m) => m.messageId.includes(`alert-${urgent}-step-${step}-`)).map((m) => m.to.join(',')).sort();
      expect(mails).toEqual(['chief@patrol-desk.test', 'oic@patrol-desk.test']);
    }
    const [lost] = await stack.db.query(`SELECT count(*)::int AS n FROM outbox_messages WHERE queue = 'alerts' AND last_error LIKE 'job lost from Redis%'`);
    // eslint-disable-next-line no-console
    console.log(`alert fault test: ${normal.length} normal alerts + 1 urgent (${steps.length} steps); ${lost.n} alert jobs lost with Redis and re-sent from the outbox; ${mail.messages.length} e-mails, none twice`);
  }, 150_000);
});
