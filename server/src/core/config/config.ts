import { z } from 'zod';
import { checkSecurityConfig, securitySchema, type SecurityConfig } from './security-config';

/**
 * The one place that reads process.env. Parsed once at start; every problem is listed at once
 * so an operator can fix the whole environment in one go (see .env.example).
 */
const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('127.0.0.1'),
  /** Copies of the API process sharing PORT (node:cluster, server/src/main.ts). */
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
  DATABASE_URL: z.string().url().optional(),
  REDIS_URL: z.string().url().optional(),
  /** Prefix for every BullMQ key, so test runs and deployments sharing one Redis never collide. */
  QUEUE_PREFIX: z.string().regex(/^[a-z0-9_-]+$/i).default('patrol-desk'),
  X_API_BASE_URL: z.string().url().default('http://127.0.0.1:4100'),
  X_SANDBOX_PORT: z.coerce.number().int().min(0).max(65535).default(4100),
  X_APP_KEY: z.string().default('sandbox-app-key'),
  X_APP_SECRET: z.string().default('sandbox-app-secret'),
  X_ACCESS_TOKEN: z.string().default('sandbox-access-token'),
  X_ACCESS_SECRET: z.string().default('sandbox-access-secret'),
  X_OFFICIAL_USER_ID: z.string().regex(/^\d+$/).default('1700000000000000001'),
  X_OFFICIAL_USERNAME: z.string().default('kmt_police_sk'),
  /** How replies reach X (DESIGN §3): `api` = the worker posts; `manual` = officers post by hand through the web intent. */
  REPLY_MODE: z.enum(['api', 'manual']).default('api'),
  /** Where the manual path's web-intent links point (`/intent/post` is appended): X itself, or the sandbox in development. */
  X_WEB_INTENT_BASE_URL: z.string().url().default('https://x.com'),
  /** Socket timeout of one X API call. */
  X_REQUEST_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /**
   * After an attempt whose outcome is unknown (timeout, network error, 5xx, crash) and whose reply
   * is not (yet) visible on X, how long after that attempt the worker waits before posting again.
   * Covers a request still in flight at X and X's timeline lag.
   */
  REPLY_LOOKUP_GRACE_MS: z.coerce.number().int().nonnegative().default(20_000),
  /** When the worker re-checks a warned post (DESIGN §3: after 1 and 7 days). Milliseconds, so tests can shorten them. */
  RECHECK_AFTER_1D_MS: z.coerce.number().int().nonnegative().default(24 * 3600_000),
  RECHECK_AFTER_7D_MS: z.coerce.number().int().nonnegative().default(7 * 24 * 3600_000),
  /** Deletion requests (escalations): re-check the post this often while the reminder threshold has not passed (hourly), */
  DELETION_RECHECK_FIRST_MS: z.coerce.number().int().min(100).default(3600_000),
  /** then this often (daily), */
  DELETION_RECHECK_LATER_MS: z.coerce.number().int().min(100).default(24 * 3600_000),
  /** and alert once when the post is still up this long after the request went to X. */
  DELETION_REMINDER_AFTER_MS: z.coerce.number().int().min(100).default(24 * 3600_000),
  /** BullMQ lock of a running job; a job whose worker died is retried after about this long. */
  JOB_LOCK_MS: z.coerce.number().int().min(500).default(30_000),
  /** A dispatched outbox row not done after this long is checked against Redis and re-sent if its job was lost. */
  OUTBOX_REDELIVER_AFTER_MS: z.coerce.number().int().min(200).default(5 * 60_000),
  /** GET /healthz/queue answers 503 when no worker answers a ping within this long. */
  HEALTH_QUEUE_TIMEOUT_MS: z.coerce.number().int().positive().default(5_000),
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().positive().default(12),
  /** Cookies marked Secure; on by default in production, where TLS terminates in front of us. */
  COOKIE_SECURE: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
  CLIENT_DIST_DIR: z.string().optional(),
  ...securitySchema,
  /** Comma-separated https prefixes a reply template may link to (none by default). */
  REPLY_TEMPLATE_URL_ALLOWLIST: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // escalation alerts (modules/alerts)
  /** An unacknowledged urgent alert repeats after this long, widening its audience. */
  ALERT_REPEAT_MS: z.coerce.number().int().min(200).default(5 * 60_000),
  /** The last ladder step of an urgent alert (0 = the first notice); past it the ladder stops and says so. */
  ALERT_MAX_STEPS: z.coerce.number().int().min(0).max(100).default(6),
  /** SMTP relay for alert e-mail, e.g. smtp://mail.example:25 or smtps://user:pass@host:465; empty = no e-mail. */
  SMTP_URL: z.union([z.literal(''), z.string().url()]).default(''),
  ALERT_MAIL_FROM: z.string().default('Patrol Desk <patrol-desk@localhost>'),
  /** Where people open the app (links in alert e-mail and webhooks); also an allowed WebSocket Origin. */
  PUBLIC_URL: z.union([z.literal(''), z.string().url()]).default(''),
  /** Optional webhook for alerts (JSON POST signed with ALERT_WEBHOOK_SECRET); empty = none. */
  ALERT_WEBHOOK_URL: z.union([z.literal(''), z.string().url()]).default(''),
  ALERT_WEBHOOK_SECRET: z.string().default(''),
  ALERT_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().positive().default(5_000),
});

export type Config = z.infer<typeof schema> &
  SecurityConfig & {
    databaseUrl: string;
    redisUrl: string;
    cookieSecure: boolean;
  };

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/patrol_desk';
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const c = parsed.data;
  if (c.ALERT_WEBHOOK_URL && c.ALERT_WEBHOOK_SECRET.length < 16) {
    throw new ConfigError('Invalid configuration:\n  - ALERT_WEBHOOK_SECRET: set a secret of at least 16 characters when ALERT_WEBHOOK_URL is set');
  }
  const security = checkSecurityConfig(c);
  if (security.problems.length) {
    throw new ConfigError(`Invalid configuration:\n${security.problems.map((p) => `  - ${p}`).join('\n')}`);
  }
  return {
    ...c,
    ...security.derived,
    databaseUrl: c.DATABASE_URL ?? DEFAULT_DATABASE_URL,
    redisUrl: c.REDIS_URL ?? DEFAULT_REDIS_URL,
    cookieSecure: c.COOKIE_SECURE ?? c.NODE_ENV === 'production',
  };
}
