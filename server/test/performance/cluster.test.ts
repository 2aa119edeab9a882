import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { buildOrganisation, TEST_PASSWORD } from '../factories';
import { GraphQLTestClient, startTestStack, type TestStack } from '../harness';

/**
 * WEB_CONCURRENCY=n: the compiled API forks n copies sharing one port; any copy serves any session;
 * SIGTERM stops them all and the primary exits 0; a bad value is refused.
 */
const MAIN_JS = path.resolve(__dirname, '../../dist/server/src/main.js');

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

/** The children of a process (Linux /proc). */
function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .filter((p) => {
      try {
        const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** A POST on a connection of its own (no keep-alive agent), so the copies take turns answering. */
function postOnNewConnection(port: number, cookie: string, query: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent: false,
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', cookie } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d) => (body += d));
        res.on('end', () => resolve(body));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify({ query }));
  });
}

describe('the API with WEB_CONCURRENCY', () => {
  let stack: TestStack;
  let org: Awaited<ReturnType<typeof buildOrganisation>>;
  const started: ChildProcess[] = [];

  beforeAll(async () => {
    if (!existsSync(MAIN_JS)) throw new Error(`${MAIN_JS} is missing: run \`npm run build -w server\` first.`);
    stack = await startTestStack();
    org = await buildOrganisation(stack.db);
  });
  afterAll(async () => {
    for (const p of started) if (p.exitCode === null && p.signalCode === null) p.kill('SIGKILL');
    await stack?.close();
  });

  function startApi(concurrency: string, port: number) {
    const proc = spawn(process.execPath, [MAIN_JS], {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: stack.config.databaseUrl,
        REDIS_URL: stack.config.redisUrl,
        QUEUE_PREFIX: stack.config.QUEUE_PREFIX,
        MFA_REQUIRED_ROLES: '',
        LOG_LEVEL: 'info',
        WEB_CONCURRENCY: concurrency,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    started.push(proc);
    let out = '';
    proc.stdout!.on('data', (d) => (out += d));
    proc.stderr!.on('data', (d) => (out += d));
    const exited = new Promise<{ code: number | null }>((resolve) => proc.once('exit', (code) => resolve({ code })));
    return { proc, output: () => out, exited };
  }

  it('forks two copies on one port that share sessions, and stops them all on SIGTERM', async () => {
    const port = await freePort();
    const api = startApi('2', port);
    const listening = () => api.output().split('\n').filter((l) => l.includes('API server listening'));
    const deadline = Date.now() + 30_000;
    while (listening().length < 2) {
      if (Date.now() > deadline || api.proc.exitCode !== null) throw new Error(`the copies did not start:\n${api.output()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const pids = new Set(listening().map((l) => JSON.parse(l).pid));
    expect(pids.size).toBe(2);
    expect(new Set(childrenOf(api.proc.pid!))).toEqual(pids);

    // One login, then requests over fresh connections: whichever copy answers knows the session.
    const url = `http://127.0.0.1:${port}`;
    const client = await new GraphQLTestClient(url).login(org.officerInCharge.username, TEST_PASSWORD);
    for (let i = 0; i < 8; i++) {
      const body = await postOnNewConnection(port, client.sessionCookie!, `{ me { username } }`);
      expect(JSON.parse(body)).toEqual({ data: { me: { username: org.officerInCharge.username } } });
    }

    api.proc.kill('SIGTERM');
    expect(await api.exited).toEqual({ code: 0 });
    for (const pid of pids) expect(existsSync(`/proc/${pid}`)).toBe(false);
  }, 60_000);

  it('refuses a WEB_CONCURRENCY that is not a positive integer', async () => {
    const api = startApi('zero', await freePort());
    expect(await api.exited).toEqual({ code: 1 });
    expect(api.output()).toMatch(/Invalid configuration:\n  - WEB_CONCURRENCY: /);
  }, 30_000);
});
