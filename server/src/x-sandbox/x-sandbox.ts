import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express, { type NextFunction, type Request, type Response } from 'express';
import { OFFICIAL_USER_ID, OFFICIAL_USERNAME } from './demo-data';
import { intentPage, homePage, statusPage } from './html';
import { checkOAuth1, type OAuth1Credentials } from './oauth1';
import {
  type BehaviourStep,
  compareIds,
  type RecordedRequest,
  SandboxInputError,
  type SandboxPost,
  XSandboxState,
} from './sandbox-state';
import {
  buildIncludes,
  forbidden,
  inlineError,
  invalidRequest,
  isProblem,
  LOOKUP_PARAMS,
  MESSAGES,
  type ParsedQuery,
  parseQuery,
  type Problem,
  renderTweet,
  serverError,
  TIMELINE_PARAMS,
  tooManyRequests,
  unauthorized,
  unknownEndpoint,
} from './x-api-shapes';

/**
 * A local stand-in for the X API v2 subset Patrol Desk uses, speaking X's exact shapes so the real
 * twitter-api-v2 client (core/x/x-client.ts) runs against it unchanged:
 *
 *   POST /2/tweets                      create a post / reply (OAuth 1.0a user context)
 *   GET  /2/tweets/:id, GET /2/tweets   lookups (deleted → inline resource-not-found errors)
 *   GET  /2/users/:id/tweets            a user's timeline (used to find our own reply after a crash)
 *
 * plus a page at / listing what was posted, a web-intent page for the manual reply path, and an
 * admin API under /__admin to script failures in tests and demos.
 */

export interface XSandboxLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
}

export interface XSandboxOptions {
  port: number;
  host?: string;
  officialUserId?: string;
  officialUsername?: string;
  logger?: XSandboxLogger;
  /** When given, OAuth 1.0a signatures are verified against these; otherwise any complete OAuth header passes. */
  credentials?: OAuth1Credentials;
  /** Start with the 2026 reply restriction on (default off; switch it with POST /__admin/behaviour). */
  replyRestricted?: boolean;
  /** Seed the demo posts (default true). */
  seedDemoData?: boolean;
}

export interface RunningXSandbox {
  url: string;
  port: number;
  state: XSandboxState;
  close(): Promise<void>;
}

const RATE_WINDOW_SECONDS = 15 * 60;
const RATE_LIMITS = { create: 100, lookup: 900 } as const;
const MAX_POSTS_PER_PAGE = 100;

function send(res: Response, problem: Problem): void {
  res.status(problem.status).type('application/problem+json').json(problem.body);
}

/** Base URL and query of the request as the client signed it. */
function requestTarget(req: Request): { baseUrl: string; query: URLSearchParams } {
  const [path, search = ''] = req.originalUrl.split('?', 2) as [string, string?];
  return { baseUrl: `${req.protocol}://${req.headers.host ?? ''}${path}`, query: new URLSearchParams(search) };
}

const queryOf = (req: Request) => requestTarget(req).query;

