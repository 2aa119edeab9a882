import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import {
  assertWorkerBuilt,
  CaseStatus,
  freePort,
  issueWarning,
  repliesTo,
  sleep,
  spawnWorker,
  startReplyStack,
  type ReplyStack,
  type WorkerProcess,
} from './support';

/**
 * Fault test: Redis stops (SIGKILL, no persistence: it comes back empty) while warnings are being
 * decided, and starts again. Every warning is still posted exactly once, and no GraphQL request
 * fails meanwhile (decisions go to the outbox in PostgreSQL, never to Redis directly).
 * A Redis of its own on a free port — never the shared one on 6379.
 */
const WARNINGS = 30;

function startRedis(port: number): ChildProcess {
  return spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
}

async function until(what: string, probe: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = net.connect({ host: '127.0.0.1', port });
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
  });

describe('fault: Redis goes away while warnings are being issued', () => {
  let port: number;
  let redis: ChildProcess;
  let rs: ReplyStack;
  let worker: WorkerProcess;

  beforeAll(async () => {
    assertWorkerBuilt();
    port = await freePort();
    redis = startRedis(port);
    await until('redis to accept connections', () => accepts(port));
    rs = await startReplyStack({ worker: false, env: { REDIS_URL: `redis://127.0.0.1:${port}`, OUTBOX_REDELIVER_AFTER_MS: '1500' } });
    worker = spawnWorker(rs.stack, { OUTBOX_REDELIVER_AFTER_MS: '1500' });
    await worker.ready;
  });
  afterAll(async () => {
    worker?.proc.kill('SIGTERM');
    await worker?.exited;
    await rs?.stack.close();
    redis?.kill('SIGKILL');
  });

  it(`posts each of ${WARNINGS} warnings exactly once after Redis returns, with no failed request`, async () => {
    const warned: Array<{ caseId: string; postId: string }> = [];
    let healthWhileDown: { status: number; ms: number } | null = null;
    for (let i = 0; i < WARNINGS; i++) {
      if (i === 10) {
        redis.kill('SIGKILL');
        await until('redis to be gone', async () => !(await accepts(port)));
      }
      if (i === 15) {
        const started = Date.now();
        const res = await fetch(`${rs.stack.api.url}/healthz/queue`);
        healthWhileDown = { status: res.status, ms: Date.now() - started };
      }
      if (i === 22) {
        redis = startRedis(port); // empty: every job it held is gone
        await until('redis to be back', () => accepts(port));
      }
      // issueWarning fails the test on any GraphQL error.
      const { caseId, post } = await issueWarning(rs);
      warned.push({ caseId, postId: post.id });
      await sleep(i >= 10 && i < 22 ? 300 : 100); // ~3.5 s without Redis
    }

    const deadline = Date.now() + 30_000;
    let posted = 0;
    while (Date.now() < deadline && posted < WARNINGS) {
      await sleep(200);
      const [row] = await rs.stack.db.query(`SELECT count(*)::int AS n FROM cases WHERE id = ANY($1::uuid[]) AND status = $2`, [
        warned.map((w) => w.caseId),
        CaseStatus.WARNING_POSTED,
      ]);
      posted = row.n;
    }
    await sleep(500);
    const perPost = warned.map(({ postId }) => repliesTo(rs.stack, postId).length);
    expect({ posted, perPost }).toEqual({ posted: WARNINGS, perPost: warned.map(() => 1) });
    expect(rs.stack.sandbox.state.replies).toHaveLength(WARNINGS);
    // The health check said so at once (the API's producer connection does not queue while Redis is down).
    expect(healthWhileDown!.status).toBe(503);
    expect(healthWhileDown!.ms).toBeLessThan(2_000);
    expect((await fetch(`${rs.stack.api.url}/healthz/queue`)).status).toBe(200);
    const [lost] = await rs.stack.db.query(`SELECT count(*)::int AS n FROM outbox_messages WHERE last_error LIKE 'job lost from Redis%'`);
    // eslint-disable-next-line no-console
    console.log(`redis outage fault test: ${WARNINGS} warnings, ${lost.n} jobs lost with Redis and re-sent from the outbox, ${rs.stack.sandbox.state.replies.length} replies on X`);
  }, 90_000);
});
