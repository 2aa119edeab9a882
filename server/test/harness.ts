import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { loadConfig, type Config } from '../src/core/config/config';
import { createDataSource } from '../src/core/database/data-source';
import { startApiServer, type RunningApp } from '../src/core/http/app';
import { createLogger } from '../src/core/logging/logger';
import { createRedis } from '../src/core/queue/redis';
import { startXSandbox } from '../src/x-sandbox/x-sandbox';
import { startWorker, type RunningWorker } from '../src/worker';

/** A fresh database cloned from the run's migrated template. */
export async function createTestDatabase(): Promise<string> {
  const base = process.env.TEST_PG_URL!;
  const run = process.env.TEST_RUN_ID!;
  const name = `${run}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: `${base}/postgres` });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${run}_tpl"`);
  } finally {
    await admin.end();
  }
  return `${base}/${name}`;
}

export interface TestStack {
  config: Config;
  db: DataSource;
  api: RunningApp;
  sandbox: Awaited<ReturnType<typeof startXSandbox>>;
  worker: RunningWorker | null;
  startWorker(): Promise<RunningWorker>;
  client(): GraphQLTestClient;
  close(): Promise<void>;
}

/**
 * The real thing, in-process: API over HTTP on an ephemeral port, the X sandbox, optionally the
 * worker (relay + BullMQ) — against a per-file database and a per-file Redis key prefix.
 */
export async function startTestStack(
  opts: { worker?: boolean; env?: Record<string, string>; logDestination?: import('pino').DestinationStream } = {},
): Promise<TestStack> {
  const databaseUrl = await createTestDatabase();
  const sandbox = await startXSandbox({ port: 0, host: '127.0.0.1' });
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    DATABASE_URL: databaseUrl,
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: `pdt-${randomBytes(5).toString('hex')}`,
    X_API_BASE_URL: sandbox.url,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    // Factories' users log in with a password only; the tests of the second factor turn this on.
    MFA_REQUIRED_ROLES: '',
    ...opts.env,
  });
  const logger = createLogger(config.LOG_LEVEL, 'test', opts.logDestination);
  const db = createDataSource(databaseUrl, { poolSize: 5 });
  await db.initialize();
  const api = await startApiServer({ config, db, logger });
  const stack: TestStack = {
    config,
    db,
    api,
    sandbox,
    worker: null,
    startWorker: async () => {
      stack.worker = await startWorker(config, logger);
      return stack.worker;
    },
    client: () => new GraphQLTestClient(api.url),
    close: async () => {
      await stack.worker?.stop();
      await api.close();
      await db.destroy();
      await sandbox.close();
      await deleteRedisKeys(config.redisUrl, config.QUEUE_PREFIX);
    },
  };
  if (opts.worker) await stack.startWorker();
  return stack;
}

async function deleteRedisKeys(url: string, prefix: string): Promise<void> {
  const redis = createRedis(url, 'worker');
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [k: string]: unknown } }[];
}

/** Talks to /graphql over real HTTP, keeping the session cookie like a browser would. */
export class GraphQLTestClient {
  private cookie: string | null = null;
  constructor(readonly baseUrl: string) {}

  async request<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'apollo-require-preflight': 'true',
        ...(this.cookie ? { cookie: this.cookie } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const pair = setCookie.split(';')[0];
      this.cookie = pair.endsWith('=') ? null : pair;
    }
    const body = (await res.json()) as GraphQLResponse<T>;
    return { ...body, status: res.status };
  }

  /** Like request, but fails the test on any GraphQL error. */
  async ok<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await this.request<T>(query, variables);
    if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
    return res.data as T;
  }

  async login(username: string, password: string): Promise<this> {
    await this.ok(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { id } }`, { u: username, p: password });
    return this;
  }

  get sessionCookie(): string | null {
    return this.cookie;
  }
}

export async function waitFor<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
