import type { EntityManager } from 'typeorm';
import { NotFound } from '../../../core/errors/errors';
import { enqueueAfterCommit } from '../../../core/outbox/outbox';
import { JobName, QueueName } from '../../../core/queue/queues';
import { renderReply } from '../../templates/render-reply';
import type { Audience, Category } from '../case-enums';
import { ReplyChannel } from '../case-enums';
import type { Case } from '../case.entity';

/** The exact reply text for a case, fixed when the warning is decided (or put to the chief). */
export async function prepareReplyText(
  em: EntityManager,
  caseId: string,
  audience: Audience,
  categories: Category[],
): Promise<{ replyText: string; templateId: string; templateVersion: number }> {
  const rows: { number: number }[] = await em.query(`SELECT number FROM cases WHERE id = $1`, [caseId]);
  if (rows.length === 0) throw NotFound('The case');
  // The case records the exact template version, so the decision can be reviewed later.
  const reply = await renderReply(em, audience, categories, rows[0].number);
  return { replyText: reply.text, templateId: reply.templateId, templateVersion: reply.templateVersion };
}

/** Queues the reply job after commit, unless the case is on the manual path (an officer posts by hand). */
export async function queueReply(em: EntityManager, c: Case): Promise<void> {
  if (c.replyChannel === ReplyChannel.MANUAL) return;
  await enqueueAfterCommit(em, QueueName.REPLIES, JobName.POST_REPLY, { caseId: c.id });
}
