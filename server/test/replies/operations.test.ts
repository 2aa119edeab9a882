import { TEST_PASSWORD } from '../factories';
import { waitFor } from '../harness';
import {
  assertWorkerBuilt,
  CaseStatus,
  issueWarning,
  openQueue,
  repliesTo,
  spawnWorker,
  startReplyStack,
  waitForStatus,
  type ReplyStack,
} from './support';

/**
 * Running the worker: the queue health check, the chief's queue dashboard and a graceful SIGTERM.
 * The SIGTERM test runs the built worker (`npm run build -w server` first; `npm test` does it).
 */
describe('operations', () => {
  let rs: ReplyStack;
  beforeAll(async () => {
    rs = await startReplyStack({ worker: false });
  });
  afterAll(() => rs?.stack.close());

  const get = (path: string, cookie?: string | null) => fetch(`${rs.stack.api.url}${path}`, { headers: cookie ? { cookie } : {} });

  it('GET /healthz/queue: 503 when no worker answers a ping in time, 200 with the round trip once one runs', async () => {
    const started = Date.now();
    const down = await get('/healthz/queue');
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ status: 'unavailable', reason: 'no worker answered within 2000 ms' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
    const q = openQueue(rs.stack, 'health');
    try {
      expect(await q.queue.getJobCounts('waiting')).toEqual({ waiting: 0 }); // the unanswered ping was removed
    } finally {
      await q.close();
    }

    await rs.stack.startWorker();
    try {
      const up = await get('/healthz/queue');
      expect(up.status).toBe(200);
      expect(await up.json()).toEqual({ status: 'ok', roundTripMs: expect.any(Number), answeredBy: expect.stringMatching(/:\d+$/) });
    } finally {
      await rs.stack.worker!.stop();
      rs.stack.worker = null;
    }
  });

  it('bull-board at /admin/queues: 401 without a session, 403 for every role but the chief, read-only for the chief', async () => {
    expect((await get('/admin/queues')).status).toBe(401);
    expect((await get('/admin/queues/api/queues')).status).toBe(401);
    for (const user of [rs.org.officer, rs.org.volunteer, rs.org.officerInCharge]) {
      const client = await rs.stack.client().login(user.username, TEST_PASSWORD);
      expect({ role: user.role, status: (await get('/admin/queues', client.sessionCookie)).status }).toEqual({ role: user.role, status: 403 });
    }
    const chief = await rs.stack.client().login(rs.org.chief.username, TEST_PASSWORD);
    const page = await get('/admin/queues', chief.sessionCookie);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Patrol Desk queues');
    const api = await get('/admin/queues/api/queues', chief.sessionCookie);
    expect(api.status).toBe(200);
    const queues = ((await api.json()) as { queues: { name: string; readOnlyMode: boolean }[] }).queues;
    expect(queues.map((q) => q.name)).toEqual(expect.arrayContaining(['replies', 'post-checks', 'health']));
    expect(queues.every((q) => q.readOnlyMode)).toBe(true);
    const pause = await fetch(`${rs.stack.api.url}/admin/queues/api/queues/replies/pause`, { method: 'PUT', headers: { cookie: chief.sessionCookie! } });
    expect(pause.status).toBe(405);
    // Not shadowed by the client's catch-all route, and not reachable after logout.
    await chief.ok(`mutation { logout }`);
    expect((await get('/admin/queues', chief.sessionCookie)).status).toBe(401);
  });

  it('SIGTERM: the worker finishes the reply it is posting, records it, and exits 0', async () => {
    assertWorkerBuilt();
    rs.stack.sandbox.state.setBehaviour({ mode: 'slow', delayMs: 800, on: 'create' });
    const worker = spawnWorker(rs.stack);
    try {
      const { caseId, post } = await issueWarning(rs);
      await waitFor('the post to be in flight at X', async () =>
        rs.stack.sandbox.state.requests.some((r) => r.method === 'POST' && r.status === undefined),
      );
      const signalled = Date.now();
      worker.proc.kill('SIGTERM');
      const exit = await worker.exited;
      expect({ exit, output: exit.code === 0 ? [] : worker.output }).toEqual({ exit: { code: 0, signal: null }, output: [] });
      expect(Date.now() - signalled).toBeLessThan(5_000);
      // Recorded before the process ended: no other worker ran.
      const c = await waitForStatus(rs.stack.db, caseId, CaseStatus.WARNING_POSTED, 100);
      expect(repliesTo(rs.stack, post.id)).toEqual([expect.objectContaining({ id: c.replyPostId })]);
      const q = openQueue(rs.stack, 'replies');
      try {
        const [{ id }] = await rs.stack.db.query(`SELECT id FROM outbox_messages WHERE queue = 'replies' AND payload->>'caseId' = $1`, [caseId]);
        expect(await q.queue.getJobState(id)).toBe('completed');
      } finally {
        await q.close();
      }
    } finally {
      if (worker.proc.exitCode === null) worker.proc.kill('SIGKILL');
    }
  });
});
