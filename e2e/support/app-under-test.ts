import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import path from 'node:path';
import { Client } from 'pg';

const ROOT = path.resolve(__dirname, '../..');
const PG = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export interface AppUnderTest {
  url: string;
  sandboxUrl: string;
  output(): string;
  stop(): Promise<number | null>;
}

/**
 * Runs the production build exactly as `npm start` does (start.js: migrations, demo seed, X sandbox,
 * API serving the client, worker) against its own database, ports and Redis prefix.
 */
export async function startAppUnderTest(options: { env?: Record<string, string> } = {}): Promise<AppUnderTest> {
  const dbName = `pde2e_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const [port, sandboxPort] = [await freePort(), await freePort()];
  let out = '';
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, 'server/dist/server/src/start.js')], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      X_SANDBOX_PORT: String(sandboxPort),
      DATABASE_URL: `${PG}/${dbName}`,
      QUEUE_PREFIX: `pde2e-${randomBytes(4).toString('hex')}`,
      LOG_LEVEL: 'warn',
      // e.g. REPLY_MODE=manual for the manual-reply path.
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm start exited early:\n${out}`);
    const ok = await fetch(`${url}/healthz`).then((r) => r.ok, () => false);
    if (ok && out.includes('Ctrl-C')) break;
    if (Date.now() > deadline) throw new Error(`app did not come up:\n${out}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    sandboxUrl: `http://127.0.0.1:${sandboxPort}`,
    output: () => out,
    stop: async () => {
      const code = await new Promise<number | null>((resolve) => {
        child.once('exit', (c) => resolve(c));
        child.kill('SIGINT');
      });
      const admin = new Client({ connectionString: `${PG}/postgres` });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
      await admin.end();
      return code;
    },
  };
}
