import type { DataSource } from 'typeorm';
import type { Actor } from '../../core/auth/context';
import { inTransaction } from '../../core/database/transaction';
import { AppError } from '../../core/errors/errors';
import type { Logger } from '../../core/logging/logger';
import { recordAudit } from '../audit/audit.service';
import { DeactivationKind, Role } from './role';
import { USER_ADMIN_LOCK_KEY } from './user-admin.service';
import type { User } from './user.entity';

/**
 * CJIS §5.6.1 / ASVS: accounts nobody has logged in to for ACCOUNT_INACTIVITY_DAYS are disabled.
 * "Used" means a completed login; an account never used counts from its creation, a reactivated
 * one from its reactivation. The worker checks every MAINTENANCE_INTERVAL_MS, and login checks the
 * account it is about to open, so a stale account never gets in between two runs.
 *
 * The system always keeps an active chief (user-admin.service.ts): when every active chief is
 * unused, the most recently active one stays enabled, and the log says so.
 */
export const AccountDisabledForInactivity = (days: number) =>
  new AppError(
    'ACCOUNT_DISABLED',
    `This account was disabled because nobody logged in to it for ${days} days. Ask the chief (実施責任者) to reactivate it.`,
  );

export function lastActivity(u: Pick<User, 'createdAt' | 'lastLoginAt' | 'reactivatedAt'>): Date {
  return [u.createdAt, u.lastLoginAt, u.reactivatedAt].filter((d): d is Date => d instanceof Date).reduce((a, b) => (a > b ? a : b));
}

export function isUnused(u: Pick<User, 'createdAt' | 'lastLoginAt' | 'reactivatedAt'>, days: number, now = Date.now()): boolean {
  return days > 0 && now - lastActivity(u).getTime() > days * 86_400_000;
}

const system = (requestId: string): Actor => ({ user: null, requestId, ip: null });

/** Disables the unused accounts (or just `userId`, when given and unused). Returns the ids disabled. */
export async function disableUnusedAccounts(
  db: DataSource,
  logger: Logger,
  days: number,
  opts: { userId?: string; requestId?: string } = {},
): Promise<string[]> {
  if (days <= 0) return [];
  const actor = system(opts.requestId ?? 'inactive-accounts');
  return inTransaction(db, async (em) => {
    // The user administration's lock: "is another chief active?" must not race a chief's changes.
    await em.query(`SELECT pg_advisory_xact_lock($1)`, [USER_ADMIN_LOCK_KEY]);
    const activity = `greatest(created_at, coalesce(last_login_at, '-infinity'), coalesce(reactivated_at, '-infinity'))`;
    const due: { id: string; role: Role; last: Date }[] = await em.query(
      `SELECT id, role, ${activity} AS last FROM users
       WHERE active AND ${activity} < now() - make_interval(days => $1) ${opts.userId ? 'AND id = $2' : ''}
       ORDER BY id FOR UPDATE`,
      opts.userId ? [days, opts.userId] : [days],
    );
    if (due.length === 0) return [];

    const dueChiefs = due.filter((u) => u.role === Role.CHIEF);
    if (dueChiefs.length > 0) {
      const [{ n }] = await em.query(`SELECT count(*)::int AS n FROM users WHERE active AND role = $1 AND NOT (id = ANY($2::uuid[]))`, [
        Role.CHIEF,
        dueChiefs.map((c) => c.id),
      ]);
      if (n === 0) {
        const keep = dueChiefs.reduce((a, b) => (new Date(a.last) > new Date(b.last) ? a : b));
        due.splice(due.indexOf(keep), 1);
        logger.warn({ userId: keep.id }, 'every active chief is unused; the most recently active one stays enabled so someone can manage users');
      }
    }
    if (due.length === 0) return [];

    const ids = due.map((u) => u.id);
    const reason = `Not used for ${days} days (disabled automatically).`;
    await em.query(
      `UPDATE users SET active = false, deactivated_at = now(), deactivation_reason = $2, deactivation_kind = $3 WHERE id = ANY($1::uuid[])`,
      [ids, reason, DeactivationKind.INACTIVITY],
    );
    await em.query(`UPDATE sessions SET revoked_at = now() WHERE user_id = ANY($1::uuid[]) AND revoked_at IS NULL`, [ids]);
    for (const u of due) {
      await recordAudit(em, actor, {
        action: 'user.DISABLE_UNUSED',
        objectType: 'User',
        objectId: u.id,
        before: { active: true, lastActivityAt: new Date(u.last).toISOString() },
        after: { active: false, deactivationKind: DeactivationKind.INACTIVITY, inactivityDays: days },
      });
    }
    logger.info({ disabled: ids.length, days }, 'unused accounts disabled');
    return ids;
  });
}
