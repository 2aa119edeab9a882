import type { EntityManager } from 'typeorm';
import { enqueueAfterCommit } from '../../core/outbox/outbox';
import { JobName, QueueName } from '../../core/queue/queues';
import type { Escalation } from './escalation.entity';

export interface CheckEscalationOverduePayload {
  escalationId: string;
  /** The due time this check was scheduled for (ms since epoch): a check whose due time has since moved does nothing. */
  dueAt: number;
}

/** Past its due time and not finished (DONE/CANCELLED set completedAt): the board's `overdue` and the overdue check agree. */
export function isOverdue(e: Pick<Escalation, 'completedAt' | 'dueAt'>, now = Date.now()): boolean {
  return !e.completedAt && e.dueAt.getTime() <= now;
}

/** Business-key job ID: one check per escalation and due time, however often it is enqueued. */
export const overdueCheckJobId = (escalationId: string, dueAt: Date) => `overdue-${escalationId}-${dueAt.getTime()}`;

/** Enqueues (after commit, through the outbox) the check that runs at the escalation's due time. */
export async function scheduleOverdueCheck(em: EntityManager, e: Pick<Escalation, 'id' | 'dueAt'>): Promise<void> {
  const payload: CheckEscalationOverduePayload = { escalationId: e.id, dueAt: e.dueAt.getTime() };
  // MAINTENANCE: the worker's own housekeeping queue; the alert itself then goes through the alerts queue.
  await enqueueAfterCommit(em, QueueName.MAINTENANCE, JobName.CHECK_ESCALATION_OVERDUE, { ...payload }, {
    jobId: overdueCheckJobId(e.id, e.dueAt),
    runAt: e.dueAt,
  });
}
