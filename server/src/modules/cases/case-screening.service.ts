import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/context';
import { inTransaction } from '../../core/database/transaction';
import { InvalidInput, NotFound } from '../../core/errors/errors';
import { enqueueAfterCommit } from '../../core/outbox/outbox';
import { JobName, QueueName } from '../../core/queue/queues';
import { defaultReplyText } from '../templates/default-reply-texts';
import { Audience, Category } from './case-enums';
import type { Case } from './case.entity';
import { CaseAction } from './case-state-machine';
import { transitionCase } from './case-workflow.service';

async function caseNumber(em: EntityManager, caseId: string): Promise<number> {
  const rows: { number: number }[] = await em.query(`SELECT number FROM cases WHERE id = $1`, [caseId]);
  if (rows.length === 0) throw NotFound('The case');
  return rows[0].number;
}

/** 担当: an officer in charge claims a received case for screening. */
export function takeCase(db: DataSource, actor: Actor, caseId: string, expectedVersion: number): Promise<Case> {
  return inTransaction(db, (em) =>
    transitionCase(em, actor, caseId, CaseAction.TAKE, {
      expectedVersion,
      changes: { claimedById: actor.user!.id, claimedAt: new Date() },
    }),
  );
}

export interface WarnCommand {
  caseId: string;
  categories: Category[];
  audience: Audience;
  expectedVersion: number;
}

/**
 * A clear case: fixes the reply text and queues it. The outbox row is written in the same
 * transaction, so the committed decision can never lose its job.
 */
export function warnCase(db: DataSource, actor: Actor, cmd: WarnCommand): Promise<Case> {
  const categories = [...new Set(cmd.categories)].sort();
  if (categories.length === 0) throw InvalidInput('Choose at least one category (C1–C6).', 'categories');
  return inTransaction(db, async (em) => {
    const number = await caseNumber(em, cmd.caseId);
    const updated = await transitionCase(em, actor, cmd.caseId, CaseAction.WARN, {
      expectedVersion: cmd.expectedVersion,
      changes: {
        categories,
        audience: cmd.audience,
        replyText: defaultReplyText(cmd.audience, categories, number),
        decidedById: actor.user!.id,
        decidedAt: new Date(),
      },
    });
    await enqueueAfterCommit(em, QueueName.REPLIES, JobName.POST_REPLY, { caseId: updated.id });
    return updated;
  });
}
