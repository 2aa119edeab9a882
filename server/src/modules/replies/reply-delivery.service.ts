import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/context';
import { inTransaction } from '../../core/database/transaction';
import { enqueueAfterCommit } from '../../core/outbox/outbox';
import { JobName, QueueName, recheckJobId, type RecheckWindow } from '../../core/queue/queues';
import { CaseStatus, ReplyChannel } from '../cases/case-enums';
import { Case } from '../cases/case.entity';
import { CaseAction } from '../cases/case-state-machine';
import { transitionCase } from '../cases/case-workflow.service';
import { NotificationKind } from '../notifications/notification-kind';
import { notifyOfficersInCharge } from '../notifications/notification.service';

/**
 * Earlier attempts were looked for before each later claim, so a look covers the posts since the
 * latest attempt — with a wide margin for clock differences between us and X.
 */
const LOOK_BACK_MARGIN_MS = 30 * 60_000;
export const lookBackFrom = (attemptedAt: Date) => new Date(attemptedAt.getTime() - LOOK_BACK_MARGIN_MS);

/** The worker, as written into the audit log. */
export const SYSTEM_ACTOR: Actor = { user: null, requestId: null, ip: null };

const WINDOWS: RecheckWindow[] = ['1d', '7d'];

/**
 * Schedules the 1- and 7-day re-checks of a warned post, in the caller's transaction: one
 * post_checks row and one delayed job (through the outbox, business-key job ID) per window.
 */
export async function scheduleRechecks(em: EntityManager, caseId: string, repliedAt: Date, delays: Record<RecheckWindow, number>): Promise<void> {
  for (const after of WINDOWS) {
    const dueAt = new Date(repliedAt.getTime() + delays[after]);
    await em.query(`INSERT INTO post_checks (case_id, after, due_at) VALUES ($1, $2, $3) ON CONFLICT (case_id, after) DO NOTHING`, [
      caseId,
      after,
      dueAt,
    ]);
    await enqueueAfterCommit(em, QueueName.POST_CHECKS, JobName.RECHECK_POST, { caseId, after }, { jobId: recheckJobId(caseId, after), runAt: dueAt });
  }
}

/** WARNING_QUEUED → WARNING_POSTED with the reply's post ID, and the re-checks scheduled. */
export function recordReplyPosted(db: DataSource, caseId: string, replyPostId: string, delays: Record<RecheckWindow, number>): Promise<Case> {
  return inTransaction(db, async (em) => {
    const now = new Date();
    const updated = await transitionCase(em, SYSTEM_ACTOR, caseId, CaseAction.RECORD_REPLY_POSTED, {
      changes: { replyPostId, replyPostedAt: now, failureReason: null },
    });
    await scheduleRechecks(em, caseId, now, delays);
    return updated;
  });
}

/**
 * WARNING_QUEUED → WARNING_FAILED with the reason, and every officer in charge notified in the same
 * transaction. A no-op (null) when the case is no longer waiting for an API reply, so a late or
 * repeated failure report never overwrites a recorded reply or notifies twice.
 */
export function recordReplyFailed(db: DataSource, caseId: string, reason: string): Promise<Case | null> {
  return inTransaction(db, async (em) => {
    const current = await em.getRepository(Case).findOne({ where: { id: caseId }, lock: { mode: 'pessimistic_write' } });
    if (!current || current.status !== CaseStatus.WARNING_QUEUED || current.replyPostId || current.replyChannel !== ReplyChannel.API) {
      return null;
    }
    const updated = await transitionCase(em, SYSTEM_ACTOR, caseId, CaseAction.RECORD_REPLY_FAILED, {
      changes: { failureReason: reason.slice(0, 1000) },
    });
    await notifyOfficersInCharge(em, NotificationKind.REPLY_FAILED, caseId);
    return updated;
  });
}

/**
 * The system moves a case to the manual path (X refused the API reply, or the deployment posts by
 * hand): replyChannel=MANUAL, still WARNING_QUEUED, officers in charge notified. Null when the case
 * is no longer waiting for an API reply.
 */
export function switchToManualBySystem(db: DataSource, caseId: string, kind: NotificationKind, reason: string | null): Promise<Case | null> {
  return inTransaction(db, async (em) => {
    const current = await em.getRepository(Case).findOne({ where: { id: caseId }, lock: { mode: 'pessimistic_write' } });
    if (!current || current.status !== CaseStatus.WARNING_QUEUED || current.replyPostId || current.replyChannel !== ReplyChannel.API) {
      return null;
    }
    const updated = await transitionCase(em, SYSTEM_ACTOR, caseId, CaseAction.SWITCH_TO_MANUAL_REPLY, {
      changes: { replyChannel: ReplyChannel.MANUAL, failureReason: reason ? reason.slice(0, 1000) : null },
    });
    await notifyOfficersInCharge(em, kind, caseId);
    return updated;
  });
}

/**
 * Marks the start of an API attempt, committed before X is called, so whoever runs next looks for
 * the reply first. Exclusive: it succeeds only while the case still waits for an API reply and no
 * other attempt started within `graceMs` (that one may still be in flight at X).
 */
export async function claimApiAttempt(db: DataSource, caseId: string, graceMs: number): Promise<boolean> {
  // TypeORM answers an UPDATE with [rows, rowCount].
  const [, claimed]: [unknown[], number] = await db.query(
    `UPDATE cases SET reply_attempted_at = now()
     WHERE id = $1 AND status = $2 AND reply_channel = $3 AND reply_post_id IS NULL
       AND (reply_attempted_at IS NULL OR reply_attempted_at < now() - make_interval(secs => $4::double precision / 1000))
     RETURNING id`,
    [caseId, CaseStatus.WARNING_QUEUED, ReplyChannel.API, graceMs],
  );
  return claimed > 0;
}