export function createXSandboxApp(state: XSandboxState, opts: { logger?: XSandboxLogger; credentials?: OAuth1Credentials }, timers: Set<NodeJS.Timeout>) {
  const app = express();
  app.disable('x-powered-by');
  const log = opts.logger;
  const windows = { create: { start: 0, used: 0 }, lookup: { start: 0, used: 0 } };

  const delay = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  // ---- X API v2 ----------------------------------------------------------------------------
  const api = express.Router();

  api.use((req, res, next) => {
    const entry: RecordedRequest = { method: req.method, path: req.originalUrl, at: new Date().toISOString() };
    if (req.socket.remotePort !== undefined) entry.clientPort = req.socket.remotePort;
    state.recordRequest(entry);
    res.on('finish', () => {
      entry.status = res.statusCode;
      log?.info({ method: entry.method, path: entry.path, status: res.statusCode }, 'x-sandbox api request');
    });
    next();
  });

  // Bodies are read before anything else, so a request the client abandons while a scripted
  // `slow` step holds it is still carried out, as X would (the crash-recovery case).
  api.use(express.json({ limit: '100kb' }));

  // Every X endpoint needs authentication first.
  api.use((req, res, next) => {
    const { baseUrl, query } = requestTarget(req);
    const check = checkOAuth1({ method: req.method, baseUrl, query, authorization: req.headers.authorization }, opts.credentials);
    if (!check.ok) {
      log?.warn({ path: req.originalUrl, reason: check.reason }, 'x-sandbox refused credentials');
      return send(res, unauthorized());
    }
    next();
  });

  // Rate-limit headers as X sends them (informational: the sandbox only limits when scripted to).
  api.use((req, res, next) => {
    const kind = req.method === 'POST' ? 'create' : 'lookup';
    const window = windows[kind];
    const now = Math.floor(Date.now() / 1000);
    if (now - window.start >= RATE_WINDOW_SECONDS) {
      window.start = now;
      window.used = 0;
    }
    window.used += 1;
    res.setHeader('x-rate-limit-limit', String(RATE_LIMITS[kind]));
    res.setHeader('x-rate-limit-remaining', String(Math.max(0, RATE_LIMITS[kind] - window.used)));
    res.setHeader('x-rate-limit-reset', String(window.start + RATE_WINDOW_SECONDS));
    next();
  });

  // Scripted behaviour (POST /__admin/behaviour).
  api.use(async (req, res, next) => {
    const step: BehaviourStep | undefined = state.takeBehaviour(req.method === 'POST' ? 'create' : 'lookup');
    if (!step) return next();
    log?.info({ path: req.originalUrl, mode: step.mode, afterCommit: step.afterCommit === true }, 'x-sandbox scripted response');
    if (step.afterCommit) {
      // The create handler carries the request out, then answers as scripted (see answerAfterCommit).
      res.locals.afterCommit = step;
      return next();
    }
    switch (step.mode) {
      case 'rate_limit': {
        const reset = Math.floor(Date.now() / 1000) + Math.round(step.resetInSeconds ?? RATE_WINDOW_SECONDS);
        res.setHeader('x-rate-limit-remaining', '0');
        res.setHeader('x-rate-limit-reset', String(reset));
        return send(res, tooManyRequests());
      }
      case 'server_error':
        return send(res, serverError(step.status ?? 503));
      case 'reply_restricted':
        return send(res, forbidden(MESSAGES.replyRestricted));
      case 'duplicate':
        return send(res, forbidden(MESSAGES.duplicate));
      case 'drop':
        req.socket.destroy();
        return;
      case 'slow':
        await delay(step.delayMs);
        return next();
      case 'normal':
        return next();
    }
  });

  api.post('/tweets', (req, res) => {
    const body: unknown = req.body;
    if (!body || typeof body !== 'object' || Array.isArray(body)) {
      return send(res, invalidRequest([{ message: 'Request body must be a JSON object (Content-Type: application/json).' }]));
    }
    const { text, reply } = body as { text?: unknown; reply?: { in_reply_to_tweet_id?: unknown } };
    if (typeof text !== 'string' || text.length === 0) {
      return send(res, invalidRequest([{ message: '$.text: is missing but it is required' }]));
    }
    let target: SandboxPost | undefined;
    if (reply !== undefined) {
      const targetId = reply?.in_reply_to_tweet_id;
      if (typeof targetId !== 'string' || !/^\d{1,19}$/.test(targetId)) {
        return send(res, invalidRequest([{ parameters: { 'reply.in_reply_to_tweet_id': [String(targetId)] }, message: '$.reply.in_reply_to_tweet_id: does not match the regex pattern ^[0-9]{1,19}$' }]));
      }
      target = state.post(targetId);
      if (state.visibility(target) !== 'visible') return send(res, forbidden(MESSAGES.replyTargetGone));
    }
    const problem = validateOwnPost(state, text, target, { restricted: state.replyRestricted });
    if (problem) return send(res, problem);
    const post = state.createOwnPost(text, target, 'api');
    log?.info({ id: post.id, inReplyToPostId: post.inReplyToPostId }, 'x-sandbox post created');
    const answer = () => res.status(201).json({ data: { id: post.id, text: post.text, edit_history_tweet_ids: [post.id] } });
    const after = res.locals.afterCommit as BehaviourStep | undefined;
    if (!after) return answer();
    // Scripted: the post now exists on "X", but the client does not learn it (or learns it late).
    if (after.mode === 'server_error') return send(res, serverError(after.status ?? 503));
    if (after.mode === 'drop') return void req.socket.destroy();
    if (after.mode === 'slow') return void delay(after.delayMs).then(() => (res.writableEnded || req.socket.destroyed ? undefined : answer()));
    return answer();
  });

  api.get('/tweets/:id', (req, res) => {
    const id = String(req.params.id);
    const q = parseQuery(queryOf(req), LOOKUP_PARAMS);
    if (isProblem(q)) return send(res, q);
    if (!/^\d{1,19}$/.test(id)) {
      return send(res, invalidRequest([{ parameters: { id: [id] }, message: `The \`id\` query parameter value [${id}] is not valid` }]));
    }
    const post = state.post(id);
    const visibility = state.visibility(post);
    if (visibility !== 'visible' || !post) {
      return res.json({ errors: [inlineError(visibility === 'protected' ? 'protected' : 'not_found', 'tweet', 'id', id)] });
    }
    res.json(withIncludes({ data: renderTweet(state, post, fieldsOf(q)) }, buildIncludes(state, [post], q)));
  });

  api.get('/tweets', (req, res) => {
    const q = parseQuery(queryOf(req), ['ids', ...LOOKUP_PARAMS]);
    if (isProblem(q)) return send(res, q);
    const ids = (q.params.get('ids') ?? '').split(',').filter(Boolean);
    if (ids.length === 0) return send(res, invalidRequest([{ parameters: { ids: [] }, message: 'The `ids` query parameter can not be empty' }]));
    if (ids.length > 100) return send(res, invalidRequest([{ parameters: { ids: [String(ids.length)] }, message: 'The number of values in the `ids` query parameter list [' + ids.length + '] is not between 1 and 100' }]));
    const bad = ids.filter((id) => !/^\d{1,19}$/.test(id));
    if (bad.length) return send(res, invalidRequest(bad.map((id) => ({ parameters: { ids: [id] }, message: `The \`ids\` query parameter value [${id}] is not valid` }))));
    const found: SandboxPost[] = [];
    const errors = [];
    for (const id of ids) {
      const post = state.post(id);
      const visibility = state.visibility(post);
      if (visibility === 'visible' && post) found.push(post);
      else errors.push(inlineError(visibility === 'protected' ? 'protected' : 'not_found', 'tweet', 'ids', id));
    }
    const out: Record<string, unknown> = {};
    if (found.length) out.data = found.map((p) => renderTweet(state, p, fieldsOf(q)));
    const includes = buildIncludes(state, found, q);
    if (includes) out.includes = includes;
    if (errors.length) out.errors = errors;
    res.json(out);
  });

  api.get('/users/:id/tweets', (req, res) => {
    const userId = String(req.params.id);
    const q = parseQuery(queryOf(req), TIMELINE_PARAMS);
    if (isProblem(q)) return send(res, q);
    const problems: Array<{ message: string; parameters: Record<string, string[]> }> = [];
    const maxRaw = q.params.get('max_results');
    const max = maxRaw === undefined ? 10 : Number(maxRaw);
    if (!Number.isInteger(max) || max < 5 || max > MAX_POSTS_PER_PAGE) {
      problems.push({ parameters: { max_results: [String(maxRaw)] }, message: `The \`max_results\` query parameter value [${maxRaw}] is not between 5 and 100` });
    }
    for (const name of ['since_id', 'until_id']) {
      const v = q.params.get(name);
      if (v !== undefined && !/^\d{1,19}$/.test(v)) problems.push({ parameters: { [name]: [v] }, message: `The \`${name}\` query parameter value [${v}] is not valid` });
    }
    let afterCursor: string | undefined;
    const token = q.params.get('pagination_token');
    if (token !== undefined) {
      afterCursor = decodeCursor(token);
      if (!afterCursor) problems.push({ parameters: { pagination_token: [token] }, message: `The \`pagination_token\` query parameter value [${token}] is not valid` });
    }
    if (!/^\d{1,19}$/.test(userId)) problems.push({ parameters: { id: [userId] }, message: `The \`id\` query parameter value [${userId}] is not valid` });
    if (problems.length) return send(res, invalidRequest(problems));

    const user = state.user(userId);
    if (!user) return res.json({ errors: [inlineError('not_found', 'user', 'id', userId)] });
    if (user.protected && user.id !== state.officialUserId) return res.json({ errors: [inlineError('protected', 'user', 'id', userId)] });

    const exclude = q.lists.get('exclude') ?? new Set<string>();
    const sinceId = q.params.get('since_id');
    const untilId = q.params.get('until_id');
    const startTime = q.params.get('start_time');
    const endTime = q.params.get('end_time');
    // X's timelines are eventually consistent: a fresh post may not show yet (timelineLagMs).
    const now = Date.now();
    const all = state
      .postsBy(userId)
      .filter((p) => !p.deleted)
      .filter((p) => state.inTimeline(p, now))
      .filter((p) => !(exclude.has('replies') && p.inReplyToPostId))
      .filter((p) => sinceId === undefined || compareIds(p.id, sinceId) > 0)
      .filter((p) => untilId === undefined || compareIds(p.id, untilId) < 0)
      .filter((p) => startTime === undefined || Date.parse(p.createdAt) >= Date.parse(startTime))
      .filter((p) => endTime === undefined || Date.parse(p.createdAt) <= Date.parse(endTime))
      .filter((p) => afterCursor === undefined || compareIds(p.id, afterCursor) < 0);
    const page = all.slice(0, max);
    if (page.length === 0) return res.json({ meta: { result_count: 0 } });
    const meta: Record<string, unknown> = { result_count: page.length, newest_id: page[0]!.id, oldest_id: page[page.length - 1]!.id };
    if (all.length > page.length) meta.next_token = encodeCursor(page[page.length - 1]!.id);
    if (afterCursor !== undefined) meta.previous_token = encodeCursor(String(BigInt(page[0]!.id) + 1n));
    res.json(withIncludes({ data: page.map((p) => renderTweet(state, p, fieldsOf(q))) }, buildIncludes(state, page, q), { meta }));
  });

  api.use((_req, res) => send(res, unknownEndpoint()));

  // ---- admin API (tests, demos) ------------------------------------------------------------
  const admin = express.Router();
  admin.use(express.json({ limit: '100kb' }));

  admin.get('/replies', (_req, res) => {
    res.json(state.replies);
  });
  admin.get('/posts', (_req, res) => {
    res.json(state.allPosts().map((p) => ({ ...p, authorUsername: state.user(p.authorId)?.username })));
  });
  admin.post('/reset', (_req, res) => {
    state.reset();
    log?.info({}, 'x-sandbox reset');
    res.json({ ok: true });
  });
  admin.post('/posts', (req, res) => {
    const post = state.addPost(req.body);
    const username = state.user(post.authorId)?.username ?? 'i';
    res.status(201).json({ ...post, authorUsername: username, url: `https://x.com/${username}/status/${post.id}` });
  });
  admin.delete('/posts/:id', (req, res) => {
    if (!state.deletePost(String(req.params.id))) return res.status(404).json({ error: 'no such post' });
    res.status(204).end();
  });
  admin.get('/behaviour', (_req, res) => {
    res.json(state.behaviour());
  });
  admin.post('/behaviour', (req, res) => {
    res.json(state.setBehaviour(req.body));
  });
  admin.get('/requests', (_req, res) => {
    res.json(state.requests);
  });
  /** The manual path without a browser: what the officer's hand-made reply on x.com would produce. */
  admin.post('/manual-replies', (req, res) => {
    const { inReplyToPostId, text } = (req.body ?? {}) as { inReplyToPostId?: unknown; text?: unknown };
    const result = postManually(state, String(inReplyToPostId ?? ''), typeof text === 'string' ? text : '');
    if ('error' in result) return res.status(result.status).json({ error: result.error });
    res.status(201).json({ ...result.post, url: `https://x.com/${state.officialUsername}/status/${result.post.id}` });
  });
  admin.use((err: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (err instanceof SandboxInputError) return res.status(400).json({ error: err.message });
    next(err);
  });

  // ---- pages -------------------------------------------------------------------------------
  app.use('/2', api);
  app.use('/__admin', admin);

  app.get('/', (_req, res) => {
    res.type('html').send(homePage(state));
  });
  const intent = (req: Request, res: Response) => {
    const q = queryOf(req);
    res.type('html').send(intentPage(state, { text: q.get('text') ?? '', inReplyTo: q.get('in_reply_to') ?? '' }));
  };
  app.get('/intent/post', intent);
  app.get('/intent/tweet', intent);
  app.post('/intent/post', express.urlencoded({ extended: false }), (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const text = typeof body.text === 'string' ? body.text : '';
    const inReplyTo = typeof body.in_reply_to === 'string' ? body.in_reply_to : '';
    const result = postManually(state, inReplyTo, text);
    if ('error' in result) return res.status(result.status).type('html').send(intentPage(state, { text, inReplyTo }, { error: result.error }));
    res.redirect(303, `/${encodeURIComponent(state.officialUsername)}/status/${result.post.id}`);
  });
  app.get('/:username/status/:id', (req, res) => {
    const page = statusPage(state, state.post(String(req.params.id)));
    res.status(page.status).type('html').send(page.html);
  });

  app.use((err: unknown, req: Request, res: Response, _next: NextFunction) => {
    const status = typeof (err as { status?: unknown })?.status === 'number' ? (err as { status: number }).status : 500;
    if (req.originalUrl.startsWith('/2/')) {
      // body-parser failures (malformed JSON, too large) answer like X does.
      if (status < 500) return send(res, invalidRequest([{ message: (err as Error).message }]));
      return send(res, serverError(500));
    }
    log?.warn({ path: req.originalUrl, err: (err as Error)?.message }, 'x-sandbox error');
    res.status(status).json({ error: status < 500 ? (err as Error).message : 'internal error' });
  });

  return app;
}

