import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import type { BehaviourStep } from '../../src/x-sandbox/sandbox-state';
import {
  assertWorkerBuilt,
  CaseStatus,
  issueWarning,
  loadCase,
  repliesTo,
  sleep,
  spawnWorker,
  startReplyStack,
  type ReplyStack,
  type WorkerProcess,
} from './support';

/**
 * Fault test: the worker is SIGKILLed in the middle of posting, again and again, while warnings
 * keep coming. Three worker copies run (as in production, several); each kill hits exactly the process whose
 * POST /2/tweets is in flight at the sandbox, found by the request's client port. The sandbox
 * answers every post slowly — half of them after the post already exists on "X" — so kills land
 * between X accepting a reply and the database recording it. X's duplicate-text check is off:
 * only the job's own look-before-retry may prevent a second reply.
 *
 * Runs the built worker: `npm run build -w server` first when running this file alone.
 */
const WARNINGS = 50;
const KILLS = 20;
/** Warnings keep coming until the kills are done; this only bounds a run on a starved machine. */
const MAX_WARNINGS = 250;
/** Worker copies kept running; a killed one is replaced at once (starting one takes ~2–3 s here). */
const COPIES = 3;

/** The PID among `pids` that owns the TCP socket whose local port is `port` (Linux /proc). */
function pidOwningPort(port: number, pids: number[]): number | undefined {
  const hex = port.toString(16).toUpperCase().padStart(4, '0');
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = '';
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      if (fields[1]?.endsWith(`:${hex}`)) inodes.add(fields[9]!);
    }
  }
  for (const pid of pids) {
    let fds: string[] = [];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const target = readlinkSync(`/proc/${pid}/fd/${fd}`);
        const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
        if (inode && inodes.has(inode)) return pid;
      } catch {
        /* fd closed meanwhile */
      }
    }
  }
  return undefined;
}

describe('fault: the worker is SIGKILLed in the middle of posting', () => {
  let rs: ReplyStack;
  const workers = new Set<WorkerProcess>();

  beforeAll(async () => {
    assertWorkerBuilt();
    rs = await startReplyStack({ worker: false });
  });
  afterAll(async () => {
    for (const w of workers) w.proc.kill('SIGKILL');
    await Promise.all([...workers].map((w) => w.exited));
    await rs?.stack.close();
  });

  const spawnOne = () => {
    // A killed worker's jobs come back after ~1.5–4.5 s (lock expiry, then a stalled check).
    const w = spawnWorker(rs.stack, { JOB_LOCK_MS: '1500' });
    workers.add(w);
    void w.exited.then(() => workers.delete(w));
    return w;
  };

  it(`every one of ≥ ${WARNINGS} warnings ends with exactly one reply, through ≥ ${KILLS} kills mid-post`, async () => {
    const sandbox = rs.stack.sandbox.state;
    // Every post is slow: mostly accepted first and answered late, sometimes carried out late.
    const steps: BehaviourStep[] = [];
    for (let i = 0; i < 1000; i++) steps.push({ mode: 'slow', delayMs: 350 + Math.floor(Math.random() * 300), on: 'create', afterCommit: i % 3 !== 2 });
    sandbox.setBehaviour({ duplicateDetection: false, queue: steps });

    for (let i = 0; i < COPIES; i++) spawnOne();
    await Promise.all([...workers].map((w) => w.ready));

    let kills = 0;
    const warned: Array<{ caseId: string; postId: string }> = [];
    // Warnings keep coming until there were enough of them and enough kills.
    const issuing = (async () => {
      while ((warned.length < WARNINGS || kills < KILLS) && warned.length < MAX_WARNINGS) {
        const { caseId, post } = await issueWarning(rs);
        warned.push({ caseId, postId: post.id });
        await sleep(250);
      }
    })();
    issuing.catch(() => undefined); // awaited below; a failed warnCase fails the test there

    let since = Date.now();
    // ~45 s on an idle 2-core machine; each kill costs a worker cold start (~1.5 CPU-s), so allow for a busy one.
    const deadline = Date.now() + 240_000;
    while (kills < KILLS && Date.now() < deadline) {
      const inFlight = sandbox.requests.find(
        (r) => r.method === 'POST' && r.path === '/2/tweets' && r.status === undefined && r.clientPort !== undefined && Date.parse(r.at) >= since,
      );
      // Kill only while another copy is up, so the replies keep flowing between kills.
      if (!inFlight || [...workers].filter((w) => w.isReady()).length < 2) {
        await sleep(15);
        continue;
      }
      await sleep(Math.floor(Math.random() * 250));
      const pid = pidOwningPort(inFlight.clientPort!, [...workers].map((w) => w.proc.pid!));
      const victim = [...workers].find((w) => w.proc.pid === pid);
      const stillInFlight = sandbox.requests.some((r) => r.clientPort === inFlight.clientPort && r.at === inFlight.at && r.status === undefined);
      since = Date.now();
      if (!victim || !stillInFlight) continue;
      victim.proc.kill('SIGKILL');
      await victim.exited;
      kills += 1;
      while (workers.size < COPIES) spawnOne();
    }
    await issuing;
    expect(kills).toBeGreaterThanOrEqual(KILLS);
    expect(warned.length).toBeGreaterThanOrEqual(WARNINGS);

    // Let the survivors finish: stalled jobs come back after the lock expires and look before posting.
    const caseIds = warned.map((w) => w.caseId);
    const settled = Date.now() + 60_000;
    for (let pending = caseIds.length; pending > 0 && Date.now() < settled; ) {
      await sleep(250);
      const [row] = await rs.stack.db.query(`SELECT count(*)::int AS n FROM cases WHERE id = ANY($1::uuid[]) AND status <> 'WARNING_POSTED'`, [caseIds]);
      pending = row.n;
    }
    await sleep(500); // a stray second post would land now

    const outcome = await Promise.all(
      warned.map(async ({ caseId, postId }) => {
        const c = await loadCase(rs.stack.db, caseId);
        const onX = repliesTo(rs.stack, postId);
        return { caseId, status: c.status, replies: onX.length, recorded: c.replyPostId !== null && c.replyPostId === onX[0]?.id };
      }),
    );
    const problems = outcome.filter((o) => o.status !== CaseStatus.WARNING_POSTED || o.replies !== 1 || !o.recorded);
    expect({ problems, workerOutput: problems.length ? [...workers].flatMap((w) => w.output.slice(-10)) : [] }).toEqual({ problems: [], workerOutput: [] });
    expect(sandbox.replies).toHaveLength(warned.length);
    const [{ n: recovered }] = await rs.stack.db.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'case.RECORD_REPLY_POSTED' AND object_id = ANY($1::text[])
         AND object_id IN (SELECT id::text FROM cases WHERE reply_posted_at > reply_attempted_at + interval '1 second')`,
      [caseIds],
    );
    // eslint-disable-next-line no-console
    console.log(
      `worker-kill fault test: ${warned.length} warnings, ${kills} SIGKILLs of the worker whose POST was in flight, ` +
        `${recovered} replies recorded by a later run than the one that posted; ${sandbox.replies.length} replies on X, one per post`,
    );
  }, 330_000);
});
