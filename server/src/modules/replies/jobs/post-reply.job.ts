import { UnrecoverableError, type Job } from 'bullmq';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../../core/auth/context';
import { inTransaction } from '../../../core/database/transaction';
import type { Logger } from '../../../core/logging/logger';
import type { PostReplyPayload } from '../../../core/queue/queues';
import { XApiError, type XClient } from '../../../core/x/x-client';
import { CaseStatus } from '../../cases/case-enums';
import { Case } from '../../cases/case.entity';
import { CaseAction } from '../../cases/case-state-machine';
import { transitionCase } from '../../cases/case-workflow.service';

const SYSTEM_ACTOR: Actor = { user: null, requestId: null, ip: null };

export interface PostReplyDeps {
  db: DataSource;
  x: XClient;
  logger: Logger;
}

/**
 * Posts the reply of one WARNING_QUEUED case. Idempotent: it reloads the case and does nothing
 * when a reply is already recorded; when an earlier attempt may have reached X (a crash between
 * "posted" and "recorded"), it looks for our existing reply before posting again. One case gets
 * at most one reply, ever.
 */
export async function postReply(job: Job<PostReplyPayload>, deps: PostReplyDeps): Promise<{ replyPostId: string | null }> {
  const { db, x, logger } = deps;
  const caseId = job.data.caseId;
  const current = await db.getRepository(Case).findOne({ where: { id: caseId } });
  if (!current) throw new UnrecoverableError(`case ${caseId} does not exist`);
  if (current.status !== CaseStatus.WARNING_QUEUED || current.replyPostId) {
    logger.info({ caseId, status: current.status }, 'reply job skipped: nothing to post');
    return { replyPostId: current.replyPostId };
  }
  if (!current.replyText) throw new UnrecoverableError(`case ${caseId} has no reply text`);

  let replyPostId: string | null = null;
  if (current.replyAttemptedAt) {
    const existing = await x.findOwnReplyTo(current.postId);
    replyPostId = existing?.id ?? null;
    if (replyPostId) logger.warn({ caseId, replyPostId }, 'found a reply posted by an earlier attempt; recording it');
  }
  if (!replyPostId) {
    // Committed before the call: if we crash after X accepts, the next attempt looks first.
    await db.getRepository(Case).update({ id: caseId }, { replyAttemptedAt: new Date() });
    try {
      replyPostId = (await x.postReply(current.postId, current.replyText)).postId;
    } catch (err) {
      if (err instanceof XApiError && !err.retryable) {
        await recordFailure(db, caseId, `${err.kind}: ${err.message}`);
        throw new UnrecoverableError(`${err.kind}: ${err.message}`);
      }
      const attemptsLeft = (job.opts.attempts ?? 1) - job.attemptsMade - 1;
      if (attemptsLeft <= 0) await recordFailure(db, caseId, `gave up after ${job.attemptsMade + 1} attempts: ${(err as Error).message}`);
      throw err;
    }
  }
  await inTransaction(db, (em) =>
    transitionCase(em, SYSTEM_ACTOR, caseId, CaseAction.RECORD_REPLY_POSTED, {
      changes: { replyPostId, replyPostedAt: new Date(), failureReason: null },
    }),
  );
  logger.info({ caseId, replyPostId }, 'reply posted');
  return { replyPostId };
}

async function recordFailure(db: DataSource, caseId: string, reason: string): Promise<void> {
  await inTransaction(db, (em) =>
    transitionCase(em, SYSTEM_ACTOR, caseId, CaseAction.RECORD_REPLY_FAILED, { changes: { failureReason: reason.slice(0, 1000) } }),
  );
}
