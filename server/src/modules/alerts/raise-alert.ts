import type { EntityManager } from 'typeorm';
import { NotFound } from '../../core/errors/errors';
import { enqueueAfterCommit } from '../../core/outbox/outbox';
import { JobName, QueueName } from '../../core/queue/queues';
import { alertStepJobId, audienceFor } from './alert-audience';
import { AlertReasonEnum, type AlertReason, type EscalationKindName } from './alert-enums';
import { Alert } from './alert.entity';

export type { AlertReason } from './alert-enums';

export interface RaiseAlertInput {
  escalationId: string;
  reason: AlertReason;
  /** Urgent alerts repeat on the ladder until acknowledged; others are sent once. */
  urgent: boolean;
  /** Who raised it; null = the system (worker). */
  raisedById: string | null;
}

/** Payload of an `alerts` job: IDs only (BullMQ stores job data in clear text). */
export interface DeliverAlertPayload {
  alertId: string;
  step: number;
}

/**
 * Raises an alert inside the caller's transaction: the alert row and the outbox row of its first
 * delivery commit together with the escalation change, or not at all. Delivery (in-app, e-mail,
 * webhook, and the repeats of an urgent alert) happens in the worker.
 */
export async function raiseAlert(em: EntityManager, input: RaiseAlertInput): Promise<{ alertId: string }> {
  if (!(Object.values(AlertReasonEnum) as string[]).includes(input.reason)) throw new Error(`unknown alert reason ${input.reason}`);
  const rows: { kind: EscalationKindName }[] = await em.query(`SELECT kind FROM escalations WHERE id = $1`, [input.escalationId]);
  const kind = rows[0]?.kind;
  if (!kind) throw NotFound('The escalation');
  const inserted = await em.insert(Alert, {
    escalationId: input.escalationId,
    escalationKind: kind,
    reason: input.reason as AlertReasonEnum,
    urgent: input.urgent,
    audience: audienceFor(kind),
    raisedById: input.raisedById,
  });
  const alertId = (inserted.identifiers[0] as { id: string }).id;
  const payload: DeliverAlertPayload = { alertId, step: 0 };
  await enqueueAfterCommit(em, QueueName.ALERTS, JobName.DELIVER_ALERT, { ...payload }, { jobId: alertStepJobId(alertId, 0) });
  return { alertId };
}
