import { DelayedError, type Job } from 'bullmq';
import type { DataSource } from 'typeorm';
import { inTransaction } from '../../../core/database/transaction';
import type { Logger } from '../../../core/logging/logger';
import { raiseAlert } from '../../alerts/raise-alert';
import { recordAudit } from '../../audit/audit.service';
import { EscalationEventType, EscalationUrgency } from '../escalation-enums';
import { Escalation } from '../escalation.entity';
import { addEvent, systemActor } from '../escalation.service';
import { isOverdue, type CheckEscalationOverduePayload } from '../overdue-schedule';

export type CheckOverdueOutcome = 'ALERTED' | 'NOTHING_TO_DO';

/**
 * Runs at an escalation's due time. Still open or in progress, and still due then: raises one
 * alert (ESCALATION_REOPENED_OR_OVERDUE, urgent for urgent escalations) and records an OVERDUE
 * timeline entry and a system audit event, in one transaction. Done, cancelled, or due time moved (updateEscalation
 * scheduled another check): nothing. Idempotent: under the row lock, an OVERDUE entry for this due
 * time means a previous run already alerted.
 */
export async function checkEscalationOverdue(
  job: Job<CheckEscalationOverduePayload>,
  token: string | undefined,
  deps: { db: DataSource; logger: Logger },
): Promise<{ outcome: CheckOverdueOutcome }> {
  const { escalationId, dueAt } = job.data;
  const outcome = await inTransaction(deps.db, async (em) => {
    const e = await em.getRepository(Escalation).findOne({ where: { id: escalationId }, lock: { mode: 'pessimistic_write' } });
    if (!e || e.dueAt.getTime() !== dueAt || e.completedAt) return 'NOTHING_TO_DO' as const;
    if (!isOverdue(e)) return 'EARLY' as const;
    const dueIso = e.dueAt.toISOString();
    const already: unknown[] = await em.query(
      `SELECT 1 FROM escalation_events WHERE escalation_id = $1 AND type = $2 AND data->>'dueAt' = $3`,
      [e.id, EscalationEventType.OVERDUE, dueIso],
    );
    if (already.length > 0) return 'NOTHING_TO_DO' as const;
    const { alertId } = await raiseAlert(em, {
      escalationId: e.id,
      reason: 'ESCALATION_REOPENED_OR_OVERDUE',
      urgent: e.urgency === EscalationUrgency.URGENT,
      raisedById: null,
    });
    await addEvent(em, e.id, EscalationEventType.OVERDUE, null, { dueAt: dueIso, status: e.status });
    await recordAudit(em, systemActor(job.id), {
      action: 'escalation.OVERDUE',
      objectType: 'Escalation',
      objectId: e.id,
      after: { dueAt: dueIso, status: e.status, alertId },
    });
    return 'ALERTED' as const;
  });
  if (outcome === 'EARLY') {
    // Clocks of worker hosts differ a little: run again at the due time rather than skip the alert.
    await job.moveToDelayed(dueAt, token);
    throw new DelayedError();
  }
  if (outcome === 'ALERTED') deps.logger.info({ escalationId }, 'escalation overdue: alert raised');
  return { outcome };
}
