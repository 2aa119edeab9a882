import { createCipheriv, createDecipheriv, createHash, randomBytes, randomInt } from 'node:crypto';
import { authenticator } from 'otplib';

/**
 * TOTP second factor (RFC 6238: SHA-1, 6 digits, 30 s — what every authenticator app speaks) and
 * recovery codes (OWASP ASVS 2.6 look-up secrets, 2.8 time-based OTP).
 *
 * Secrets are stored encrypted with AES-256-GCM under MFA_ENCRYPTION_KEY, so a copy of the
 * database alone does not give anyone the codes. A code is accepted for the current time step and
 * one step either side (clock drift), and each step only once (the caller stores the last one).
 */
const STEP_SECONDS = 30;
/** One step of drift either side. */
const WINDOW = 1;
export const RECOVERY_CODE_COUNT = 10;

export function newTotpSecret(): string {
  return authenticator.generateSecret(20); // 160 bits, as RFC 4226 recommends
}

export function otpauthUri(accountName: string, issuer: string, secret: string): string {
  return authenticator.keyuri(accountName, issuer, secret);
}

/** The code of a secret at a moment (tests and the enrolment check use it). */
export function totpCode(secret: string, at = Date.now()): string {
  return authenticator.clone({ epoch: at }).generate(secret);
}

/**
 * The time step a code belongs to, when it is valid now (± one step), else null. The caller refuses
 * a step at or before the last one accepted, so an observed code cannot be replayed.
 */
export function matchTotp(secret: string, code: string, at = Date.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = authenticator.clone({ epoch: at, window: WINDOW }).checkDelta(code, secret);
  if (delta === null) return null;
  return Math.floor(at / 1000 / STEP_SECONDS) + delta;
}

const IV_BYTES = 12;

/** `v1.<iv>.<tag>.<ciphertext>`, base64url. */
export function encryptSecret(secret: string, key: Buffer): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), body].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join('.');
}

export function decryptSecret(stored: string, key: Buffer): string {
  const [version, iv, tag, body] = stored.split('.');
  if (version !== 'v1' || !iv || !tag || !body) throw new Error('unknown TOTP secret format');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
}

// Recovery codes: 12 characters from an alphabet without look-alikes (no 0/O, 1/I/L), ≈ 59 bits each.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
  });
}

/** What a user typed, as it was issued: upper-case, dashes where they belong, spaces ignored. */
export function normalizeRecoveryCode(input: string): string | null {
  const chars = input.toUpperCase().replace(/[\s-]/g, '');
  if (chars.length !== 12 || [...chars].some((c) => !ALPHABET.includes(c))) return null;
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

/**
 * Stored form of a recovery code. The codes are random (≈ 59 bits), so a keyed SHA-256 is enough
 * (ASVS 2.6.2): salted with the user's id, nothing to look up across users.
 */
export function hashRecoveryCode(userId: string, code: string): string {
  return createHash('sha256').update(`${userId}:${code}`).digest('hex');
}

