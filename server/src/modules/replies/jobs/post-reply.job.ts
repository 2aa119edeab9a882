import { DelayedError, UnrecoverableError, Worker, type Job } from 'bullmq';
import type { DataSource } from 'typeorm';
import { AppError } from '../../../core/errors/errors';
import type { Logger } from '../../../core/logging/logger';
import type { PostReplyPayload } from '../../../core/queue/queues';
import { XApiError, type XClient } from '../../../core/x/x-client';
import { CaseStatus, ReplyChannel } from '../../cases/case-enums';
import { Case } from '../../cases/case.entity';
import { NotificationKind } from '../../notifications/notification-kind';
import { claimApiAttempt, lookBackFrom, recordReplyFailed, recordReplyPosted, switchToManualBySystem } from '../reply-delivery.service';
import type { ReplySettings } from '../reply-settings';

export interface PostReplyDeps {
  db: DataSource;
  x: XClient;
  logger: Logger;
  settings: ReplySettings;
  /** Pauses the whole queue (every worker copy) for `ms`: X said 429. */
  rateLimit(ms: number): Promise<void>;
}

export type PostReplyOutcome =
  | 'POSTED'
  /** An earlier attempt's reply was found on X and recorded instead of posting again. */
  | 'RECOVERED'
  | 'SWITCHED_TO_MANUAL'
  | 'NOTHING_TO_DO';

export interface PostReplyResult {
  outcome: PostReplyOutcome;
  replyPostId: string | null;
}

/** A 429 without a usable reset header waits this long. */
const DEFAULT_RATE_LIMIT_WAIT_MS = 60_000;
/** x-rate-limit-reset has a resolution of one second: wait a little past it. */
const RATE_LIMIT_MARGIN_MS = 500;

/**
 * Posts the reply of one WARNING_QUEUED case through the X API. Idempotent — one case gets at most
 * one reply, ever:
 *  - it reloads the case and does nothing unless the case still waits for an API reply;
 *  - every call to X is preceded by a committed `replyAttemptedAt`, and whenever an earlier attempt
 *    exists (a crash, a timeout, a network error or a 5xx: X may have accepted the post all the
 *    same) it looks for our reply first (findOwnReplyTo) and records it instead of posting again;
 *    when not found, it does not post again before `lookupGraceMs` after that attempt;
 *  - the attempt is claimed exclusively, so two jobs of one case (a retry, a re-sent job) never
 *    both have a call in flight.
 * Errors: 429 → the queue waits until X's reset (not an attempt); 5xx / network → retried with
 * backoff (BullMQ); REPLY_RESTRICTED → the manual path; deleted / protected target, duplicate
 * text without our reply, credentials → WARNING_FAILED with the reason (UnrecoverableError).
 */
export async function postReply(job: Job<PostReplyPayload>, token: string | undefined, deps: PostReplyDeps): Promise<PostReplyResult> {
  const { db, x, logger, settings } = deps;
  const caseId = job.data.caseId;
  const current = await db.getRepository(Case).findOne({ where: { id: caseId } });
  if (!current) throw new UnrecoverableError(`case ${caseId} does not exist`);
  if (current.status !== CaseStatus.WARNING_QUEUED || current.replyPostId || current.replyChannel !== ReplyChannel.API) {
    logger.info({ caseId, status: current.status, channel: current.replyChannel }, 'reply job skipped: nothing to post through the API');
    return { outcome: 'NOTHING_TO_DO', replyPostId: current.replyPostId };
  }
  if (settings.mode === 'manual') {
    await switchToManualBySystem(db, caseId, NotificationKind.MANUAL_REPLY_READY, null);
    logger.info({ caseId }, 'REPLY_MODE=manual: the reply waits for an officer to post it by hand');
    return { outcome: 'SWITCHED_TO_MANUAL', replyPostId: null };
  }
  if (!current.replyText) {
    await recordReplyFailed(db, caseId, 'The case has no reply text.');
    throw new UnrecoverableError(`case ${caseId} has no reply text`);
  }

  try {
    if (current.replyAttemptedAt) {
      const recovered = await recoverEarlierReply(job, token, deps, current);
      if (recovered) return recovered;
    }
    if (!(await claimApiAttempt(db, caseId, settings.lookupGraceMs))) {
      // Another job of this case just claimed an attempt (or the case changed): look again after its grace.
      const latest = await db.getRepository(Case).findOne({ where: { id: caseId } });
      if (latest?.status === CaseStatus.WARNING_QUEUED && latest.replyChannel === ReplyChannel.API && !latest.replyPostId && latest.replyAttemptedAt) {
        return await delayUntil(job, token, latest.replyAttemptedAt.getTime() + settings.lookupGraceMs);
      }
      return { outcome: 'NOTHING_TO_DO', replyPostId: latest?.replyPostId ?? null };
    }
    let replyPostId: string;
    try {
      replyPostId = (await x.postReply(current.postId, current.replyText)).postId;
    } catch (err) {
      if (err instanceof XApiError && err.kind === 'DUPLICATE_CONTENT') return await onDuplicate(deps, current, err);
      throw err;
    }
    await record(deps, caseId, replyPostId);
    logger.info({ caseId, replyPostId }, 'reply posted');
    return { outcome: 'POSTED', replyPostId };
  } catch (err) {
    return onFailure(job, deps, caseId, err);
  }
}

