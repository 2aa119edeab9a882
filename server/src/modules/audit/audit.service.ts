import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/context';
import { inTransaction } from '../../core/database/transaction';
import { InvalidInput } from '../../core/errors/errors';
import { decodeCursor, toPage, type Page } from '../../core/graphql/pagination';
import { AuditEvent } from './audit-event.entity';

export interface AuditEntry {
  action: string;
  objectType: string;
  objectId: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** Writes an audit event with the caller's entity manager, i.e. inside the caller's transaction. */
export async function recordAudit(em: EntityManager, actor: Actor, entry: AuditEntry): Promise<void> {
  await em.insert(AuditEvent, {
    actorId: actor.user?.id ?? null,
    actorRole: actor.user?.role ?? 'SYSTEM',
    action: entry.action,
    objectType: entry.objectType,
    objectId: entry.objectId,
    before: entry.before ?? null,
    after: entry.after ?? null,
    requestId: actor.requestId,
    ip: actor.ip,
  });
}

export interface AuditLogFilter {
  actorId?: string | null;
  action?: string | null;
  objectType?: string | null;
  objectId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const escapeLike = (s: string) => s.replace(/[\\%_]/g, '\\$&');

/** The filter as the audit.READ event records it: only the fields given, dates as ISO strings. */
function describeFilter(f: AuditLogFilter): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(f)) {
    if (value == null || value === '') continue;
    out[key] = value instanceof Date ? value.toISOString() : value;
  }
  return out;
}

/**
 * The chief's audit log viewer: newest first, keyset-paginated by id. DESIGN §7: every read of the
 * audit log is itself written to it, in the same transaction as the read — if the audit.READ
 * event cannot be written, nothing is returned.
 */
export async function readAuditLog(
  db: DataSource,
  actor: Actor,
  filter: AuditLogFilter,
  first: number,
  after?: string | null,
): Promise<Page<AuditEvent>> {
  if (filter.actorId != null && !UUID.test(filter.actorId)) throw InvalidInput('Choose the actor from the list of users.', 'actorId');
  if (filter.from && filter.to && filter.from.getTime() >= filter.to.getTime()) {
    throw InvalidInput('The end of the period must be after its start.', 'to');
  }
  let afterId: string | null = null;
  if (after) {
    afterId = decodeCursor(after).id;
    if (!/^[0-9]{1,19}$/.test(afterId)) throw InvalidInput('The page cursor is not valid; reload the list.', 'after');
  }

  return inTransaction(db, async (em) => {
    const qb = em.getRepository(AuditEvent).createQueryBuilder('e');
    if (filter.actorId != null) qb.andWhere('e.actorId = :actorId', { actorId: filter.actorId });
    if (filter.action) qb.andWhere('e.action LIKE :action', { action: `${escapeLike(filter.action)}%` });
    if (filter.objectType) qb.andWhere('e.objectType = :objectType', { objectType: filter.objectType });
    if (filter.objectId) qb.andWhere('e.objectId = :objectId', { objectId: filter.objectId });
    if (filter.from) qb.andWhere('e.at >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('e.at < :to', { to: filter.to });
    if (afterId) qb.andWhere('e.id < :afterId', { afterId });
    const rows = await qb.orderBy('e.id', 'DESC').limit(first + 1).getMany();
    const page = toPage(rows, first, (e) => e.id);

    await recordAudit(em, actor, {
      action: 'audit.READ',
      objectType: 'AuditLog',
      objectId: 'audit_events',
      after: {
        filter: describeFilter(filter),
        first,
        after: after ?? null,
        returned: page.nodes.length,
        newestId: page.nodes[0]?.id ?? null,
        oldestId: page.nodes[page.nodes.length - 1]?.id ?? null,
      },
    });
    return page;
  });
}
