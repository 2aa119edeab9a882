import type { Job } from 'bullmq';
import pino from 'pino';
import { xClientFor } from '../../src/core/x/x-client-from-config';
import { postReply } from '../../src/modules/replies/jobs/post-reply.job';
import { replySettings } from '../../src/modules/replies/reply-settings';
import { Notification } from '../../src/modules/notifications/notification.entity';
import { Role } from '../../src/modules/users/role';
import { User } from '../../src/modules/users/user.entity';
import { buildUser } from '../factories';
import {
  addQualifyingPost,
  auditActions,
  CaseStatus,
  issueWarning,
  openQueue,
  repliesTo,
  sleep,
  startReplyStack,
  waitForCase,
  waitForStatus,
  type ReplyStack,
} from './support';
import { waitFor } from '../harness';

/**
 * The API path against the X sandbox, one scripted X behaviour at a time: the worker runs
 * in-process, everything else over real HTTP, PostgreSQL and Redis.
 */
describe('posting a reply through the X API', () => {
  let rs: ReplyStack;
  let replies: ReturnType<typeof openQueue>;

  beforeAll(async () => {
    rs = await startReplyStack();
    // Notified or not: an inactive officer in charge, and an officer (not a reply role).
    await buildUser(rs.stack.db, { role: Role.OFFICER_IN_CHARGE, unit: rs.org.division, active: false });
    replies = openQueue(rs.stack, 'replies');
  });
  afterAll(async () => {
    await replies?.close();
    await rs?.stack.close();
  });
  beforeEach(() => rs.stack.sandbox.state.reset());

  /** The post-reply job of a case (the outbox row ID is the job ID). */
  async function replyJob(caseId: string): Promise<Job> {
    const rows: { id: string }[] = await rs.stack.db.query(
      `SELECT id FROM outbox_messages WHERE queue = 'replies' AND payload->>'caseId' = $1 ORDER BY created_at LIMIT 1`,
      [caseId],
    );
    return waitFor('the reply job', async () => {
      const job = rows[0] ? await replies.queue.getJob(rows[0].id) : undefined;
      return job && (await job.isCompleted()) ? job : null;
    });
  }
  const outcomeOf = async (job: Job) => (await replies.queue.getJobLogs(job.id!)).logs;
  const createRequests = () => rs.stack.sandbox.state.requests.filter((r) => r.method === 'POST' && r.path === '/2/tweets');
  const notificationsFor = (caseId: string) =>
    rs.stack.db.getRepository(Notification).find({ where: { caseId }, order: { recipientId: 'ASC' } });
  async function replyRoleRecipients(): Promise<string[]> {
    const users = await rs.stack.db.getRepository(User).find({ where: { active: true } });
    return users.filter((u) => u.role === Role.OFFICER_IN_CHARGE || u.role === Role.CHIEF).map((u) => u.id).sort();
  }

  it('posts once, records the reply, and schedules the 1- and 7-day re-checks through the outbox', async () => {
    const { caseId, post, warned } = await issueWarning(rs);
    expect(warned).toMatchObject({ status: 'WARNING_QUEUED', replyChannel: 'API' });
    const posted = await waitForStatus(rs.stack.db, caseId, CaseStatus.WARNING_POSTED);
    const onX = repliesTo(rs.stack, post.id);
    expect(onX).toEqual([expect.objectContaining({ id: posted.replyPostId, text: warned.replyText, via: 'api' })]);
    expect(await outcomeOf(await replyJob(caseId))).toEqual(['outcome: POSTED']);
    expect((await auditActions(rs.stack.db, caseId)).map((a) => a.action)).toEqual(['case.WARN', 'case.RECORD_REPLY_POSTED']);

    const checks: { after: string; due_in_s: number; outcome: string | null }[] = await rs.stack.db.query(
      `SELECT after, extract(epoch FROM due_at - now())::int AS due_in_s, outcome FROM post_checks WHERE case_id = $1 ORDER BY after`,
      [caseId],
    );
    expect(checks).toEqual([
      { after: '1d', due_in_s: expect.any(Number), outcome: null },
      { after: '7d', due_in_s: expect.any(Number), outcome: null },
    ]);
    expect(checks[0]!.due_in_s).toBeGreaterThan(3500); // RECHECK_AFTER_1D_MS = 1 h in these tests
    expect(checks[1]!.due_in_s).toBeGreaterThan(7100);
    const outbox: { job_id: string; delayed: boolean }[] = await rs.stack.db.query(
      `SELECT job_id, run_at > now() AS delayed FROM outbox_messages WHERE queue = 'post-checks' AND payload->>'caseId' = $1 ORDER BY job_id`,
      [caseId],
    );
    expect(outbox).toEqual([
      { job_id: `recheck-${caseId}-1d`, delayed: true },
      { job_id: `recheck-${caseId}-7d`, delayed: true },
    ]);
    expect(await notificationsFor(caseId)).toEqual([]);
  });

  it('429: waits until x-rate-limit-reset, holds the whole queue meanwhile, then posts once — not a failed attempt', async () => {
    rs.stack.sandbox.state.setBehaviour({ mode: 'rate_limit', resetInSeconds: 2, on: 'create' });
    const first = await issueWarning(rs);
    const limited = await waitFor('the 429', async () => createRequests().find((r) => r.status === 429));
    const resetAtMs = Math.floor(Date.parse(limited.at) / 1000) * 1000 + 2000;
    const second = await issueWarning(rs); // decided during the wait: must wait too

    const a = await waitForStatus(rs.stack.db, first.caseId, CaseStatus.WARNING_POSTED);
    const b = await waitForStatus(rs.stack.db, second.caseId, CaseStatus.WARNING_POSTED);
    expect(repliesTo(rs.stack, first.post.id)).toEqual([expect.objectContaining({ id: a.replyPostId })]);
    expect(repliesTo(rs.stack, second.post.id)).toEqual([expect.objectContaining({ id: b.replyPostId })]);
    const after429 = createRequests().filter((r) => r.status !== 429);
    expect(after429).toHaveLength(2);
    for (const r of after429) expect(Date.parse(r.at)).toBeGreaterThanOrEqual(resetAtMs);

    const job = await replyJob(first.caseId);
    expect(job.attemptsMade).toBe(1); // the completing run only: the 429 did not count
    expect(job.attemptsStarted).toBeGreaterThanOrEqual(2);
    expect(job.stacktrace ?? []).toEqual([]);
    expect(a.failureReason).toBeNull();
  });

  it('5xx: retried with backoff, then posted once', async () => {
    rs.stack.sandbox.state.setBehaviour({ mode: 'server_error', status: 503, on: 'create' });
    const { caseId, post } = await issueWarning(rs);
    const posted = await waitForStatus(rs.stack.db, caseId, CaseStatus.WARNING_POSTED);
    expect(repliesTo(rs.stack, post.id)).toEqual([expect.objectContaining({ id: posted.replyPostId })]);
    expect(createRequests().map((r) => r.status)).toEqual([503, 201]);
    // The order that matters: the failed post, then a look for a reply it might have made, then the retry.
    const sequence = rs.stack.sandbox.state.requests
      .map((r) => (r.method === 'POST' ? `POST ${r.status}` : r.path.startsWith(`/2/users/${rs.stack.config.X_OFFICIAL_USER_ID}/tweets`) ? 'LOOK' : null))
      .filter(Boolean);
    expect(sequence[0]).toBe('POST 503');
    expect(sequence.at(-1)).toBe('POST 201');
    expect(sequence.slice(1, -1)).toContain('LOOK');
    expect(await outcomeOf(await replyJob(caseId))).toEqual(['outcome: POSTED']);
  });

  it.each([
    ['a 503', { mode: 'server_error' as const, status: 503, afterCommit: true }, 0],
    ['a dropped connection', { mode: 'drop' as const, afterCommit: true }, 0],
    ['a timeout', { mode: 'slow' as const, delayMs: 2_000, afterCommit: true }, 0],
    ['a 503, with the timeline lagging 2 s behind', { mode: 'server_error' as const, status: 503, afterCommit: true }, 2_000],
  ])('%s after X accepted the post: the retry looks first, records that reply and posts nothing more', async (_name, step, lagMs) => {
    // Without X's duplicate check, only our own look-before-retry stands between a retry and a second reply.
    rs.stack.sandbox.state.setBehaviour({ duplicateDetection: false, timelineLagMs: lagMs, queue: [step] });
    const { caseId, post } = await issueWarning(rs);
    const recorded = await waitForStatus(rs.stack.db, caseId, CaseStatus.WARNING_POSTED);
    await sleep(300); // a stray second post would land now
    const onX = repliesTo(rs.stack, post.id);
    expect(onX).toHaveLength(1);
    expect(recorded.replyPostId).toBe(onX[0]!.id);
    expect(createRequests()).toHaveLength(1);
    expect(await outcomeOf(await replyJob(caseId))).toEqual(['outcome: RECOVERED']);
  });

  it('two jobs of one case at once (a retry, a re-sent row): one claims the attempt, the other finds its reply', async () => {
    rs.stack.sandbox.state.setBehaviour({ duplicateDetection: false, queue: [{ mode: 'slow', delayMs: 700, afterCommit: true, times: 2 }] });
    const { caseId, post } = await issueWarning(rs);
    await rs.stack.db.query(`INSERT INTO outbox_messages (queue, job_name, payload) VALUES ('replies', 'post-reply', $1)`, [{ caseId }]);
    const recorded = await waitForStatus(rs.stack.db, caseId, CaseStatus.WARNING_POSTED);
    await sleep(3_000); // past the grace: the second job has looked and stood down
    const onX = repliesTo(rs.stack, post.id);
    expect(onX).toEqual([expect.objectContaining({ id: recorded.replyPostId })]);
    expect(createRequests()).toHaveLength(1);
  });

  it('a 5xx on the last attempt: WARNING_FAILED saying a retry looks first, officers notified', async () => {
    // Called directly with a one-attempt job (the queue allows 12), on a case no queued job knows of.
    const post = addQualifyingPost(rs.stack);
    const [{ id: caseId }] = await rs.stack.db.query(
      `INSERT INTO cases (post_id, post_url, status, first_reported_at, reply_text) VALUES ($1, $2, 'WARNING_QUEUED', now(), '最後の試行') RETURNING id`,
      [post.id, `https://x.com/i/web/status/${post.id}`],
    );
    rs.stack.sandbox.state.setBehaviour({ mode: 'server_error', status: 502, on: 'create' });
    const job = { id: 'direct', data: { caseId }, opts: { attempts: 1 }, attemptsMade: 0, moveToDelayed: jest.fn() } as unknown as Job;
    const deps = { db: rs.stack.db, x: xClientFor(rs.stack.config), logger: pino({ level: 'silent' }), settings: replySettings(rs.stack.config), rateLimit: jest.fn() };
    await expect(postReply(job, 'token', deps)).rejects.toMatchObject({ kind: 'SERVER_ERROR' });
    const failed = await waitForStatus(rs.stack.db, caseId, CaseStatus.WARNING_FAILED);
    expect(failed.failureReason).toMatch(/^SERVER_ERROR: gave up after 1 attempts .*a retry looks for the reply before posting/);
    expect((await notificationsFor(caseId)).map((n) => n.kind)).toEqual((await replyRoleRecipients()).map(() => 'REPLY_FAILED'));
    // Run again (e.g. a stalled copy): nothing more happens, no second notification.
    await expect(postReply(job, 'token', deps)).resolves.toEqual({ outcome: 'NOTHING_TO_DO', replyPostId: null });
    expect(await notificationsFor(caseId)).toHaveLength((await replyRoleRecipients()).length);
  });

  it('reply restricted (403, 2026): moves the case to the manual path and notifies every active officer in charge and the chief', async () => {
    rs.stack.sandbox.state.setBehaviour({ replyRestricted: true });
    const { caseId, post } = await issueWarning(rs);
    const switched = await waitForCase(rs.stack.db, caseId, (c) => c.replyChannel === 'MANUAL', 'the switch to manual');
    expect(switched).toMatchObject({ status: CaseStatus.WARNING_QUEUED, replyPostId: null });
    expect(switched.failureReason).toMatch(/^REPLY_RESTRICTED/);
    expect(repliesTo(rs.stack, post.id)).toEqual([]);
    expect(await auditActions(rs.stack.db, caseId)).toEqual([
      { action: 'case.WARN', actorRole: 'OFFICER_IN_CHARGE' },
      { action: 'case.SWITCH_TO_MANUAL_REPLY', actorRole: 'SYSTEM' },
    ]);
    const notes = await notificationsFor(caseId);
    expect(notes.map((n) => n.recipientId).sort()).toEqual(await replyRoleRecipients());
    expect(new Set(notes.map((n) => n.kind))).toEqual(new Set(['REPLY_SWITCHED_TO_MANUAL']));
    const job = await replyJob(caseId);
    expect(await outcomeOf(job)).toEqual(['outcome: SWITCHED_TO_MANUAL']);
  });

  it('duplicate (403) when our reply to this post exists: recorded as posted, nothing posted again', async () => {
    const post = addQualifyingPost(rs.stack);
    const ours = rs.stack.sandbox.state.createOwnPost('以前に投稿した返信', post, 'api');
    rs.stack.sandbox.state.setBehaviour({ mode: 'duplicate' });
    const { caseId } = await issueWarning(rs, post);
    const posted = await waitForStatus(rs.stack.db, caseId, CaseStatus.WARNING_POSTED);
    expect(posted.replyPostId).toBe(ours.id);
    expect(repliesTo(rs.stack, post.id)).toHaveLength(1);
    expect(await outcomeOf(await replyJob(caseId))).toEqual(['outcome: RECOVERED']);
  });

  it('duplicate (403) without a reply of ours: WARNING_FAILED with the reason, officers notified', async () => {
    rs.stack.sandbox.state.setBehaviour({ mode: 'duplicate' });
    const { caseId, post } = await issueWarning(rs);
    const failed = await waitForStatus(rs.stack.db, caseId, CaseStatus.WARNING_FAILED);
    expect(failed.failureReason).toMatch(/^DUPLICATE_CONTENT: .*no reply of ours/);
    expect(repliesTo(rs.stack, post.id)).toEqual([]);
    const notes = await notificationsFor(caseId);
    expect(notes.map((n) => n.recipientId).sort()).toEqual(await replyRoleRecipients());
    expect(new Set(notes.map((n) => n.kind))).toEqual(new Set(['REPLY_FAILED']));
  });

  it.each([
    ['deleted by its author', false, /^TARGET_NOT_FOUND: /],
    ['from a protected account', true, /^TARGET_PROTECTED: /],
  ])('a post %s: WARNING_FAILED with the reason, no retries, officers notified', async (_name, isProtected, reason) => {
    const post = addQualifyingPost(rs.stack, { protected: isProtected });
    if (!isProtected) rs.stack.sandbox.state.deletePost(post.id);
    const { caseId } = await issueWarning(rs, post);
    const failed = await waitForStatus(rs.stack.db, caseId, CaseStatus.WARNING_FAILED);
    expect(failed.failureReason).toMatch(reason);
    expect(createRequests()).toHaveLength(1); // UnrecoverableError: not retried
    expect(await auditActions(rs.stack.db, caseId)).toEqual([
      { action: 'case.WARN', actorRole: 'OFFICER_IN_CHARGE' },
      { action: 'case.RECORD_REPLY_FAILED', actorRole: 'SYSTEM' },
    ]);
    const notes = await notificationsFor(caseId);
    expect(notes).toHaveLength((await replyRoleRecipients()).length);
    expect(notes.every((n) => n.kind === 'REPLY_FAILED' && n.readAt === null)).toBe(true);
  });
});

describe('REPLY_MODE=manual', () => {
  let rs: ReplyStack;
  beforeAll(async () => {
    rs = await startReplyStack({ env: { REPLY_MODE: 'manual' } });
  });
  afterAll(() => rs?.stack.close());

  it('never calls X to post: every decided reply waits for an officer, who is notified', async () => {
    const { caseId, post } = await issueWarning(rs);
    const c = await waitForCase(rs.stack.db, caseId, (x) => x.replyChannel === 'MANUAL', 'the hand-over to the officers');
    expect(c.status).toBe(CaseStatus.WARNING_QUEUED);
    expect(c.failureReason).toBeNull();
    expect(rs.stack.sandbox.state.requests.filter((r) => r.method === 'POST')).toEqual([]);
    expect(repliesTo(rs.stack, post.id)).toEqual([]);
    const notes = await rs.stack.db.getRepository(Notification).find({ where: { caseId } });
    expect(notes.map((n) => n.kind)).toEqual(['MANUAL_REPLY_READY', 'MANUAL_REPLY_READY']); // the officer in charge and the chief
  });
});
