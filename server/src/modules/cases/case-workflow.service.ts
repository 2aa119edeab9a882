import type { EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/context';
import { Conflict, Forbidden, InvalidTransition, NotFound } from '../../core/errors/errors';
import { recordAudit } from '../audit/audit.service';
import { CaseStatus } from './case-enums';
import { Case } from './case.entity';
import { CaseAction, findTransition, SYSTEM, type ActorRole } from './case-state-machine';

/** The fields of a case that the audit log records before and after each transition. */
function snapshot(c: Case): Record<string, unknown> {
  return {
    status: c.status,
    version: c.version,
    claimedById: c.claimedById,
    categories: c.categories,
    audience: c.audience,
    replyPostId: c.replyPostId,
    replyChannel: c.replyChannel,
    region: c.region,
    childIndication: c.childIndication,
    childIndicationSource: c.childIndicationSource,
    templateId: c.templateId,
    templateVersion: c.templateVersion,
    notApplicableReason: c.notApplicableReason,
    closeReason: c.closeReason,
    closeNote: c.closeNote,
    approvalReason: c.approvalReason,
    chiefComment: c.chiefComment,
    reportToChiefNote: c.reportToChiefNote,
    failureReason: c.failureReason,
  };
}

/**
 * Moves a case along the state table, inside the caller's transaction: locks the row, checks the
 * expected version (optimistic locking across requests), the transition and the actor's role,
 * applies `changes`, bumps the version and writes the audit event.
 */
export async function transitionCase(
  em: EntityManager,
  actor: Actor,
  caseId: string,
  action: CaseAction,
  opts: { expectedVersion?: number; changes?: Partial<Case>; policy?: (c: Case) => void } = {},
): Promise<Case> {
  const found = await em.getRepository(Case).findOne({ where: { id: caseId }, lock: { mode: 'pessimistic_write' } });
  if (!found) throw NotFound('The case');
  if (opts.expectedVersion !== undefined && found.version !== opts.expectedVersion) {
    throw Conflict(
      `Someone else changed this case while you were looking at it (it is now ${found.status}). Reload it and decide again.`,
      { currentStatus: found.status, currentVersion: found.version },
    );
  }
  const transition = findTransition(found.status, action);
  if (!transition) {
    throw InvalidTransition(`A case in ${found.status} cannot be changed by ${action}.`, {
      currentStatus: found.status,
      action,
    });
  }
  const role: ActorRole = actor.user ? actor.user.role : SYSTEM;
  if (!transition.roles.includes(role)) throw Forbidden(`Your role may not ${action} a case.`);
  opts.policy?.(found);

  const before = snapshot(found);
  const updated: Case = Object.assign(found, opts.changes ?? {}, {
    status: transition.to,
    version: found.version + 1,
  });
  await em.getRepository(Case).save(updated);
  await recordAudit(em, actor, {
    action: `case.${action}`,
    objectType: 'Case',
    objectId: caseId,
    before,
    after: snapshot(updated),
  });
  return updated;
}

export const OPEN_REVIEW_STATUSES = [CaseStatus.RECEIVED, CaseStatus.SCREENING];
