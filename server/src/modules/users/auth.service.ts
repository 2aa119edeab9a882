import type { EntityManager } from 'typeorm';
import { IsNull } from 'typeorm';
import { actorOf, type Actor, type GraphQLContext } from '../../core/auth/context';
import { nextLoginStep, PendingStep } from '../../core/auth/login-steps';
import { MAX_PASSWORD_LENGTH } from '../../core/auth/password-policy';
import { dummyPasswordHash, hashPassword, verifyPassword } from '../../core/auth/passwords';
import { inTransaction } from '../../core/database/transaction';
import { Conflict, InvalidInput, Unauthenticated } from '../../core/errors/errors';
import { recordAudit } from '../audit/audit.service';
import { AccountDisabledForInactivity, disableUnusedAccounts, isUnused } from './account-inactivity';
import { AccountLocked, recordFailedAttempt, recordUnknownUserAttempt } from './lockout.service';
import { DeactivationKind } from './role';
import { Session } from './session.entity';
import { checkNewPassword } from './user-fields';
import { User } from './user.entity';

const BAD_LOGIN = 'The username or password is wrong.';

/** A login (or a login step) done: the new session's token, and what the session still waits for. */
export interface LoginOutcome {
  user: User;
  token: string;
  step: PendingStep | null;
}

const deps = (ctx: GraphQLContext) => ({ config: ctx.config, logger: ctx.logger });
const actorFor = (ctx: GraphQLContext, user: User): Actor => ({ user, requestId: ctx.requestId, ip: ctx.ip });

/**
 * Step 1 of a login: the password. Opens a new session (a fresh token on every login), full or
 * waiting for the next step (second factor, new password, enrolment: core/auth/login-steps.ts).
 *
 * Wrong password, unknown name and deactivated account all answer the same UNAUTHENTICATED, in
 * about the same time, so the answer does not tell which names exist. Only once the password is
 * proven right does the answer say why the account cannot log in (locked, disabled for inactivity).
 */
export async function signIn(ctx: GraphQLContext, username: string, password: string): Promise<LoginOutcome> {
  const name = String(username ?? '').normalize('NFKC').trim().toLowerCase();
  const plain = String(password ?? '');
  await ctx.rateLimits.consumeLogin(ctx.ip, name.slice(0, 100));
  if (name.length === 0 || name.length > 100 || plain.length > MAX_PASSWORD_LENGTH) throw Unauthenticated(BAD_LOGIN);

  const user = await ctx.db.getRepository(User).findOne({ where: { username: name }, relations: { unit: true } });
  if (!user) {
    await verifyPassword(await dummyPasswordHash(), plain);
    await recordUnknownUserAttempt(ctx.db, ctx, name);
    throw Unauthenticated(BAD_LOGIN);
  }
  if (!(await verifyPassword(user.passwordHash, plain))) {
    await recordFailedAttempt(ctx.db, deps(ctx), ctx, user, 'user.LOGIN_FAILED');
    throw Unauthenticated(BAD_LOGIN);
  }
  if (!user.active) {
    if (user.deactivationKind === DeactivationKind.INACTIVITY) throw AccountDisabledForInactivity(ctx.config.ACCOUNT_INACTIVITY_DAYS);
    ctx.logger.info({ userId: user.id }, 'login refused: account deactivated');
    throw Unauthenticated(BAD_LOGIN);
  }
  if (user.lockedAt) throw AccountLocked();
  if (isUnused(user, ctx.config.ACCOUNT_INACTIVITY_DAYS)) {
    const disabled = await disableUnusedAccounts(ctx.db, ctx.logger, ctx.config.ACCOUNT_INACTIVITY_DAYS, { userId: user.id, requestId: ctx.requestId });
    if (disabled.includes(user.id)) throw AccountDisabledForInactivity(ctx.config.ACCOUNT_INACTIVITY_DAYS);
  }

  const step = nextLoginStep(user, ctx.config.mfaRequiredRoles, { mfaCode: false });
  const token = await inTransaction(ctx.db, async (em) => {
    // Re-read the account under a row lock: a deactivation, lock or password reset that committed
    // while the (slow) hash was being checked must not be outrun by this new session. Those changes
    // lock the row for update and end every session in the same transaction.
    const [current] = await em.query(`SELECT password_hash, active, locked_at FROM users WHERE id = $1 FOR NO KEY UPDATE`, [user.id]);
    if (!current?.active || current.password_hash !== user.passwordHash || current.locked_at) throw Unauthenticated(BAD_LOGIN);
    const t = await ctx.sessions.create(em, user.id, ctx.ip, step);
    if (!step) await markLoggedIn(em, user);
    await recordAudit(em, actorFor(ctx, user), {
      action: 'user.LOGIN',
      objectType: 'User',
      objectId: user.id,
      ...(step ? { after: { pendingStep: step } } : {}),
    });
    return t;
  });
  return { user, token, step };
}

