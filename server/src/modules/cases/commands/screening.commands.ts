import type { DataSource } from 'typeorm';
import type { Actor } from '../../../core/auth/context';
import { inTransaction } from '../../../core/database/transaction';
import { InvalidInput, NotQualified } from '../../../core/errors/errors';
import { assertMayDecide } from '../case.policy';
import { Audience, Category, ChildIndication, CloseReason, IndicationSource, NotApplicableReason, Region } from '../case-enums';
import type { Case } from '../case.entity';
import { CaseAction } from '../case-state-machine';
import { transitionCase } from '../case-workflow.service';
import { audienceFor, qualificationProblems } from '../qualification';
import { prepareReplyText, queueReply } from './reply-preparation';

export const MAX_REASON_LENGTH = 2000;

/** Trims a free-text reason; `required` ones must say something. */
export function reasonText(value: string | null | undefined, field: string, required: boolean): string | null {
  const text = (value ?? '').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim();
  if (required && text.length === 0) throw InvalidInput(`Say why (${field} is required).`, field);
  if (text.length > MAX_REASON_LENGTH) throw InvalidInput(`${field} is too long (at most ${MAX_REASON_LENGTH} characters).`, field);
  return text.length > 0 ? text : null;
}

/** 担当: an officer in charge claims a received case for screening (claim time counts for the SLA). */
export function takeCase(db: DataSource, actor: Actor, caseId: string, expectedVersion: number): Promise<Case> {
  return inTransaction(db, (em) =>
    transitionCase(em, actor, caseId, CaseAction.TAKE, {
      expectedVersion,
      changes: { claimedById: actor.user!.id, claimedAt: new Date() },
    }),
  );
}

/** Gives a taken case back to the queue. */
export function releaseCase(db: DataSource, actor: Actor, caseId: string, expectedVersion: number): Promise<Case> {
  return inTransaction(db, (em) =>
    transitionCase(em, actor, caseId, CaseAction.RELEASE, {
      expectedVersion,
      policy: (c) => assertMayDecide(actor.user, c),
      changes: { claimedById: null, claimedAt: null },
    }),
  );
}

export interface NotApplicableCommand {
  caseId: string;
  expectedVersion: number;
  reason: NotApplicableReason;
  note?: string | null;
}

/** 対象外: closes a case that does not qualify, with the reason (OTHER needs words). */
export function markNotApplicable(db: DataSource, actor: Actor, cmd: NotApplicableCommand): Promise<Case> {
  const note = reasonText(cmd.note, 'note', cmd.reason === NotApplicableReason.OTHER);
  return inTransaction(db, (em) =>
    transitionCase(em, actor, cmd.caseId, CaseAction.MARK_NOT_APPLICABLE, {
      expectedVersion: cmd.expectedVersion,
      policy: (c) => assertMayDecide(actor.user, c),
      changes: {
        notApplicableReason: cmd.reason,
        closeReason: CloseReason.NOT_APPLICABLE,
        closeNote: note,
        closedAt: new Date(),
        decidedById: actor.user!.id,
        decidedAt: new Date(),
      },
    }),
  );
}

export interface ScreeningCommand {
  caseId: string;
  expectedVersion: number;
  region: Region;
  childIndication: ChildIndication;
  indicationSource: IndicationSource;
  categories: Category[];
  /** Optional: derived from childIndication; when given it must agree. */
  audience?: Audience | null;
}

/** Checks the screening record against DESIGN §2 and returns the changes it makes to the case. */
function screeningChanges(cmd: ScreeningCommand) {
  const categories = [...new Set(cmd.categories)].sort();
  const problems = qualificationProblems({ region: cmd.region, childIndication: cmd.childIndication, categories });
  if (problems.length > 0) throw NotQualified(problems);
  const audience = audienceFor(cmd.childIndication)!;
  if (cmd.audience && cmd.audience !== audience) {
    throw InvalidInput(
      audience === Audience.CHILD
        ? 'The poster is a child, so the reply is an alert to a child (audience CHILD).'
        : 'The poster targets a child, so the reply is a warning to an adult (audience ADULT).',
      'audience',
    );
  }
  return {
    categories,
    audience,
    region: cmd.region,
    childIndication: cmd.childIndication,
    childIndicationSource: cmd.indicationSource,
  };
}

/**
 * 警告: a clear case. Records the screening, fixes the exact reply text and queues it; the outbox
 * row commits with the decision, so a committed warning can never lose its job.
 */
export async function warnCase(db: DataSource, actor: Actor, cmd: ScreeningCommand): Promise<Case> {
  const screening = screeningChanges(cmd);
  return inTransaction(db, async (em) => {
    const reply = await prepareReplyText(em, cmd.caseId, screening.audience, screening.categories);
    const updated = await transitionCase(em, actor, cmd.caseId, CaseAction.WARN, {
      expectedVersion: cmd.expectedVersion,
      policy: (c) => assertMayDecide(actor.user, c),
      changes: { ...screening, ...reply, decidedById: actor.user!.id, decidedAt: new Date() },
    });
    await queueReply(em, updated);
    return updated;
  });
}

/**
 * 伺い: the officer in charge doubts (e.g. the warning might lead to a dispute) and asks the chief.
 * The reply text is fixed now, so the chief approves exactly what will be posted.
 */
export async function requestApproval(db: DataSource, actor: Actor, cmd: ScreeningCommand & { reason: string }): Promise<Case> {
  const reason = reasonText(cmd.reason, 'reason', true);
  const screening = screeningChanges(cmd);
  return inTransaction(db, async (em) => {
    const reply = await prepareReplyText(em, cmd.caseId, screening.audience, screening.categories);
    return transitionCase(em, actor, cmd.caseId, CaseAction.REQUEST_APPROVAL, {
      expectedVersion: cmd.expectedVersion,
      policy: (c) => assertMayDecide(actor.user, c),
      changes: {
        ...screening,
        ...reply,
        approvalReason: reason,
        approvalRequestedById: actor.user!.id,
        approvalRequestedAt: new Date(),
        chiefComment: null,
      },
    });
  });
}
