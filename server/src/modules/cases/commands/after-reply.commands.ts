import type { DataSource } from 'typeorm';
import type { Actor } from '../../../core/auth/context';
import { inTransaction } from '../../../core/database/transaction';
import { CloseReason, ReplyChannel } from '../case-enums';
import type { Case } from '../case.entity';
import { CaseAction } from '../case-state-machine';
import { transitionCase } from '../case-workflow.service';
import { queueReply } from './reply-preparation';
import { reasonText } from './screening.commands';

/** 報告: after a posted warning, the officer in charge reports it to the chief (速やかに報告). */
export function reportToChief(db: DataSource, actor: Actor, caseId: string, expectedVersion: number, note?: string | null): Promise<Case> {
  const text = reasonText(note, 'note', false);
  return inTransaction(db, (em) =>
    transitionCase(em, actor, caseId, CaseAction.REPORT_TO_CHIEF, {
      expectedVersion,
      changes: { reportedToChiefById: actor.user!.id, reportedToChiefAt: new Date(), reportToChiefNote: text },
    }),
  );
}

/** 確認: the chief acknowledges the report; the case is done. */
export function acknowledgeReport(db: DataSource, actor: Actor, caseId: string, expectedVersion: number): Promise<Case> {
  return inTransaction(db, (em) =>
    transitionCase(em, actor, caseId, CaseAction.ACKNOWLEDGE, {
      expectedVersion,
      changes: { acknowledgedById: actor.user!.id, acknowledgedAt: new Date(), closeReason: CloseReason.ACKNOWLEDGED, closedAt: new Date() },
    }),
  );
}

/**
 * Tries a failed reply again, through the API or by hand. The job looks for an existing reply
 * before posting (replyAttemptedAt is kept), so a retry can never double-post.
 */
export function retryReply(db: DataSource, actor: Actor, caseId: string, expectedVersion: number, channel: ReplyChannel): Promise<Case> {
  return inTransaction(db, async (em) => {
    const updated = await transitionCase(em, actor, caseId, CaseAction.RETRY_REPLY, {
      expectedVersion,
      changes: { failureReason: null, replyChannel: channel },
    });
    await queueReply(em, updated);
    return updated;
  });
}

/** Gives up on a failed reply (e.g. the post is gone), with the reason. */
export function closeFailedReply(db: DataSource, actor: Actor, caseId: string, expectedVersion: number, reason: string): Promise<Case> {
  const text = reasonText(reason, 'reason', true);
  return inTransaction(db, (em) =>
    transitionCase(em, actor, caseId, CaseAction.CLOSE_FAILED, {
      expectedVersion,
      changes: { closeReason: CloseReason.FAILED_REPLY_CLOSED, closeNote: text, closedAt: new Date() },
    }),
  );
}
