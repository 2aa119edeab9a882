import type { EntityManager } from 'typeorm';
import { enqueueAfterCommit } from '../../core/outbox/outbox';
import { JobName, QueueName } from '../../core/queue/queues';
import type { Escalation } from './escalation.entity';
import type { DeletionSettings } from './escalation.service';

export interface CheckDeletionRequestPayload {
  escalationId: string;
  /** The n-th re-check of this request: part of the job ID, so each check runs once. */
  check: number;
}

/** Business-key job ID: one job per request and check number, however often it is enqueued. */
export const deletionCheckJobId = (escalationId: string, check: number) => `deletion-check-${escalationId}-${check}`;

/**
 * When the n-th re-check runs: hourly (FIRST) until the reminder threshold (24 h) has passed since
 * the request went to X, then daily (LATER).
 */
export function nextCheckAt(requestedAt: Date, now: Date, settings: DeletionSettings, check: number): Date {
  const elapsed = now.getTime() - requestedAt.getTime();
  // The first look comes soon even when the request was recorded late.
  const interval = check === 1 || elapsed < settings.reminderAfterMs ? settings.firstIntervalMs : settings.laterIntervalMs;
  return new Date(Math.max(now.getTime(), requestedAt.getTime()) + interval);
}

/** Enqueues re-check n (after commit, through the outbox). */
export async function scheduleDeletionCheck(em: EntityManager, e: Escalation, check: number, settings: DeletionSettings, now = new Date()): Promise<void> {
  const payload: CheckDeletionRequestPayload = { escalationId: e.id, check };
  await enqueueAfterCommit(em, QueueName.POST_CHECKS, JobName.CHECK_DELETION_REQUEST, { ...payload }, {
    jobId: deletionCheckJobId(e.id, check),
    runAt: nextCheckAt(e.deletionRequestedAt!, now, settings, check),
  });
}
