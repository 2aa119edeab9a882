import type { EntityManager } from 'typeorm';
import type { GraphQLContext } from '../../core/auth/context';
import { nextLoginStep, PendingStep } from '../../core/auth/login-steps';
import { MAX_PASSWORD_LENGTH } from '../../core/auth/password-policy';
import { verifyPassword } from '../../core/auth/passwords';
import {
  decryptSecret,
  encryptSecret,
  hashRecoveryCode,
  matchTotp,
  newTotpSecret,
  normalizeRecoveryCode,
  otpauthUri,
} from '../../core/auth/totp';
import { inTransaction } from '../../core/database/transaction';
import { Conflict, Forbidden, InvalidInput } from '../../core/errors/errors';
import { recordAudit } from '../audit/audit.service';
import { advanceSession, type LoginOutcome } from './auth.service';
import { AccountLocked, recordFailedAttempt } from './lockout.service';
import { clearMfa, replaceRecoveryCodes } from './mfa-store';
import { User } from './user.entity';

/**
 * The TOTP second factor (CJIS §5.6.2.2 advanced authentication; OWASP ASVS 2.8): enrolment with a
 * secret and an otpauth:// URI confirmed by a first code, the code as login step 2, single-use
 * recovery codes (stored as hashes only), and switching it off where the role does not require it.
 */
const actorFor = (ctx: GraphQLContext, user: User) => ({ user, requestId: ctx.requestId, ip: ctx.ip });

async function lockMe(em: EntityManager, id: string): Promise<User> {
  return em.getRepository(User).findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } });
}

const withUnit = (em: EntityManager, id: string) => em.getRepository(User).findOneOrFail({ where: { id }, relations: { unit: true } });

/** Starts (or restarts) enrolling an authenticator app: a new secret, shown once, to scan or type in. */
export async function startMfaEnrolment(ctx: GraphQLContext): Promise<{ secret: string; otpauthUri: string }> {
  const secret = newTotpSecret();
  return inTransaction(ctx.db, async (em) => {
    const me = await lockMe(em, ctx.user!.id);
    if (me.totpEnabledAt) {
      throw Conflict('A second factor is already set up. To use another device, ask the chief to reset it, or switch it off first.');
    }
    await em.getRepository(User).update({ id: me.id }, { totpPendingSecret: encryptSecret(secret, ctx.config.mfaEncryptionKey) });
    await recordAudit(em, actorFor(ctx, me), { action: 'user.MFA_ENROLMENT_START', objectType: 'User', objectId: me.id });
    return { secret, otpauthUri: otpauthUri(me.username, ctx.config.MFA_ISSUER, secret) };
  });
}

export interface MfaEnrolled {
  user: User;
  /** The successor session's token when the enrolment was a login step; null when done from a full session. */
  token: string | null;
  step: PendingStep | null;
  recoveryCodes: string[];
}

/**
 * Confirms the enrolment with a code from the app: the secret becomes the account's second factor
 * and ten recovery codes are issued (shown once; only their hashes are kept). When this was the
 * last step of a login, the session becomes a full one.
 */
export async function confirmMfaEnrolment(ctx: GraphQLContext, code: string): Promise<MfaEnrolled> {
  return inTransaction(ctx.db, async (em) => {
    const me = await lockMe(em, ctx.user!.id);
    if (me.totpEnabledAt) throw Conflict('A second factor is already set up.');
    if (!me.totpPendingSecret) throw Conflict('Start the set-up first (startMfaEnrolment), then enter a code from the app.');
    const secret = decryptSecret(me.totpPendingSecret, ctx.config.mfaEncryptionKey);
    const step = matchTotp(secret, String(code ?? '').trim());
    if (step === null) throw InvalidInput('The code does not match. Check the time on your phone and enter the code the app shows now.', 'code');

    await em.getRepository(User).update(
      { id: me.id },
      { totpSecret: me.totpPendingSecret, totpPendingSecret: null, totpEnabledAt: new Date(), totpLastStep: String(step) },
    );
    const recoveryCodes = await replaceRecoveryCodes(em, me.id);
    const updated = await withUnit(em, me.id);
    const next = ctx.sessionStep ? nextLoginStep(updated, ctx.config.mfaRequiredRoles, { mfaCode: true }) : null;
    const token = ctx.sessionStep ? await advanceSession(ctx, em, updated, next) : null;
    await recordAudit(em, actorFor(ctx, updated), {
      action: 'user.MFA_ENABLE',
      objectType: 'User',
      objectId: me.id,
      after: { recoveryCodes: recoveryCodes.length },
    });
    return { user: updated, token, step: next, recoveryCodes };
  });
}

/**
 * Login step 2: the 6-digit code of the app (each one accepted once) or one of the recovery codes
 * (each usable once). A wrong code counts towards the lockout like a wrong password.
 */
