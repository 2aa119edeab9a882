import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { SUBSCRIPTION_ROLE_MATRIX } from '../../src/core/auth/role-matrix';
import { Role } from '../../src/modules/users/role';
import { buildOrganisation, TEST_PASSWORD } from '../factories';
import { startTestStack, waitFor, type GraphQLTestClient, type TestStack } from '../harness';
import { WORK_QUEUE_SUBSCRIPTION } from '../live-queue/support';
import { ALERT_SUBSCRIPTION, wsUrl, wsWithCookie } from './support';

/** A document per subscription of the matrix: a new subscription without one here fails the test. */
const DOCS: Record<string, string> = { alertRaised: ALERT_SUBSCRIPTION, workQueueChanged: WORK_QUEUE_SUBSCRIPTION };

/** The status of a WebSocket handshake: 101 when it opened, else the HTTP status it was refused with. */
function handshake(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, 'graphql-transport-ws', { headers });
    ws.once('open', () => {
      ws.close();
      resolve(101);
    });
    ws.once('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      res.resume();
    });
    ws.once('error', (err) => {
      if (!/Unexpected server response/.test(err.message)) reject(err);
    });
  });
}

/** Runs one operation over graphql-ws; resolves with its errors' codes (empty when it got data or stayed open). */
function runOverWs(url: string, cookie: string, query: string, waitMs = 1000): Promise<{ codes: string[]; messages: string[]; closed: number[] }> {
  const closed: number[] = [];
  const client = createClient({ url, webSocketImpl: wsWithCookie(cookie), retryAttempts: 0, on: { closed: (e) => closed.push((e as { code: number }).code) } });
  return new Promise((resolve) => {
    const done = (codes: string[], messages: string[]) => {
      void client.dispose();
      resolve({ codes, messages, closed });
    };
    const timer = setTimeout(() => done([], []), waitMs);
    client.subscribe(
      { query },
      {
        next: (v) => {
          if (v.errors?.length) {
            clearTimeout(timer);
            done(v.errors.map((e) => String(e.extensions?.code)), v.errors.map((e) => e.message));
          }
        },
        error: (e) => {
          clearTimeout(timer);
          const list = Array.isArray(e) ? (e as Array<{ message: string; extensions?: { code?: string } }>) : [];
          done(list.length ? list.map((x) => String(x.extensions?.code)) : ['SOCKET_CLOSED'], list.map((x) => x.message));
        },
        complete: () => undefined,
      },
    );
  });
}

describe('GraphQL subscriptions over WebSocket: authentication and roles', () => {
  let stack: TestStack;
  let org: Awaited<ReturnType<typeof buildOrganisation>>;
  const clients = new Map<Role, GraphQLTestClient>();

  beforeAll(async () => {
    stack = await startTestStack();
    org = await buildOrganisation(stack.db);
    const users = { OFFICER: org.officer, VOLUNTEER: org.volunteer, OFFICER_IN_CHARGE: org.officerInCharge, CHIEF: org.chief };
    for (const role of Object.values(Role)) clients.set(role, await stack.client().login(users[role].username, TEST_PASSWORD));
  });
  afterAll(() => stack?.close());

  it('refuses a handshake without a live session, or from another origin, before any WebSocket opens', async () => {
    const url = wsUrl(stack.api.url);
    const chiefCookie = clients.get(Role.CHIEF)!.sessionCookie!;
    expect(await handshake(url, {})).toBe(401);
    expect(await handshake(url, { cookie: 'pd_session=not-a-real-session' })).toBe(401);
    expect(await handshake(url, { cookie: chiefCookie, origin: 'https://evil.example' })).toBe(403);
    expect(await handshake(url, { cookie: chiefCookie, origin: stack.api.url })).toBe(101);
    expect(await handshake(url, { cookie: chiefCookie })).toBe(101);
    expect(await handshake(`${stack.api.url.replace(/^http/, 'ws')}/elsewhere`, { cookie: chiefCookie })).toBe(404);
  });

  it('answers the subscription per role as SUBSCRIPTION_ROLE_MATRIX says', async () => {
    const mismatches: string[] = [];
    for (const [op, roles] of Object.entries(SUBSCRIPTION_ROLE_MATRIX)) {
      expect(DOCS[op]).toBeDefined();
      for (const role of Object.values(Role)) {
        const { codes } = await runOverWs(wsUrl(stack.api.url), clients.get(role)!.sessionCookie!, DOCS[op]);
        const allowed = (roles as readonly Role[]).includes(role);
        if (allowed && codes.length) mismatches.push(`${op} ${role} → ${codes.join(',')} (should be allowed)`);
        if (!allowed && codes[0] !== 'FORBIDDEN') mismatches.push(`${op} ${role} → ${codes.join(',') || 'ok'} (should be FORBIDDEN)`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('runs only subscriptions over the socket: queries and mutations go over HTTP', async () => {
    const cookie = clients.get(Role.CHIEF)!.sessionCookie!;
    const q = await runOverWs(wsUrl(stack.api.url), cookie, `{ me { id } }`);
    expect(q.codes).toEqual(['BAD_REQUEST']);
    const m = await runOverWs(wsUrl(stack.api.url), cookie, `mutation { logout }`);
    expect(m.codes).toEqual(['BAD_REQUEST']);
  });

  it('closes the socket of a session that ended (logout) at the next subscribe', async () => {
    const c = await stack.client().login(org.chief.username, TEST_PASSWORD);
    const cookie = c.sessionCookie!;
    const closed: number[] = [];
    const errors: unknown[] = [];
    const client = createClient({ url: wsUrl(stack.api.url), webSocketImpl: wsWithCookie(cookie), retryAttempts: 0, on: { closed: (e) => closed.push((e as { code: number }).code) } });
    try {
      const connected = new Promise<void>((r) => client.on('connected', () => r()));
      client.subscribe({ query: ALERT_SUBSCRIPTION }, { next: () => undefined, error: (e) => errors.push(e), complete: () => undefined });
      await connected;
      await c.ok(`mutation { logout }`);
      client.subscribe({ query: ALERT_SUBSCRIPTION }, { next: () => undefined, error: (e) => errors.push(e), complete: () => undefined });
      await waitFor('the socket to close with 4401', async () => closed.includes(4401));
    } finally {
      await client.dispose();
    }
  });
});
