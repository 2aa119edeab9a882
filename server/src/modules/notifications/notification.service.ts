import type { DataSource, EntityManager } from 'typeorm';
import { InvalidInput } from '../../core/errors/errors';
import { Role } from '../users/role';
import type { User } from '../users/user.entity';
import { Notification } from './notification.entity';
import type { NotificationKind } from './notification-kind';

/** Who hears about replies: every active officer in charge and the chief (DESIGN §1). */
export const REPLY_NOTIFICATION_ROLES: readonly Role[] = [Role.OFFICER_IN_CHARGE, Role.CHIEF];

/**
 * Notifies every active officer in charge and chief about a case, inside the caller's transaction
 * (so the notice exists exactly when the state change it reports does). Returns how many were written.
 */
export async function notifyOfficersInCharge(em: EntityManager, kind: NotificationKind, caseId: string): Promise<number> {
  const rows: unknown[] = await em.query(
    `INSERT INTO notifications (recipient_id, kind, case_id)
     SELECT id, $1, $2 FROM users WHERE active AND role = ANY($3::text[])
     RETURNING id`,
    [kind, caseId, [...REPLY_NOTIFICATION_ROLES]],
  );
  return rows.length;
}

/** Notifies every active chief about a user's account, inside the caller's transaction. */
export async function notifyChiefsAboutUser(em: EntityManager, kind: NotificationKind, subjectUserId: string): Promise<number> {
  const rows: unknown[] = await em.query(
    `INSERT INTO notifications (recipient_id, kind, subject_user_id)
     SELECT id, $1, $2 FROM users WHERE active AND role = $3
     RETURNING id`,
    [kind, subjectUserId, Role.CHIEF],
  );
  return rows.length;
}

export const MAX_NOTIFICATIONS = 200;

/** The user's own notifications, newest first. */
export function listMyNotifications(db: DataSource, user: User, opts: { unreadOnly: boolean; limit: number }): Promise<Notification[]> {
  if (!Number.isInteger(opts.limit) || opts.limit < 1 || opts.limit > MAX_NOTIFICATIONS) {
    throw InvalidInput(`limit must be between 1 and ${MAX_NOTIFICATIONS}.`, 'limit');
  }
  const qb = db
    .getRepository(Notification)
    .createQueryBuilder('n')
    .where('n.recipient_id = :me', { me: user.id })
    .orderBy('n.created_at', 'DESC')
    .addOrderBy('n.id', 'DESC')
    .take(opts.limit);
  if (opts.unreadOnly) qb.andWhere('n.read_at IS NULL');
  return qb.getMany();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Marks the given notifications read — only the caller's own (per-record rule: a notification
 * belongs to its recipient; others' IDs are ignored). Returns the caller's notifications named.
 */
export async function markNotificationsRead(db: DataSource, user: User, ids: string[]): Promise<Notification[]> {
  if (ids.length > MAX_NOTIFICATIONS) throw InvalidInput(`At most ${MAX_NOTIFICATIONS} notifications at once.`, 'ids');
  if (ids.some((id) => !UUID.test(id))) throw InvalidInput('Some notification IDs are not valid.', 'ids');
  if (ids.length === 0) return [];
  await db.query(
    `UPDATE notifications SET read_at = now() WHERE recipient_id = $1 AND id = ANY($2::uuid[]) AND read_at IS NULL`,
    [user.id, ids],
  );
  return db
    .getRepository(Notification)
    .createQueryBuilder('n')
    .where('n.recipient_id = :me AND n.id IN (:...ids)', { me: user.id, ids })
    .orderBy('n.created_at', 'DESC')
    .addOrderBy('n.id', 'DESC')
    .getMany();
}
