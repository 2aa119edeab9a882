import type { DataSource } from 'typeorm';
import type { Actor } from '../../../core/auth/context';
import { inTransaction } from '../../../core/database/transaction';
import { CloseReason } from '../case-enums';
import type { Case } from '../case.entity';
import { CaseAction } from '../case-state-machine';
import { transitionCase } from '../case-workflow.service';
import { queueReply } from './reply-preparation';
import { reasonText } from './screening.commands';

/** 承認: the chief approves a doubtful warning; the reply prepared at the request is queued. */
export function approveWarning(db: DataSource, actor: Actor, caseId: string, expectedVersion: number, comment?: string | null): Promise<Case> {
  const note = reasonText(comment, 'comment', false);
  return inTransaction(db, async (em) => {
    const updated = await transitionCase(em, actor, caseId, CaseAction.APPROVE, {
      expectedVersion,
      changes: { approvedById: actor.user!.id, approvedAt: new Date(), chiefComment: note, decidedById: actor.user!.id, decidedAt: new Date() },
    });
    await queueReply(em, updated);
    return updated;
  });
}

/** 不承認: the chief declines; the case closes with the reason. */
export function declineWarning(db: DataSource, actor: Actor, caseId: string, expectedVersion: number, reason: string): Promise<Case> {
  const text = reasonText(reason, 'reason', true);
  return inTransaction(db, (em) =>
    transitionCase(em, actor, caseId, CaseAction.DECLINE, {
      expectedVersion,
      changes: {
        chiefComment: text,
        closeReason: CloseReason.DECLINED,
        closeNote: text,
        closedAt: new Date(),
        decidedById: actor.user!.id,
        decidedAt: new Date(),
        replyText: null,
      },
    }),
  );
}

/** 差戻し: the chief sends the case back to the officer who took it, with a comment. */
export function returnForScreening(db: DataSource, actor: Actor, caseId: string, expectedVersion: number, comment: string): Promise<Case> {
  const text = reasonText(comment, 'comment', true);
  return inTransaction(db, (em) =>
    transitionCase(em, actor, caseId, CaseAction.RETURN_FOR_SCREENING, {
      expectedVersion,
      changes: { chiefComment: text, replyText: null, templateId: null, templateVersion: null },
    }),
  );
}
