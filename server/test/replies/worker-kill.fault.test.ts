import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import type { BehaviourStep } from '../../src/x-sandbox/sandbox-state';
import {
  addQualifyingPost,
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
    const w = spawnWorker(rs.stack);
    workers.add(w);
    void w.exited.then(() => workers.delete(w));
    return w;
  };

  it(`every one of ${WARNINGS} warnings ends with exactly one reply, through ≥ ${KILLS} kills`, async () => {
    const sandbox = rs.stack.sandbox.state;
    // Every post is slow: mostly accepted first and answered late, sometimes carried out late.
    const steps: BehaviourStep[] = [];
    for (let i = 0; i < 400; i++) steps.push({ mode: 'slow', delayMs: 350 + Math.floor(Math.random() * 300), on: 'create', afterCommit: i % 3 !== 2 });
    sandbox.setBehaviour({ duplicateDetection: false, queue: steps });

    for (let i = 0; i < COPIES; i++) spawnOne();
    const posts = Array.from({ length: WARNINGS }, () => addQualifyingPost(rs.stack));
    const caseIds: string[] = [];
    const issuing = (async () => {
      for (const post of posts) {
        caseIds.push((await issueWarning(rs, post)).caseId);
        await sleep(600);
      }
    })();

    const misses: string[] = [];
    const killTimes: string[] = [];
    let kills = 0;
    let since = Date.now();
    const deadline = Date.now() + 60_000;
    while (kills < KILLS && Date.now() < deadline) {
      const inFlight = sandbox.requests.find(
        (r) => r.method === 'POST' && r.path === '/2/tweets' && r.status === undefined && r.clientPort !== undefined && Date.parse(r.at) >= since,
      );
      if (!inFlight) {
        await sleep(15);
        continue;
      }
      await sleep(Math.floor(Math.random() * 250));
      const pid = pidOwningPort(inFlight.clientPort!, [...workers].map((w) => w.proc.pid!));
      const victim = [...workers].find((w) => w.proc.pid === pid);
      const stillInFlight = sandbox.requests.some((r) => r.clientPort === inFlight.clientPort && r.at === inFlight.at && r.status === undefined);
      if (!victim || !stillInFlight) {
        misses.push(!victim ? `no owner pid=${pid} port=${inFlight.clientPort} workers=${[...workers].map((w) => w.proc.pid)}` : 'finished');
        since = Date.now();
        continue;
      }
      victim.proc.kill('SIGKILL');
      await victim.exited;
      kills += 1;
      killTimes.push(new Date().toISOString().slice(14, 23));
      since = Date.now();
      while (workers.size < COPIES) spawnOne();
    }
    await issuing;
    const posts0 = sandbox.requests.filter((r) => r.method === 'POST');
    console.log(kills, misses.length, posts0.length, JSON.stringify(posts0.map((r) => [r.at.slice(14, 23), r.status ?? '-'])), JSON.stringify(killTimes));
    expect(kills).toBeGreaterThanOrEqual(KILLS);
    expect(caseIds).toHaveLength(WARNINGS);

    // Let the survivors finish: stalled jobs come back after the lock expires and look before posting.
    const settled = Date.now() + 60_000;
    let pending = caseIds;
    while (pending.length > 0 && Date.now() < settled) {
      await sleep(250);
      const rows: { id: string; status: string }[] = await rs.stack.db.query(`SELECT id, status FROM cases WHERE id = ANY($1::uuid[])`, [caseIds]);
      pending = rows.filter((r) => r.status !== CaseStatus.WARNING_POSTED).map((r) => r.id);
    }
    await sleep(500); // a stray second post would land now

    const outcome = await Promise.all(
      posts.map(async (post, i) => {
        const c = await loadCase(rs.stack.db, caseIds[i]!);
        const onX = repliesTo(rs.stack, post.id);
        return { status: c.status, replies: onX.length, recorded: c.replyPostId !== null && c.replyPostId === onX[0]?.id };
      }),
    );
    const problems = outcome.filter((o) => o.status !== CaseStatus.WARNING_POSTED || o.replies !== 1 || !o.recorded);
    expect({ problems, workerOutput: problems.length ? [...workers].flatMap((w) => w.output.slice(-10)) : [] }).toEqual({ problems: [], workerOutput: [] });
    expect(sandbox.replies).toHaveLength(WARNINGS);
    const recovered: { n: string }[] = await rs.stack.db.query(
      `SELECT count(*) AS n FROM cases WHERE id = ANY($1::uuid[]) AND reply_posted_at > reply_attempted_at + interval '1 second'`,
      [caseIds],
    );
    // eslint-disable-next-line no-console
    console.log(`worker-kill fault test: ${WARNINGS} warnings, ${kills} SIGKILLs mid-post, ${recovered[0]!.n} replies recorded by a later run; ${sandbox.replies.length} replies on X`);
  }, 180_000);
});