export async function verifyMfa(ctx: GraphQLContext, code: string): Promise<LoginOutcome> {
  if (ctx.sessionStep !== PendingStep.MFA_CODE) throw Conflict('No second-factor code is needed now.');
  const me = ctx.user!;
  await ctx.rateLimits.consumeLogin(ctx.ip, me.username);
  const typed = String(code ?? '').replace(/\s/g, '').slice(0, 64);

  const outcome = await inTransaction(ctx.db, async (em): Promise<LoginOutcome | null> => {
    const fresh = await lockMe(em, me.id);
    if (fresh.lockedAt) throw AccountLocked();
    if (!fresh.totpEnabledAt || !fresh.totpSecret) throw Conflict('No second factor is set up for this account. Log in again.');
    let method: 'TOTP' | 'RECOVERY_CODE';
    if (/^\d{6}$/.test(typed)) {
      const step = matchTotp(decryptSecret(fresh.totpSecret, ctx.config.mfaEncryptionKey), typed);
      // A code already used (this step or an earlier one) is refused: an observed code cannot be replayed.
      if (step === null || (fresh.totpLastStep !== null && step <= Number(fresh.totpLastStep))) return null;
      await em.getRepository(User).update({ id: fresh.id }, { totpLastStep: String(step) });
      method = 'TOTP';
    } else {
      const normalized = normalizeRecoveryCode(typed);
      if (!normalized) return null;
      // A CTE, so the driver answers the returned rows (an UPDATE's own answer is [rows, count]).
      const used: unknown[] = await em.query(
        `WITH used AS (
           UPDATE mfa_recovery_codes SET used_at = now() WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING id
         ) SELECT id FROM used`,
        [fresh.id, hashRecoveryCode(fresh.id, normalized)],
      );
      if (used.length === 0) return null;
      method = 'RECOVERY_CODE';
    }
    const updated = await withUnit(em, fresh.id);
    const next = nextLoginStep(updated, ctx.config.mfaRequiredRoles, { mfaCode: true });
    const token = await advanceSession(ctx, em, updated, next);
    const [{ left }] = await em.query(`SELECT count(*)::int AS left FROM mfa_recovery_codes WHERE user_id = $1 AND used_at IS NULL`, [fresh.id]);
    await recordAudit(em, actorFor(ctx, updated), {
      action: 'user.MFA_VERIFY',
      objectType: 'User',
      objectId: fresh.id,
      after: { method, recoveryCodesLeft: left },
    });
    return { user: updated, token, step: next };
  });
  if (outcome) return outcome;

  if (await recordFailedAttempt(ctx.db, { config: ctx.config, logger: ctx.logger }, ctx, me, 'user.MFA_FAILED')) throw AccountLocked();
  throw InvalidInput('The code is wrong or was already used. Enter the code your app shows now, or an unused recovery code.', 'code');
}

/** New recovery codes (the old ones stop working), proven with a current code from the app. */
export async function regenerateRecoveryCodes(ctx: GraphQLContext, code: string): Promise<string[]> {
  return inTransaction(ctx.db, async (em) => {
    const me = await lockMe(em, ctx.user!.id);
    if (!me.totpEnabledAt || !me.totpSecret) throw Conflict('No second factor is set up: set one up first.');
    const step = matchTotp(decryptSecret(me.totpSecret, ctx.config.mfaEncryptionKey), String(code ?? '').trim());
    if (step === null || (me.totpLastStep !== null && step <= Number(me.totpLastStep))) {
      throw InvalidInput('The code is wrong or was already used. Enter the code your app shows now.', 'code');
    }
    await em.getRepository(User).update({ id: me.id }, { totpLastStep: String(step) });
    const codes = await replaceRecoveryCodes(em, me.id);
    await recordAudit(em, actorFor(ctx, me), { action: 'user.MFA_RECOVERY_CODES', objectType: 'User', objectId: me.id, after: { recoveryCodes: codes.length } });
    return codes;
  });
}

/** Switches the second factor off — only for roles that do not require one, and with the password. */
export async function disableMfa(ctx: GraphQLContext, password: string): Promise<boolean> {
  const me = ctx.user!;
  if (ctx.config.mfaRequiredRoles.includes(me.role)) throw Forbidden(`Your role (${me.role}) must use a second factor.`);
  const fresh = await ctx.db.getRepository(User).findOneByOrFail({ id: me.id });
  const plain = String(password ?? '');
  if (plain.length > MAX_PASSWORD_LENGTH || !(await verifyPassword(fresh.passwordHash, plain))) {
    if (await recordFailedAttempt(ctx.db, { config: ctx.config, logger: ctx.logger }, ctx, fresh, 'user.LOGIN_FAILED')) throw AccountLocked();
    throw InvalidInput('The password is wrong.', 'password');
  }
  return inTransaction(ctx.db, async (em) => {
    const locked = await lockMe(em, me.id);
    if (!locked.totpEnabledAt && !locked.totpPendingSecret) throw Conflict('No second factor is set up.');
    await clearMfa(em, me.id);
    await recordAudit(em, actorFor(ctx, me), { action: 'user.MFA_DISABLE', objectType: 'User', objectId: me.id });
    return true;
  });
}
