import { z } from 'zod';
import { Role } from '../../modules/users/role';

/**
 * Security settings (accounts, sessions, rate limits, retention). Kept apart from config.ts so the
 * controls and their defaults read as one policy; config.ts spreads them into the one schema.
 * Defaults follow the CJIS Security Policy §5.5–5.6 and OWASP ASVS where they name a number.
 */
const int = (min: number) => z.coerce.number().int().min(min);

export const securitySchema = {
  /** Roles that must log in with a second factor (TOTP). Comma-separated; empty = nobody must (the demo). */
  MFA_REQUIRED_ROLES: z.string().default(`${Role.OFFICER_IN_CHARGE},${Role.CHIEF}`),
  /** Issuer shown in the authenticator app. */
  MFA_ISSUER: z.string().min(1).max(60).default('Patrol Desk'),
  /** 32 random bytes, base64: encrypts TOTP secrets at rest (AES-256-GCM). Required in production. */
  MFA_ENCRYPTION_KEY: z.string().optional(),
  /** Failed logins (wrong password or wrong second factor) within the window that lock the account until the chief unlocks it. */
  LOGIN_LOCKOUT_ATTEMPTS: int(1).default(5),
  LOGIN_LOCKOUT_WINDOW_MINUTES: int(1).default(15),
  /** Accounts with no login for this many days are disabled (the chief can reactivate them). 0 = never. */
  ACCOUNT_INACTIVITY_DAYS: int(0).default(90),
  /** Post text, handles and profile text of cases closed longer ago than this are purged. */
  RETENTION_DAYS: int(1).default(365),
  /** Cases purged per transaction (the purge runs in batches until none is left). */
  RETENTION_BATCH_SIZE: int(1).default(500),
  /** How often the worker runs the retention purge and the inactive-account check. */
  MAINTENANCE_INTERVAL_MS: int(1000).default(3600_000),
  /** Login attempts (login, signIn, verifyMfa) per client IP, and per username, in the login window. */
  RATE_LIMIT_LOGIN_PER_IP: int(1).default(100),
  RATE_LIMIT_LOGIN_PER_USERNAME: int(1).default(20),
  RATE_LIMIT_LOGIN_WINDOW_SECONDS: int(1).default(900),
  /** Mutations per logged-in user, and per client IP, in the mutation window. */
  RATE_LIMIT_MUTATIONS_PER_USER: int(1).default(120),
  RATE_LIMIT_MUTATIONS_PER_IP: int(1).default(600),
  RATE_LIMIT_MUTATIONS_WINDOW_SECONDS: int(1).default(60),
  /**
   * Which proxies' X-Forwarded-For to believe for the client IP (express "trust proxy"): a hop count
   * ("1" behind one nginx), "loopback", a list of addresses/subnets, or "false". Per-IP rate limits
   * depend on it: behind a proxy that is not trusted, every client looks like the proxy.
   */
  TRUST_PROXY: z.string().default('loopback'),
};

const securityObject = z.object(securitySchema);
type SecurityInput = z.infer<typeof securityObject> & { NODE_ENV: string };

export interface SecurityConfig {
  mfaRequiredRoles: Role[];
  /** 32-byte key for TOTP secrets at rest. */
  mfaEncryptionKey: Buffer;
  trustProxy: boolean | number | string;
}

/**
 * Development and tests only: a fixed key so `npm start` works out of the box. Production refuses
 * to start without MFA_ENCRYPTION_KEY.
 */
const DEVELOPMENT_MFA_KEY = Buffer.from('patrol-desk-development-only-key').subarray(0, 32);

export function checkSecurityConfig(c: SecurityInput): { problems: string[]; derived: SecurityConfig } {
  const problems: string[] = [];
  const roles = c.MFA_REQUIRED_ROLES.split(',').map((r) => r.trim()).filter(Boolean);
  const unknown = roles.filter((r) => !(Object.values(Role) as string[]).includes(r));
  if (unknown.length) problems.push(`MFA_REQUIRED_ROLES: unknown role(s) ${unknown.join(', ')}; use ${Object.values(Role).join(', ')}`);

  let key = DEVELOPMENT_MFA_KEY;
  if (c.MFA_ENCRYPTION_KEY) {
    const decoded = Buffer.from(c.MFA_ENCRYPTION_KEY, 'base64');
    if (decoded.length !== 32) problems.push('MFA_ENCRYPTION_KEY: must be 32 random bytes, base64 (openssl rand -base64 32)');
    else key = decoded;
  } else if (c.NODE_ENV === 'production') {
    problems.push('MFA_ENCRYPTION_KEY: required in production (openssl rand -base64 32)');
  }

  const raw = c.TRUST_PROXY.trim();
  const trustProxy = raw === 'true' ? true : raw === 'false' ? false : /^\d+$/.test(raw) ? Number(raw) : raw;
  if (trustProxy === true) problems.push('TRUST_PROXY: "true" would let any client choose its IP; give the hop count or the proxy addresses');

  return { problems, derived: { mfaRequiredRoles: roles as Role[], mfaEncryptionKey: key, trustProxy } };
}