function validateOwnPost(state: XSandboxState, text: string, target: SandboxPost | undefined, opts: { restricted: boolean }): Problem | undefined {
  const { valid, weightedLength } = XSandboxState.isValidText(text);
  if (!valid) {
    return weightedLength > 280 ? invalidRequest([{ message: MESSAGES.tooLong }]) : invalidRequest([{ message: 'Your Tweet text is not valid.' }]);
  }
  if (target && opts.restricted && !state.mayReplyUnderRestriction(target)) return forbidden(MESSAGES.replyRestricted);
  if (state.isDuplicateOfOwnPost(text)) return forbidden(MESSAGES.duplicate);
  return undefined;
}

/** A reply made by hand on x.com: the 2026 API restriction does not apply, everything else does. */
function postManually(state: XSandboxState, inReplyToPostId: string, text: string): { post: SandboxPost } | { status: number; error: string } {
  const target = state.post(inReplyToPostId);
  if (!/^\d{1,19}$/.test(inReplyToPostId) || state.visibility(target) !== 'visible') return { status: 403, error: MESSAGES.replyTargetGone };
  if (!text) return { status: 400, error: '本文を入力してください。' };
  const problem = validateOwnPost(state, text, target, { restricted: false });
  if (problem) {
    const errors = problem.body.errors as Array<{ message: string }> | undefined;
    return { status: problem.status, error: errors?.[0]?.message ?? String(problem.body.detail) };
  }
  return { post: state.createOwnPost(text, target, 'manual') };
}

