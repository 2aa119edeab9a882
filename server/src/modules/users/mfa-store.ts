import type { EntityManager } from 'typeorm';
import { hashRecoveryCode, newRecoveryCodes } from '../../core/auth/totp';
import { User } from './user.entity';

/** Issues a fresh set of recovery codes (the old ones stop working); returns them in clear, once. */
export async function replaceRecoveryCodes(em: EntityManager, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await em.query(`DELETE FROM mfa_recovery_codes WHERE user_id = $1`, [userId]);
  await em.query(`INSERT INTO mfa_recovery_codes (user_id, code_hash) SELECT $1, unnest($2::text[])`, [
    userId,
    codes.map((c) => hashRecoveryCode(userId, c)),
  ]);
  return codes;
}

/** Removes the second factor and its recovery codes (disableMfa, and the chief's resetUserMfa). */
export async function clearMfa(em: EntityManager, userId: string): Promise<void> {
  await em.getRepository(User).update({ id: userId }, { totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null });
  await em.query(`DELETE FROM mfa_recovery_codes WHERE user_id = $1`, [userId]);
}
