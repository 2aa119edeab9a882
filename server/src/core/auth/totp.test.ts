import { randomBytes } from 'node:crypto';
import { decryptSecret, encryptSecret, hashRecoveryCode, matchTotp, newRecoveryCodes, newTotpSecret, normalizeRecoveryCode, otpauthUri, totpCode } from './totp';

describe('TOTP and recovery codes (ASVS 2.6, 2.8)', () => {
  const key = randomBytes(32);

  it('accepts the current code and one step either side, and names the step for replay checks', () => {
    const secret = newTotpSecret();
    const now = Date.UTC(2026, 0, 1, 9, 0, 10);
    const step = Math.floor(now / 30_000);
    expect(matchTotp(secret, totpCode(secret, now), now)).toBe(step);
    expect(matchTotp(secret, totpCode(secret, now - 30_000), now)).toBe(step - 1);
    expect(matchTotp(secret, totpCode(secret, now + 30_000), now)).toBe(step + 1);
    expect(matchTotp(secret, totpCode(secret, now - 90_000), now)).toBeNull();
    expect(matchTotp(secret, 'abcdef', now)).toBeNull();
    expect(matchTotp(secret, '1234567', now)).toBeNull();
  });

  it('builds an otpauth URI for authenticator apps', () => {
    expect(otpauthUri('oic.tanaka', 'Patrol Desk', 'JBSWY3DPEHPK3PXP')).toBe(
      'otpauth://totp/Patrol%20Desk:oic.tanaka?secret=JBSWY3DPEHPK3PXP&period=30&digits=6&algorithm=SHA1&issuer=Patrol%20Desk',
    );
  });

  it('encrypts secrets at rest (AES-256-GCM): another key or a changed byte fails', () => {
    const secret = newTotpSecret();
    const stored = encryptSecret(secret, key);
    expect(stored).not.toContain(secret);
    expect(encryptSecret(secret, key)).not.toBe(stored); // a fresh IV each time
    expect(decryptSecret(stored, key)).toBe(secret);
    expect(() => decryptSecret(stored, randomBytes(32))).toThrow();
    const parts = stored.split('.');
    parts[3] = Buffer.from('tampered').toString('base64url');
    expect(() => decryptSecret(parts.join('.'), key)).toThrow();
  });

  it('issues ten distinct recovery codes, accepts them however typed, and stores only salted hashes', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
    expect(normalizeRecoveryCode(codes[0].toLowerCase().replace(/-/g, ' '))).toBe(codes[0]);
    expect(normalizeRecoveryCode('0000-1111-IIII')).toBeNull();
    const a = hashRecoveryCode('user-a', codes[0]);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(hashRecoveryCode('user-b', codes[0])).not.toBe(a);
  });
});
