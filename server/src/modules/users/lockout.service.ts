import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/context';
import type { Config } from '../../core/config/config';
import { inTransaction } from '../../core/database/transaction';
import { AppError } from '../../core/errors/errors';
import type { Logger } from '../../core/logging/logger';
import { AuditEvent } from '../audit/audit-event.entity';
import { notifyChiefsAboutUser } from '../notifications/notification.service';
import { NotificationKind } from '../notifications/notification-kind';
import { recordAudit } from '../audit/audit.service';
import type { User } from './user.entity';

/**
 * Account lockout (CJIS §5.5.3: "unsuccessful login attempts"; OWASP ASVS 2.2.1). Every wrong
 * password and every wrong second-factor code is an audit event (user.LOGIN_FAILED,
 * user.MFA_FAILED); LOGIN_LOCKOUT_ATTEMPTS of them within LOGIN_LOCKOUT_WINDOW_MINUTES lock the
 * account until the chief unlocks it (unlockUser). A completed login or an unlock starts the count
 * afresh. Counting from the append-only audit log means the number can be neither lost nor reset
 * by anyone but those two events, and any number of API copies agree on it.
 */
export const FAILED_ATTEMPT_ACTIONS = ['user.LOGIN_FAILED', 'user.MFA_FAILED'] as const;
export type FailedAttempt = (typeof FAILED_ATTEMPT_ACTIONS)[number];

export const AccountLocked = () =>
  new AppError(
    'ACCOUNT_LOCKED',
    'This account is locked after too many failed login attempts. Ask the chief (実施責任者) to unlock it.',
  );

/**
 * Records one failed attempt against `user` and locks the account when it is the one too many.
 * Returns whether the account is locked now. Runs in its own transaction, serialised per user by a
 * row lock, so ten wrong passwords at the same moment still count as ten.
 */
export async function recordFailedAttempt(
  db: DataSource,
  deps: { config: Config; logger: Logger },
  actor: Pick<Actor, 'requestId' | 'ip'>,
  user: Pick<User, 'id' | 'username'>,
  action: FailedAttempt,
): Promise<boolean> {
  const { config, logger } = deps;
  return inTransaction(db, async (em) => {
    const [row] = await em.query(`SELECT locked_at FROM users WHERE id = $1 FOR UPDATE`, [user.id]);
    if (!row) return false;
    await insertAnonymousEvent(em, actor, { action, objectType: 'User', objectId: user.id });
    if (row.locked_at) return true;
    // The window, in the database's clock (the audit events' `at` is its now()), since the last completed login or unlock.
    const [{ n }] = await em.query(
      `SELECT count(*)::int AS n FROM audit_events e, users u
       WHERE u.id = $1 AND e.object_type = 'User' AND e.object_id = $1::text AND e.action = ANY($2::text[])
         AND e.at > greatest(now() - make_interval(mins => $3), coalesce(u.last_login_at, '-infinity'), coalesce(u.unlocked_at, '-infinity'))`,
      [user.id, [...FAILED_ATTEMPT_ACTIONS], config.LOGIN_LOCKOUT_WINDOW_MINUTES],
    );
    if (n < config.LOGIN_LOCKOUT_ATTEMPTS) return false;
    await em.query(`UPDATE users SET locked_at = now() WHERE id = $1`, [user.id]);
    await recordAudit(em, { user: null, requestId: actor.requestId, ip: actor.ip }, {
      action: 'user.LOCK',
      objectType: 'User',
      objectId: user.id,
      after: { failedAttempts: n, windowMinutes: config.LOGIN_LOCKOUT_WINDOW_MINUTES },
    });
    await notifyChiefsAboutUser(em, NotificationKind.ACCOUNT_LOCKED, user.id);
    alertChiefsOfLockout(logger, user, n);
    return true;
  });
}

/**
 * The chief must learn of a lockout (it may be an attack, or a colleague who needs unlocking):
 * an in-app notification (ACCOUNT_LOCKED) written with the lock, the audit event user.LOCK, the
 * locked filter of the user list, and a warn-level log line for monitoring.
 */
function alertChiefsOfLockout(logger: Logger, user: Pick<User, 'id' | 'username'>, attempts: number): void {
  logger.warn({ event: 'account.locked', userId: user.id, failedAttempts: attempts }, 'account locked after failed logins; the chief must unlock it');
}

/** A failed login for a username that does not exist: kept (CJIS §5.4.1.1), without the name typed (it may be a password). */
export async function recordUnknownUserAttempt(db: DataSource, actor: Pick<Actor, 'requestId' | 'ip'>, typedName: string): Promise<void> {
  await inTransaction(db, (em) =>
    insertAnonymousEvent(em, actor, {
      action: 'auth.LOGIN_FAILED',
      objectType: 'Login',
      objectId: 'unknown-user',
      // Lets an investigator correlate attempts on one name without the log holding what was typed.
      after: { usernameSha256: createHash('sha256').update(typedName).digest('hex').slice(0, 16) },
    }),
  );
}

/** An audit event whose actor is nobody known (the attempt authenticated no one), with the request it came from. */
async function insertAnonymousEvent(
  em: EntityManager,
  actor: Pick<Actor, 'requestId' | 'ip'>,
  entry: { action: string; objectType: string; objectId: string; after?: Record<string, unknown> },
): Promise<void> {
  await em.insert(AuditEvent, {
    actorId: null,
    actorRole: 'ANONYMOUS',
    action: entry.action,
    objectType: entry.objectType,
    objectId: entry.objectId,
    before: null,
    after: entry.after ?? null,
    requestId: actor.requestId,
    ip: actor.ip,
  });
}