/** A completed login (every step done): the inactivity clock restarts and earlier failures stop counting. */
export async function markLoggedIn(em: EntityManager, user: User): Promise<void> {
  const now = new Date();
  await em.getRepository(User).update({ id: user.id }, { lastLoginAt: now });
  user.lastLoginAt = now;
}

/**
 * Moves the current session on to the next login step (or to a full session) with a new token,
 * so a token that existed before a step was passed is worthless after it.
 */
export async function advanceSession(ctx: GraphQLContext, em: EntityManager, user: User, next: PendingStep | null): Promise<string> {
  const token = await ctx.sessions.replace(em, ctx.sessionTokenHash!, user.id, ctx.ip, next);
  if (next === null && ctx.sessionStep !== null) await markLoggedIn(em, user);
  ctx.sessionStep = next;
  return token;
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

/**
 * Every role changes its own password (ASVS 2.1.5), and must after an initial or reset one. The
 * current password is checked (a wrong one counts towards the lockout), the new one must meet the
 * policy and differ; every other session of the user ends, and this one gets a new token.
 */
export async function changePassword(ctx: GraphQLContext, currentPassword: string, newPassword: string): Promise<LoginOutcome> {
  const me = ctx.user!;
  const current = String(currentPassword ?? '');
  const next = String(newPassword ?? '');
  const fresh = await ctx.db.getRepository(User).findOneOrFail({ where: { id: me.id }, relations: { unit: true } });
  if (current.length > MAX_PASSWORD_LENGTH || !(await verifyPassword(fresh.passwordHash, current))) {
    const locked = await recordFailedAttempt(ctx.db, deps(ctx), ctx, fresh, 'user.LOGIN_FAILED');
    if (locked) throw AccountLocked();
    throw InvalidInput('The current password is wrong.', 'currentPassword');
  }
  checkNewPassword(next, 'newPassword', fresh.username);
  if (next === current) throw InvalidInput('Choose a new password that differs from the current one.', 'newPassword');
  const passwordHash = await hashPassword(next);

  return inTransaction(ctx.db, async (em) => {
    const [row] = await em.query(`SELECT password_hash FROM users WHERE id = $1 FOR UPDATE`, [fresh.id]);
    if (row?.password_hash !== fresh.passwordHash) throw Conflict('Your password was changed at the same moment elsewhere. Log in again.');
    await em.getRepository(User).update({ id: fresh.id }, { passwordHash, mustChangePassword: false, passwordChangedAt: new Date() });
    const ended = await em
      .createQueryBuilder()
      .update(Session)
      .set({ revokedAt: () => 'now()' })
      .where('user_id = :userId AND revoked_at IS NULL AND token_hash <> :current', { userId: fresh.id, current: ctx.sessionTokenHash ?? '' })
      .returning('id')
      .execute();
    const updated = await em.getRepository(User).findOneOrFail({ where: { id: fresh.id }, relations: { unit: true } });
    // During a login the second factor, when enrolled, was already given (it comes first).
    const step = ctx.sessionStep ? nextLoginStep(updated, ctx.config.mfaRequiredRoles, { mfaCode: true }) : null;
    const token = await advanceSession(ctx, em, updated, step);
    await recordAudit(em, actorFor(ctx, updated), {
      action: 'user.CHANGE_PASSWORD',
      objectType: 'User',
      objectId: updated.id,
      after: { passwordChanged: true, otherSessionsEnded: (ended.raw as unknown[]).length },
    });
    return { user: updated, token, step };
  });
}
