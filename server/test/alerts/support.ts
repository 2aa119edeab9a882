import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { createClient, type Client } from 'graphql-ws';
import { SMTPServer } from 'smtp-server';
import type { DataSource } from 'typeorm';
import WebSocket from 'ws';
import { pubSubChannel, Topic, userTopic } from '../../src/core/graphql/pubsub';
import { createRedis } from '../../src/core/queue/redis';
import { raiseAlert, type AlertReason } from '../../src/modules/alerts/raise-alert';
import type { User } from '../../src/modules/users/user.entity';
import { waitFor, type TestStack } from '../harness';
import { freePort, WORKER_JS } from '../replies/support';

// ---- a local SMTP server ------------------------------------------------------------------------

export interface ReceivedMail {
  to: string[];
  subject: string;
  messageId: string;
  text: string;
}

export interface MailBox {
  url: string;
  messages: ReceivedMail[];
  close(): Promise<void>;
}

function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_m, enc: string, data: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : Buffer.from(data.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8'),
    );
}

/** Parses what nodemailer sends for a text-only message (enough for the tests). */
export function parseMail(raw: string, to: string[]): ReceivedMail {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const headers = new Map<string, string>();
  for (const line of head!.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i > 0) headers.set(line.slice(0, i).toLowerCase(), line.slice(i + 1).trim());
  }
  let body = rest.join('\n\n');
  const cte = (headers.get('content-transfer-encoding') ?? '').toLowerCase();
  if (cte === 'base64') body = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (cte === 'quoted-printable') {
    body = Buffer.from(
      body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
      'latin1',
    ).toString('utf8');
  }
  return { to, subject: decodeWords(headers.get('subject') ?? ''), messageId: headers.get('message-id') ?? '', text: body };
}

export async function startMailServer(): Promise<MailBox> {
  const messages: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        messages.push(parseMail(Buffer.concat(chunks).toString('utf8'), session.envelope.rcptTo.map((r) => r.address)));
        callback();
      });
    },
  });
  const listener = server.listen(0, '127.0.0.1');
  await new Promise<void>((r) => listener.once('listening', () => r()));
  const { port } = listener.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, messages, close: () => new Promise<void>((r) => server.close(() => r())) };
}

// ---- a local webhook receiver -------------------------------------------------------------------

export interface WebhookCall {
  headers: IncomingMessage['headers'];
  raw: string;
  status: number;
}

export async function startWebhookServer(answer: (raw: string) => number = () => 204): Promise<{ url: string; calls: WebhookCall[]; server: Server; close(): Promise<void> }> {
  const calls: WebhookCall[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const status = answer(raw);
      calls.push({ headers: req.headers, raw, status });
      res.statusCode = status;
      res.end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hooks/patrol-desk`, calls, server, close: () => new Promise<void>((r) => server.close(() => r())) };
}

// ---- escalations and alerts -------------------------------------------------------------------

export type Kind = 'SUICIDE_NOTICE' | 'CHILD_SAFETY_URGENT' | 'EMERGENCY_DISCLOSURE' | 'DELETION_REQUEST' | 'SECURITY_INCIDENT';

let postSeq = 0;

/** An escalation row and its alert, committed together as the escalations module does (raiseAlert in its transaction). */
export async function raiseDirectly(
  db: DataSource,
  by: User,
  kind: Kind,
  opts: { urgent?: boolean; reason?: AlertReason } = {},
): Promise<{ escalationId: string; alertId: string }> {
  const urgent = opts.urgent ?? ['SUICIDE_NOTICE', 'CHILD_SAFETY_URGENT'].includes(kind);
  return db.transaction(async (em) => {
    postSeq += 1;
    const [{ id }]: { id: string }[] = await em.query(
      `INSERT INTO escalations (kind, urgency, summary, raised_by_id, raised_unit_id, due_at, post_id, deletion_reason)
       VALUES ($1, $2, $3, $4, $5, now() + interval '1 hour', $6, $7) RETURNING id`,
      [
        kind,
        urgent ? 'URGENT' : 'NORMAL',
        'テスト用のエスカレーション',
        by.id,
        by.unitId,
        kind === 'DELETION_REQUEST' ? String(1_880_000_000_000_000_000n + BigInt(process.pid * 1000 + postSeq)) : null,
        kind === 'DELETION_REQUEST' ? 'CSAM' : null,
      ],
    );
    const { alertId } = await raiseAlert(em, { escalationId: id, reason: opts.reason ?? 'ESCALATION_RAISED', urgent, raisedById: by.id });
    return { escalationId: id, alertId };
  });
}

const RAISE = `mutation($input: RaiseEscalationInput!) { raiseEscalation(input: $input) { id kind urgency } }`;

/** Raises an escalation through the API as the client's user (an officer may raise suicide notices); returns its alert. */
export async function raiseThroughApi(
  db: DataSource,
  client: { ok<T = any>(q: string, v?: Record<string, unknown>): Promise<T> },
  kind: Kind = 'SUICIDE_NOTICE',
  urgency?: 'URGENT' | 'NORMAL',
): Promise<{ escalationId: string; alertId: string }> {
  postSeq += 1;
  const postId = String(1_870_000_000_000_000_000n + BigInt(process.pid * 10_000 + postSeq));
  const data = await client.ok<{ raiseEscalation: { id: string } }>(RAISE, {
    input: { kind, postUrl: `https://x.com/someone_${postSeq}/status/${postId}`, summary: '自殺をほのめかす投稿を発見', ...(urgency ? { urgency } : {}) },
  });
  const escalationId = data.raiseEscalation.id;
  const [row]: { id: string }[] = await db.query(`SELECT id FROM alerts WHERE escalation_id = $1 ORDER BY created_at LIMIT 1`, [escalationId]);
  if (!row) throw new Error('raiseEscalation committed no alert');
  return { escalationId, alertId: row.id };
}