/** An earlier attempt may have reached X: record its reply if X shows it; else wait out the grace. */
async function recoverEarlierReply(job: Job<PostReplyPayload>, token: string | undefined, deps: PostReplyDeps, current: Case): Promise<PostReplyResult | null> {
  const existing = await deps.x.findOwnReplyTo(current.postId, { postedAfter: lookBackFrom(current.replyAttemptedAt!) });
  if (existing) {
    deps.logger.warn({ caseId: current.id, replyPostId: existing.id }, 'found the reply of an earlier attempt; recording it instead of posting again');
    await record(deps, current.id, existing.id);
    return { outcome: 'RECOVERED', replyPostId: existing.id };
  }
  const settledAt = current.replyAttemptedAt!.getTime() + deps.settings.lookupGraceMs;
  if (Date.now() < settledAt) return delayUntil(job, token, settledAt);
  return null;
}

/** Moves the job to delayed (not an attempt) and tells BullMQ so; it runs again, and looks again, at `at`. */
async function delayUntil(job: Job<PostReplyPayload>, token: string | undefined, at: number): Promise<never> {
  // Never sooner than a moment from now: the grace is judged by the database's clock, `at` by ours.
  await job.moveToDelayed(Math.max(at, Date.now() + 200), token);
  throw new DelayedError();
}

async function record(deps: PostReplyDeps, caseId: string, replyPostId: string): Promise<void> {
  try {
    await recordReplyPosted(deps.db, caseId, replyPostId, deps.settings.recheckAfterMs);
  } catch (err) {
    // Another job recorded the same reply first (it found ours): nothing left to do.
    const now = await deps.db.getRepository(Case).findOne({ where: { id: caseId } });
    if (err instanceof AppError && now?.replyPostId === replyPostId) return;
    throw err;
  }
}

/** X refuses the text as a duplicate: it is ours only if our reply to this very post exists. */
async function onDuplicate(deps: PostReplyDeps, current: Case, err: XApiError): Promise<PostReplyResult> {
  const existing = await deps.x.findOwnReplyTo(current.postId);
  if (existing) {
    deps.logger.warn({ caseId: current.id, replyPostId: existing.id }, 'X refused a duplicate: our reply exists; recording it');
    await record(deps, current.id, existing.id);
    return { outcome: 'RECOVERED', replyPostId: existing.id };
  }
  const reason = `DUPLICATE_CONTENT: X refused the text as a duplicate of an earlier post of the official account, and no reply of ours to this post exists. (${err.detail ?? err.message})`;
  await recordReplyFailed(deps.db, current.id, reason);
  throw new UnrecoverableError(reason);
}

async function onFailure(job: Job<PostReplyPayload>, deps: PostReplyDeps, caseId: string, err: unknown): Promise<PostReplyResult> {
  if (!(err instanceof XApiError)) throw err; // DelayedError, UnrecoverableError, database trouble: BullMQ decides
  const { db, logger } = deps;
  switch (err.kind) {
    case 'RATE_LIMITED': {
      const untilReset = err.rateLimitResetAt ? err.rateLimitResetAt.getTime() - Date.now() + RATE_LIMIT_MARGIN_MS : DEFAULT_RATE_LIMIT_WAIT_MS;
      const waitMs = Math.max(1000, untilReset);
      logger.warn({ caseId, waitMs }, 'X rate limit: the reply queue waits for the reset');
      await deps.rateLimit(waitMs);
      throw Worker.RateLimitError(); // back to waiting; not counted as an attempt
    }
    case 'REPLY_RESTRICTED': {
      await switchToManualBySystem(db, caseId, NotificationKind.REPLY_SWITCHED_TO_MANUAL, `REPLY_RESTRICTED: ${err.detail ?? err.message}`);
      logger.warn({ caseId }, 'X refuses API replies to this post: switched to the manual path');
      return { outcome: 'SWITCHED_TO_MANUAL', replyPostId: null };
    }
    case 'SERVER_ERROR':
    case 'NETWORK': {
      const attempts = job.opts.attempts ?? 1;
      if (job.attemptsMade + 1 >= attempts) {
        await recordReplyFailed(
          db,
          caseId,
          `${err.kind}: gave up after ${attempts} attempts (${err.message}). X may have accepted the last one: a retry looks for the reply before posting.`,
        );
      }
      throw err; // retried with exponential backoff and jitter; the next attempt looks first
    }
    default: {
      // TARGET_NOT_FOUND (deleted), TARGET_PROTECTED, UNAUTHORIZED, INVALID_REQUEST: will never succeed.
      const reason = `${err.kind}: ${err.message}`;
      await recordReplyFailed(db, caseId, reason);
      throw new UnrecoverableError(reason);
    }
  }
}