function fieldsOf(q: ParsedQuery): Set<string> {
  return q.lists.get('tweet.fields') ?? new Set<string>();
}

function withIncludes(body: Record<string, unknown>, includes: Record<string, unknown> | undefined, extra: Record<string, unknown> = {}) {
  return includes ? { ...body, includes, ...extra } : { ...body, ...extra };
}

// Opaque pagination tokens (X's look like `7140dibdnow9c7btw4...`): base36 of the last ID returned.
const encodeCursor = (id: string) => `sbx${BigInt(id).toString(36)}`;
function decodeCursor(token: string): string | undefined {
  if (!/^sbx[0-9a-z]{1,13}$/.test(token)) return undefined;
  let n = 0n;
  for (const ch of token.slice(3)) n = n * 36n + BigInt(parseInt(ch, 36));
  return n.toString();
}

export async function startXSandbox(opts: XSandboxOptions): Promise<RunningXSandbox> {
  const state = new XSandboxState({
    officialUserId: opts.officialUserId ?? OFFICIAL_USER_ID,
    officialUsername: opts.officialUsername ?? OFFICIAL_USERNAME,
    ...(opts.replyRestricted !== undefined ? { replyRestricted: opts.replyRestricted } : {}),
    ...(opts.seedDemoData !== undefined ? { seedDemoData: opts.seedDemoData } : {}),
  });
  const timers = new Set<NodeJS.Timeout>();
  const app = createXSandboxApp(state, { ...(opts.logger ? { logger: opts.logger } : {}), ...(opts.credentials ? { credentials: opts.credentials } : {}) }, timers);
  const host = opts.host ?? '127.0.0.1';

  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(opts.port, host, (err?: Error) => (err ? reject(err) : resolve(s)));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  const url = `http://${urlHost}:${port}`;
  opts.logger?.info({ url, officialUserId: state.officialUserId, officialUsername: state.officialUsername }, 'x-sandbox listening');

  let closed: Promise<void> | undefined;
  return {
    url,
    port,
    state,
    close() {
      closed ??= new Promise<void>((resolve, reject) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      });
      return closed;
    },
  };
}
