import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { createRedis } from '../../src/core/queue/redis';
import { CaseStatus } from '../../src/modules/cases/case-enums';
import { Case } from '../../src/modules/cases/case.entity';
import type { User } from '../../src/modules/users/user.entity';
import type { SandboxPost } from '../../src/x-sandbox/sandbox-state';
import { buildOrganisation, TEST_PASSWORD } from '../factories';
import { startTestStack, waitFor, type GraphQLTestClient, type TestStack } from '../harness';

/**
 * Timings for tests: an X call times out after 1.5 s, so nobody posts a reply again sooner than
 * 2.5 s after an attempt whose outcome is unknown (unless it is found first); re-checks are an hour
 * away unless a test shortens them. The job lock stays long enough that a busy machine does not
 * make jobs stall (the kill test shortens it: KILL_TEST_LOCK_MS).
 */
export const REPLY_TEST_ENV: Record<string, string> = {
  X_REQUEST_TIMEOUT_MS: '1500',
  REPLY_LOOKUP_GRACE_MS: '0',
  JOB_LOCK_MS: '10000',
  OUTBOX_REDELIVER_AFTER_MS: '60000',
  RECHECK_AFTER_1D_MS: '3600000',
  RECHECK_AFTER_7D_MS: '7200000',
  HEALTH_QUEUE_TIMEOUT_MS: '2000',
};

export type Organisation = Awaited<ReturnType<typeof buildOrganisation>>;

export interface ReplyStack {
  stack: TestStack;
  org: Organisation;
  /** Logged in as the officer in charge. */
  oic: GraphQLTestClient;
}

export async function startReplyStack(opts: { worker?: boolean; env?: Record<string, string> } = {}): Promise<ReplyStack> {
  const stack = await startTestStack({ worker: opts.worker ?? true, env: { ...REPLY_TEST_ENV, ...opts.env } });
  const org = await buildOrganisation(stack.db);
  const oic = await stack.client().login(org.officerInCharge.username, TEST_PASSWORD);
  return { stack, org, oic };
}

let postSeq = 0;

/** A post on the sandbox that qualifies for an alert (a child looking for a place to stay). */
export function addQualifyingPost(stack: TestStack, overrides: { protected?: boolean; username?: string } = {}): SandboxPost {
  postSeq += 1;
  return stack.sandbox.state.addPost({
    text: `家出中の高1です。今夜泊めてくれる人いませんか 熊本駅 #${postSeq}`,
    authorUsername: overrides.username ?? `iede_${process.pid % 10000}_${postSeq}`,
    ...(overrides.protected !== undefined ? { protected: overrides.protected } : {}),
  });
}

/** A case in SCREENING claimed by `by` (test data: intake and claiming are the cases module's own tests). */
export async function screeningCase(db: DataSource, postId: string, by: User): Promise<{ id: string; version: number }> {
  const rows: { id: string; version: number }[] = await db.query(
    `INSERT INTO cases (post_id, post_url, status, first_reported_at, claimed_by_id, claimed_at)
     VALUES ($1, $2, 'SCREENING', now(), $3, now()) RETURNING id, version`,
    [postId, `https://x.com/i/web/status/${postId}`, by.id],
  );
  return rows[0]!;
}

const WARN = `mutation($input: ScreeningInput!) { warnCase(input: $input) { id status version replyText replyChannel } }`;

/** 警告 through the API: a clear case, poster is a child (C2, Kumamoto). */
export async function warn(client: GraphQLTestClient, caseId: string, version: number) {
  const res = await client.request(WARN, {
    input: {
      caseId,
      expectedVersion: version,
      region: 'KUMAMOTO',
      childIndication: 'POSTER_IS_CHILD',
      indicationSource: 'CONTENT',
      categories: ['C2_LODGING'],
    },
  });
  return res;
}

