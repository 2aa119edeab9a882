import {
  assertWorkerBuilt,
  CaseStatus,
  issueWarning,
  median,
  percentile,
  repliesTo,
  sleep,
  spawnWorker,
  startReplyStack,
  type ReplyStack,
  type WorkerProcess,
} from './support';

/**
 * The key figure of DESIGN §3 ("promptly"), measured end to end: from sending the warnCase
 * mutation to the reply existing on X (the sandbox), over 50 warnings, with the API and the worker
 * as separate processes as deployed (outbox → LISTEN/NOTIFY → relay → BullMQ → worker → X).
 * Prints the median; fails if it is not well under a second.
 */
const WARNINGS = 50;

describe('warn → reply latency', () => {
  let rs: ReplyStack;
  let worker: WorkerProcess;
  beforeAll(async () => {
    assertWorkerBuilt();
    rs = await startReplyStack({ worker: false });
    worker = spawnWorker(rs.stack);
    await worker.ready;
  });
  afterAll(async () => {
    worker?.proc.kill('SIGTERM');
    await worker?.exited;
    await rs?.stack.close();
  });

  it(`median over ${WARNINGS} warnings`, async () => {
    const issued: Array<{ caseId: string; postId: string; warnedAt: number }> = [];
    for (let i = 0; i < WARNINGS; i++) {
      const { caseId, post, warnedAt } = await issueWarning(rs);
      issued.push({ caseId, postId: post.id, warnedAt });
      await sleep(100); // an officer's pace would be far slower; this keeps a few in flight at once
    }
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      const [row] = await rs.stack.db.query(`SELECT count(*)::int AS n FROM cases WHERE id = ANY($1::uuid[]) AND status = $2`, [
        issued.map((i) => i.caseId),
        CaseStatus.WARNING_POSTED,
      ]);
      if (row.n === WARNINGS) break;
      await sleep(50);
    }
    const latencies = issued.map(({ postId, warnedAt }) => {
      const replies = repliesTo(rs.stack, postId);
      expect(replies).toHaveLength(1);
      return rs.stack.sandbox.state.postedAt(replies[0]!.id)! - warnedAt;
    });
    const figures = { median: median(latencies), p90: percentile(latencies, 90), max: Math.max(...latencies), min: Math.min(...latencies) };
    // eslint-disable-next-line no-console
    console.log(
      `warn → reply on X over ${WARNINGS} warnings: median ${figures.median.toFixed(0)} ms, p90 ${figures.p90} ms, min ${figures.min} ms, max ${figures.max} ms`,
    );
    expect(figures.median).toBeLessThan(1000);
  }, 60_000);
});
