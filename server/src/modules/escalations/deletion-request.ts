import type { DataSource } from 'typeorm';
import type { Actor } from '../../core/auth/context';
import { inTransaction } from '../../core/database/transaction';
import { Conflict } from '../../core/errors/errors';
import { reasonText } from '../cases/commands/screening.commands';
import { scheduleDeletionCheck } from './deletion-schedule';
import { EscalationEventType, EscalationKind } from './escalation-enums';
import type { Escalation } from './escalation.entity';
import { addEvent, assertKind, assertNotFinished, happenedAt, loadForUpdate, saveChange, type DeletionSettings } from './escalation.service';

/** The removal request went to X: record when and X's reference, and start re-checking the post. */
export function recordDeletionRequestSent(
  db: DataSource,
  actor: Actor,
  escalationId: string,
  xReference: string | null,
  sentAt: Date | null,
  settings: DeletionSettings,
): Promise<Escalation> {
  const reference = reasonText(xReference, 'xReference', false);
  return inTransaction(db, async (em) => {
    const e = await loadForUpdate(em, escalationId);
    assertKind(e, EscalationKind.DELETION_REQUEST, 'Recording a removal request');
    assertNotFinished(e, 'recording the request');
    if (e.deletionRequestedAt) throw Conflict('The removal request is already recorded as sent; re-checks are running.');
    const at = happenedAt(sentAt, 'sentAt', e.createdAt);
    const changes: Partial<Escalation> = { deletionRequestedAt: at };
    if (reference) changes.externalReference = reference;
    await addEvent(em, e.id, EscalationEventType.DELETION_REQUEST_SENT, actor.user!.id, { sentAt: at.toISOString(), xReference: reference });
    const updated = await saveChange(em, actor, e, 'DELETION_REQUEST_SENT', changes);
    await scheduleDeletionCheck(em, updated, 1, settings);
    return updated;
  });
}

/** Hours from the request to the observed removal, rounded to 0.01 h. */
export function hoursToRemoval(e: Pick<Escalation, 'deletionRequestedAt' | 'deletionRemovedAt'>): number | null {
  if (!e.deletionRequestedAt || !e.deletionRemovedAt) return null;
  return Math.round(((e.deletionRemovedAt.getTime() - e.deletionRequestedAt.getTime()) / 3600_000) * 100) / 100;
}