/** A post, its case, and the warning decided through GraphQL. */
export async function issueWarning(rs: ReplyStack, post = addQualifyingPost(rs.stack)) {
  const c = await screeningCase(rs.stack.db, post.id, rs.org.officerInCharge);
  const warnedAt = Date.now();
  const res = await warn(rs.oic, c.id, c.version);
  if (res.errors?.length) throw new Error(`warnCase failed: ${JSON.stringify(res.errors)}`);
  return { caseId: c.id, post, warnedAt, warned: res.data.warnCase };
}

export async function loadCase(db: DataSource, caseId: string): Promise<Case> {
  return (await db.getRepository(Case).findOneBy({ id: caseId }))!;
}

export function waitForCase(db: DataSource, caseId: string, until: (c: Case) => boolean, what: string, timeoutMs = 15_000): Promise<Case> {
  return waitFor(
    what,
    async () => {
      const c = await loadCase(db, caseId);
      return until(c) ? c : null;
    },
    timeoutMs,
  );
}

export const waitForStatus = (db: DataSource, caseId: string, status: CaseStatus, timeoutMs?: number) =>
  waitForCase(db, caseId, (c) => c.status === status, `case ${caseId} to be ${status}`, timeoutMs);

/** Replies of the official account to a post, as the sandbox (X) has them. */
export const repliesTo = (stack: TestStack, postId: string) => stack.sandbox.state.replies.filter((r) => r.inReplyToPostId === postId && !r.deleted);

export async function auditActions(db: DataSource, caseId: string): Promise<Array<{ action: string; actorRole: string | null }>> {
  return db.query(`SELECT action, actor_role AS "actorRole" FROM audit_events WHERE object_type = 'Case' AND object_id = $1 ORDER BY id`, [caseId]);
}

/** A BullMQ queue of the stack, for looking at jobs (close it after). */
export function openQueue(stack: TestStack, name: string): { queue: Queue; close(): Promise<void> } {
  const redis = createRedis(stack.config.redisUrl, 'worker');
  const queue = new Queue(name, { connection: redis, prefix: stack.config.QUEUE_PREFIX });
  return {
    queue,
    close: async () => {
      await queue.close();
      redis.disconnect();
    },
  };
}

// ---- the worker as a child process (the fault tests) ------------------------------------------

export const WORKER_JS = path.resolve(__dirname, '../../dist/server/src/worker.js');

export function assertWorkerBuilt(): void {
  if (!existsSync(WORKER_JS)) {
    throw new Error(`${WORKER_JS} is missing: run \`npm run build -w server\` first (npm test builds before jest).`);
  }
}

export interface WorkerProcess {
  proc: ChildProcess;
  /** Resolves once the worker logged "worker started" (relay and BullMQ workers running). */
  ready: Promise<void>;
  isReady(): boolean;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** The last lines the worker logged (for failure messages). */
  output: string[];
}

/** `node server/dist/server/src/worker.js` with the stack's environment. */
export function spawnWorker(stack: TestStack, env: Record<string, string> = {}): WorkerProcess {
  const c = stack.config;
  const proc = spawn(process.execPath, [WORKER_JS], {
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'test',
      DATABASE_URL: c.databaseUrl,
      REDIS_URL: c.redisUrl,
      QUEUE_PREFIX: c.QUEUE_PREFIX,
      X_API_BASE_URL: c.X_API_BASE_URL,
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'info', // "worker started" tells when it is ready
      ...REPLY_TEST_ENV,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  let started = false;
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const keep = (chunk: Buffer) => {
    const lines = chunk.toString().split('\n').filter(Boolean);
    if (!started && lines.some((l) => l.includes('"msg":"worker started"'))) {
      started = true;
      markReady();
    }
    output.push(...lines);
    if (output.length > 200) output.splice(0, output.length - 200);
  };
  proc.stdout!.on('data', keep);
  proc.stderr!.on('data', keep);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    proc.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { proc, exited, output, ready, isReady: () => started && proc.exitCode === null && proc.signalCode === null };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export { CaseStatus };