// ---- live alerts over graphql-ws ----------------------------------------------------------------

export const ALERT_SUBSCRIPTION = `subscription { alertRaised { alertId escalationId escalationKind reason urgent step notificationId raisedAt deliveredAt } }`;

export interface AlertEventData {
  alertId: string;
  escalationId: string;
  escalationKind: string;
  reason: string;
  urgent: boolean;
  step: number;
  notificationId: string;
  raisedAt: string;
  deliveredAt: string;
}

export interface LiveAlerts {
  client: Client;
  events: Array<AlertEventData & { receivedAt: number }>;
  errors: unknown[];
  closed: Array<{ code: number; reason: string }>;
  /** Resolves with the first event (received so far or later) matching. */
  next(match: (e: AlertEventData) => boolean, what: string, timeoutMs?: number): Promise<AlertEventData & { receivedAt: number }>;
  close(): Promise<void>;
}

/** A `ws` WebSocket that sends the session cookie (and optionally an Origin) on the handshake, as a browser would. */
export function wsWithCookie(cookie: string | null, origin?: string) {
  return class extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: { ...(cookie ? { cookie } : {}), ...(origin ? { origin } : {}) } });
    }
  };
}

export const wsUrl = (httpUrl: string) => `${httpUrl.replace(/^http/, 'ws')}/graphql`;

/** Subscribes to alertRaised as the holder of `cookie` (graphql-ws client over `ws`). */
export function subscribeAlerts(httpUrl: string, cookie: string): LiveAlerts {
  const events: LiveAlerts['events'] = [];
  const errors: unknown[] = [];
  const closed: LiveAlerts['closed'] = [];
  const client = createClient({
    url: wsUrl(httpUrl),
    webSocketImpl: wsWithCookie(cookie),
    retryAttempts: 0,
    lazy: true,
    on: { closed: (e) => closed.push({ code: (e as { code: number }).code, reason: String((e as { reason?: string }).reason ?? '') }) },
  });
  client.subscribe<{ alertRaised: AlertEventData }>(
    { query: ALERT_SUBSCRIPTION },
    {
      next: (v) => {
        if (v.errors?.length) errors.push(v.errors);
        if (v.data?.alertRaised) events.push({ ...v.data.alertRaised, receivedAt: Date.now() });
      },
      error: (e) => errors.push(e),
      complete: () => undefined,
    },
  );
  return {
    client,
    events,
    errors,
    closed,
    next: (match, what, timeoutMs = 15_000) =>
      waitFor(what, async () => {
        if (errors.length) throw new Error(`subscription failed: ${JSON.stringify(errors)}`);
        return events.find(match) ?? null;
      }, timeoutMs),
    close: async () => {
      await client.dispose();
    },
  };
}

/** Waits until a server copy holds a Redis subscription for the user's alerts (the subscribe is asynchronous). */
export async function waitForRedisSubscriber(redisUrl: string, prefix: string, userId: string, copies = 1): Promise<void> {
  const redis = createRedis(redisUrl, 'worker');
  const channel = pubSubChannel(prefix, userTopic(Topic.ALERT, userId));
  try {
    await waitFor(`${copies} Redis subscriber(s) on ${channel}`, async () => {
      const [, n] = (await redis.pubsub('NUMSUB', channel)) as [string, number];
      return Number(n) >= copies;
    });
  } finally {
    redis.disconnect();
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ---- compiled processes (the several-copies and fault tests) ----------------------------------

export const MAIN_JS = path.resolve(__dirname, '../../dist/server/src/main.js');

export function assertServerBuilt(): void {
  for (const js of [MAIN_JS, WORKER_JS]) {
    if (!existsSync(js)) throw new Error(`${js} is missing: run \`npm run build -w server\` first (npm test builds before jest).`);
  }
}

export interface ApiProcess {
  proc: ChildProcess;
  url: string;
  ready: Promise<void>;
  exited: Promise<unknown>;
  output: string[];
}

/** `node server/dist/server/src/main.js` (one API copy) against the stack's database and Redis prefix. */
export async function spawnApi(stack: TestStack, env: Record<string, string> = {}): Promise<ApiProcess> {
  const port = await freePort();
  const c = stack.config;
  const proc = spawn(process.execPath, [MAIN_JS], {
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: c.databaseUrl,
      REDIS_URL: c.redisUrl,
      QUEUE_PREFIX: c.QUEUE_PREFIX,
      X_API_BASE_URL: c.X_API_BASE_URL,
      MFA_REQUIRED_ROLES: '',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const keep = (chunk: Buffer) => {
    const lines = chunk.toString().split('\n').filter(Boolean);
    if (lines.some((l) => l.includes('"msg":"API server listening"'))) markReady();
    output.push(...lines);
    if (output.length > 200) output.splice(0, output.length - 200);
  };
  proc.stdout!.on('data', keep);
  proc.stderr!.on('data', keep);
  const exited = new Promise((resolve) => proc.once('exit', resolve));
  return { proc, url: `http://127.0.0.1:${port}`, ready, exited, output };
}

/** The environment the alert tests give every process (API copies, worker). */
export function alertEnv(mailUrl: string, repeatMs: number, extra: Record<string, string> = {}): Record<string, string> {
  return { ALERT_REPEAT_MS: String(repeatMs), ALERT_MAX_STEPS: '6', SMTP_URL: mailUrl, PUBLIC_URL: 'https://patrol-desk.test', ...extra };
}
