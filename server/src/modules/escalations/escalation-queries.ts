import type { DataSource } from 'typeorm';
import { decodeCursor, toPage, type Page } from '../../core/graphql/pagination';
import { InvalidInput } from '../../core/errors/errors';
import { EscalationStatus } from './escalation-enums';
import { Escalation } from './escalation.entity';
import type { RaisedEscalation } from './escalation.types';
import type { EscalationFilter } from './inputs';

const ACTIVE = [EscalationStatus.OPEN, EscalationStatus.IN_PROGRESS];

function cursorTime(after: string | null | undefined): { at: Date; id: string } | null {
  if (!after) return null;
  const { sortValue, id } = decodeCursor(after);
  const at = new Date(sortValue);
  if (Number.isNaN(at.getTime()) || !/^[0-9a-f-]{36}$/i.test(id)) throw InvalidInput('The page cursor is not valid; reload the list.', 'after');
  return { at, id };
}

/**
 * The board: by default the escalations still open or in progress, the most pressing (earliest due)
 * first; urgent and overdue ones therefore lead.
 */
export async function listEscalations(
  db: DataSource,
  userId: string,
  filter: EscalationFilter | null | undefined,
  first: number,
  after: string | null | undefined,
): Promise<Page<Escalation>> {
  const qb = db.getRepository(Escalation).createQueryBuilder('e');
  qb.where('e.status IN (:...statuses)', { statuses: filter?.status?.length ? filter.status : ACTIVE });
  if (filter?.kind?.length) qb.andWhere('e.kind IN (:...kinds)', { kinds: filter.kind });
  if (filter?.mine) qb.andWhere('e.ownerId = :userId', { userId });
  const cursor = cursorTime(after);
  const dueMs = `date_trunc('milliseconds', e.due_at)`;
  if (cursor) qb.andWhere(`(${dueMs}, e.id) > (:at, :id)`, { at: cursor.at, id: cursor.id });
  const rows = await qb.orderBy(dueMs, 'ASC').addOrderBy('e.id', 'ASC').limit(first + 1).getMany();
  return toPage(rows, first, (r) => r.dueAt);
}

/** What a raiser may see of an escalation: its status and what they gave, never the division's work on it. */
export const raisedView = (e: Escalation): RaisedEscalation => ({
  id: e.id,
  number: e.number,
  kind: e.kind,
  urgency: e.urgency,
  status: e.status,
  postUrl: e.postUrl,
  summary: e.summary,
  raisedAt: e.createdAt,
  completedAt: e.completedAt,
});

/** What the caller raised, newest first: status only. */
export async function myRaisedEscalations(db: DataSource, userId: string, first: number, after: string | null | undefined): Promise<Page<RaisedEscalation>> {
  const qb = db.getRepository(Escalation).createQueryBuilder('e').where('e.raisedById = :userId', { userId });
  const cursor = cursorTime(after);
  // created_at has microseconds, a cursor milliseconds: compare and sort at the cursor's precision.
  const createdMs = `date_trunc('milliseconds', e.created_at)`;
  if (cursor) qb.andWhere(`(${createdMs}, e.id) < (:at, :id)`, { at: cursor.at, id: cursor.id });
  const rows = await qb.orderBy(createdMs, 'DESC').addOrderBy('e.id', 'DESC').limit(first + 1).getMany();
  const page = toPage(rows, first, (r) => r.createdAt);
  return {
    pageInfo: page.pageInfo,
    nodes: page.nodes.map(raisedView),
  };
}
