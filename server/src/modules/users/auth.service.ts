import { IsNull } from 'typeorm';
import { actorOf, type GraphQLContext } from '../../core/auth/context';
import { dummyPasswordHash, verifyPassword } from '../../core/auth/passwords';
import { inTransaction } from '../../core/database/transaction';
import { Unauthenticated } from '../../core/errors/errors';
import { recordAudit } from '../audit/audit.service';
import { Session } from './session.entity';
import { User } from './user.entity';

const BAD_LOGIN = 'The username or password is wrong.';

/** Checks the password and opens a new session (a fresh token on every login). */
export async function login(ctx: GraphQLContext, username: string, password: string): Promise<{ user: User; token: string }> {
  const name = String(username ?? '').normalize('NFKC').trim().toLowerCase();
  if (name.length === 0 || name.length > 100 || String(password ?? '').length > 1024) throw Unauthenticated(BAD_LOGIN);
  const user = await ctx.db.getRepository(User).findOne({ where: { username: name }, relations: { unit: true } });
  if (!user || !user.active) {
    await verifyPassword(await dummyPasswordHash(), password);
    throw Unauthenticated(BAD_LOGIN);
  }
  if (!(await verifyPassword(user.passwordHash, password))) throw Unauthenticated(BAD_LOGIN);
  const token = await inTransaction(ctx.db, async (em) => {
    // Re-read the account under a share lock: a deactivation or password reset that committed
    // while the (slow) hash was being checked must not be outrun by this new session. Those
    // changes lock the row for update and end every session in the same transaction.
    const [current] = await em.query(`SELECT password_hash, active FROM users WHERE id = $1 FOR SHARE`, [user.id]);
    if (!current?.active || current.password_hash !== user.passwordHash) throw Unauthenticated(BAD_LOGIN);
    const t = await ctx.sessions.create(em, user.id, ctx.ip);
    await recordAudit(em, { user, requestId: ctx.requestId, ip: ctx.ip }, { action: 'user.LOGIN', objectType: 'User', objectId: user.id });
    return t;
  });
  return { user, token };
}

/** Ends the current session, in one transaction with its audit event. */
export async function logout(ctx: GraphQLContext): Promise<void> {
  const tokenHash = ctx.sessionTokenHash;
  if (!tokenHash || !ctx.user) return;
  await inTransaction(ctx.db, async (em) => {
    const result = await em.getRepository(Session).update({ tokenHash, revokedAt: IsNull() }, { revokedAt: new Date() });
    if (result.affected) {
      await recordAudit(em, actorOf(ctx), { action: 'user.LOGOUT', objectType: 'User', objectId: ctx.user!.id });
    }
  });
}
