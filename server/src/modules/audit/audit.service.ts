import type { EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/context';
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
