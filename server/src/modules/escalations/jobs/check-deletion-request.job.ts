import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { DataSource } from 'typeorm';
import { inTransaction } from '../../../core/database/transaction';
import type { Logger } from '../../../core/logging/logger';
import { XApiError, type XClient } from '../../../core/x/x-client';
import { raiseAlert } from '../../alerts/raise-alert';
import { recordAudit } from '../../audit/audit.service';
import { scheduleDeletionCheck, type CheckDeletionRequestPayload } from '../deletion-schedule';
import { DeletionOutcome, EscalationEventType, EscalationStatus } from '../escalation-enums';
import { Escalation } from '../escalation.entity';
import { addEvent, systemActor, type DeletionSettings } from '../escalation.service';

export interface CheckDeletionDeps {
  db: DataSource;
  x: XClient;
  logger: Logger;
  settings: DeletionSettings;
  /** Pauses the post-checks queue for `ms`: X said 429 to a lookup. */
  rateLimit(ms: number): Promise<void>;
}

export type CheckDeletionOutcome = 'REMOVED' | 'STILL_UP' | 'NOTHING_TO_DO';

/**
 * Re-checks a post whose removal was requested from X. Gone (deleted, author suspended or hidden):
 * records the removal time and stops. Still up: schedules the next check (hourly, then daily) and,
 * past the reminder threshold, raises the one "still up" alert. Idempotent: the check number in the
 * job ID and the row's check count make a re-run (retry, re-sent job) harmless; the reminder is
 * raised under the row lock only while `deletion_reminder_alerted_at` is empty.
 */
export async function checkDeletionRequest(job: Job<CheckDeletionRequestPayload>, deps: CheckDeletionDeps): Promise<{ outcome: CheckDeletionOutcome }> {
  const { db, x, logger, settings } = deps;
  const { escalationId, check } = job.data;
  const current = await db.getRepository(Escalation).findOne({ where: { id: escalationId } });
  if (!current) throw new UnrecoverableError(`escalation ${escalationId} does not exist`);
  if (!isDue(current, check)) return { outcome: 'NOTHING_TO_DO' };

  let gone: DeletionOutcome | null;
  try {
    gone = (await x.lookupPost(current.postId!)) ? null : DeletionOutcome.DELETED;
  } catch (err) {
    if (!(err instanceof XApiError)) throw err;
    if (err.kind === 'TARGET_PROTECTED') {
      // X answers "not authorized" for a suspended or protected author: the post is out of public view.
      gone = DeletionOutcome.NOT_VISIBLE;
    } else if (err.kind === 'RATE_LIMITED') {
      const waitMs = Math.max(1000, err.rateLimitResetAt ? err.rateLimitResetAt.getTime() - Date.now() + 500 : 60_000);
      await deps.rateLimit(waitMs);
      throw Worker.RateLimitError();
    } else {
      throw err; // retried with backoff
    }
  }

  return inTransaction(db, async (em) => {
    const e = await em.getRepository(Escalation).findOne({ where: { id: escalationId }, lock: { mode: 'pessimistic_write' } });
    if (!e || !isDue(e, check)) return { outcome: 'NOTHING_TO_DO' as const };
    const now = new Date();
    const changes: Partial<Escalation> = { deletionCheckCount: check, deletionLastCheckedAt: now };
    if (gone) {
      Object.assign(changes, { deletionRemovedAt: now, deletionRemovalOutcome: gone });
      await em.getRepository(Escalation).update({ id: e.id }, changes);
      const hours = Math.round(((now.getTime() - e.deletionRequestedAt!.getTime()) / 3600_000) * 100) / 100;
      await addEvent(em, e.id, EscalationEventType.DELETION_CONFIRMED, null, { outcome: gone, check, hoursToRemoval: hours });
      await recordAudit(em, systemActor(job.id), {
        action: 'escalation.DELETION_CONFIRMED',
        objectType: 'Escalation',
        objectId: e.id,
        after: { removedAt: now.toISOString(), outcome: gone, check },
      });
      logger.info({ escalationId, check, outcome: gone }, 'deletion request: the post is gone');
      return { outcome: 'REMOVED' as const };
    }
    const stillUpFor = now.getTime() - e.deletionRequestedAt!.getTime();
    if (stillUpFor >= settings.reminderAfterMs && !e.deletionReminderAlertedAt) {
      changes.deletionReminderAlertedAt = now;
      const { alertId } = await raiseAlert(em, { escalationId: e.id, reason: 'DELETION_STILL_UP', urgent: false, raisedById: null });
      const hoursSinceRequest = Math.round((stillUpFor / 3600_000) * 100) / 100;
      await addEvent(em, e.id, EscalationEventType.DELETION_REMINDER, null, { check, hoursSinceRequest });
      await recordAudit(em, systemActor(job.id), {
        action: 'escalation.DELETION_REMINDER',
        objectType: 'Escalation',
        objectId: e.id,
        after: { check, hoursSinceRequest, status: e.status, alertId },
      });
      logger.info({ escalationId, check }, 'deletion request: the post is still up past the reminder threshold');
    }
    await em.getRepository(Escalation).update({ id: e.id }, changes);
    await scheduleDeletionCheck(em, e, check + 1, settings, now);
    return { outcome: 'STILL_UP' as const };
  });
}

/** Check n is due when the request was sent, the post not yet found gone, the escalation not cancelled, and n not yet done. */
function isDue(e: Escalation, check: number): boolean {
  return (
    e.deletionRequestedAt !== null &&
    e.deletionRemovedAt === null &&
    e.status !== EscalationStatus.CANCELLED &&
    e.postId !== null &&
    e.deletionCheckCount < check
  );
}
