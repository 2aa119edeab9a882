import { type DataSource, IsNull, MoreThan } from 'typeorm';
import type { Actor } from '../../core/auth/context';
import { inTransaction } from '../../core/database/transaction';
import { NotFound } from '../../core/errors/errors';
import { recordAudit } from '../audit/audit.service';
import type { UserSession } from './inputs';
import { Session } from './session.entity';
import { isUuid } from './user-fields';

/**
 * The caller's own sessions ("where am I logged in?"). Every function here is scoped to
 * actor.user: a session of someone else is indistinguishable from one that does not exist.
 */

/** Live sessions only: not ended, not past their absolute end, not idle for longer than the timeout. */
export async function listMySessions(
  db: DataSource,
  actor: Actor,
  currentTokenHash: string | null,
  idleMinutes: number,
): Promise<UserSession[]> {
  const now = Date.now();
  const rows = await db.getRepository(Session).find({
    where: {
      userId: actor.user!.id,
      revokedAt: IsNull(),
      expiresAt: MoreThan(new Date(now)),
      lastSeenAt: MoreThan(new Date(now - idleMinutes * 60_000)),
    },
    order: { lastSeenAt: 'DESC', createdAt: 'DESC' },
  });
  return rows.map((s) => ({
    id: s.id,
    createdAt: s.createdAt,
    lastSeenAt: s.lastSeenAt,
    ip: s.ip,
    current: s.tokenHash === currentTokenHash,
  }));
}

/** Ends one of the caller's sessions. Returns whether it was the one this request came from. */
export async function endMySession(db: DataSource, actor: Actor, currentTokenHash: string | null, sessionId: string): Promise<{ wasCurrent: boolean }> {
  if (!isUuid(sessionId)) throw NotFound('The session');
  return inTransaction(db, async (em) => {
    const result = await em
      .createQueryBuilder()
      .update(Session)
      .set({ revokedAt: () => 'now()' })
      .where('id = :sessionId AND user_id = :userId AND revoked_at IS NULL', { sessionId, userId: actor.user!.id })
      .returning('token_hash')
      .execute();
    const rows = result.raw as { token_hash: string }[];
    if (rows.length === 0) throw NotFound('The session');
    const wasCurrent = rows[0].token_hash === currentTokenHash;
    await recordAudit(em, actor, { action: 'session.END', objectType: 'Session', objectId: sessionId, after: { current: wasCurrent } });
    return { wasCurrent };
  });
}

/** Ends every session of the caller except the current one ("log out everywhere else"). */
export async function endMyOtherSessions(db: DataSource, actor: Actor, currentTokenHash: string | null): Promise<number> {
  return inTransaction(db, async (em) => {
    const result = await em
      .createQueryBuilder()
      .update(Session)
      .set({ revokedAt: () => 'now()' })
      .where('user_id = :userId AND revoked_at IS NULL AND token_hash <> :current', {
        userId: actor.user!.id,
        current: currentTokenHash ?? '',
      })
      .returning('id')
      .execute();
    const ids = (result.raw as { id: string }[]).map((r) => r.id);
    await recordAudit(em, actor, {
      action: 'session.END_OTHERS',
      objectType: 'User',
      objectId: actor.user!.id,
      after: { sessionsEnded: ids.length, sessionIds: ids },
    });
    return ids.length;
  });
}
