import { z } from 'zod';

/**
 * The one place that reads process.env. Parsed once at start; every problem is listed at once
 * so an operator can fix the whole environment in one go (see .env.example).
 */
const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('127.0.0.1'),
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
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().positive().default(12),
  /** Cookies marked Secure; on by default in production, where TLS terminates in front of us. */
  COOKIE_SECURE: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
  CLIENT_DIST_DIR: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = z.infer<typeof schema> & {
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
  return {
    ...c,
    databaseUrl: c.DATABASE_URL ?? DEFAULT_DATABASE_URL,
    redisUrl: c.REDIS_URL ?? DEFAULT_REDIS_URL,
    cookieSecure: c.COOKIE_SECURE ?? c.NODE_ENV === 'production',
  };
}
