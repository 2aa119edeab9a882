import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { randomUUID } from 'node:crypto';
import { parse as parseCookie } from 'cookie';
import { GraphQLError, Kind, parse, specifiedRules, validate, type GraphQLSchema, type ValidationRule } from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { IsNull, type DataSource } from 'typeorm';
import { WebSocketServer, type WebSocket } from 'ws';
import type { GraphQLContext } from '../auth/context';
import { SESSION_COOKIE, type ResolvedSession, type SessionStore } from '../auth/session-store';
import type { Config } from '../config/config';
import type { RateLimits } from '../http/rate-limits';
import { createLoaders } from '../loaders/loaders';
import type { Logger } from '../logging/logger';
import { Session } from '../../modules/users/session.entity';
import type { User } from '../../modules/users/user.entity';

export const GRAPHQL_PATH = '/graphql';
/** How often an open socket's session is checked again (revoked, expired, user deactivated → closed). */
export const WS_SESSION_CHECK_MS = 30_000;
/** Close code for a socket whose session ended (the client logs in again). */
export const SESSION_ENDED_CLOSE_CODE = CloseCode.Unauthorized;

export interface SubscriptionServerOptions {
  httpServer: http.Server;
  schema: GraphQLSchema;
  db: DataSource;
  config: Config;
  sessions: SessionStore;
  logger: Logger;
  rateLimits: RateLimits;
  validationRules: ValidationRule[];
  maxTokens: number;
}

/**
 * Browsers send Origin on every WebSocket handshake and cookies go with it whatever the origin:
 * a page elsewhere could open a socket as the logged-in user (cross-site WebSocket hijacking).
 * Accept the site's own origin (the Host the request came to, or PUBLIC_URL) and clients that send
 * no Origin (not browsers: they have no ambient cookie to abuse).
 */
export function originAllowed(req: http.IncomingMessage, config: Pick<Config, 'PUBLIC_URL'>): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  if (host === req.headers.host) return true;
  if (config.PUBLIC_URL && new URL(config.PUBLIC_URL).origin === origin) return true;
  return false;
}

function refuse(socket: Duplex, status: number, message: string): void {
  socket.end(`HTTP/1.1 ${status} ${message}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(message)}\r\n\r\n${message}`);
}

/**
 * The user of a session still alive, as the database has them now (role and unit may have changed
 * since the handshake), without touching the session's idle clock (an open socket is not user
 * activity); null once the session ended.
 */
async function liveUser(db: DataSource, tokenHash: string, idleMinutes: number): Promise<User | null> {
  const s = await db.getRepository(Session).findOne({ where: { tokenHash, revokedAt: IsNull() }, relations: { user: { unit: true } } });
  if (!s || !s.user.active || s.pendingStep) return null;
  const now = Date.now();
  return now <= s.lastSeenAt.getTime() + idleMinutes * 60_000 && now <= s.expiresAt.getTime() ? s.user : null;
}

/** The socket's current user: refreshed at every subscribe and every WS_SESSION_CHECK_MS; null once the session ended. */
interface SocketUser {
  user: User | null;
}

/** Re-checks of the socket behind a subscription's context (see sessionStillLive). */
const liveChecks = new WeakMap<object, () => Promise<boolean>>();

/**
 * Checks the session of the socket a subscription runs on again now (one query), refreshing its
 * user; once the session ended, closes the socket (4401) and answers false. For subscriptions whose
 * events must not outlive a logout by the periodic check's WS_SESSION_CHECK_MS (alerts: rare, and
 * about people in danger); frequent ones (workQueueChanged) rely on the periodic check.
 * A context not from a socket (none is) counts as live.
 */
export function sessionStillLive(context: object): Promise<boolean> {
  return liveChecks.get(context)?.() ?? Promise.resolve(true);
}

/**
 * GraphQL subscriptions over graphql-ws at /graphql on the API's HTTP server. The handshake must
 * carry a live, complete session cookie (same as HTTP) and an allowed Origin, else it is refused
 * with 401/403 before any WebSocket exists. Only subscriptions run over the socket (queries and
 * mutations go over HTTP, through CSRF prevention and the rate limits). The session is checked
 * again at every subscribe and every WS_SESSION_CHECK_MS; once it ends the socket is closed (4401).
 */
export function attachSubscriptionServer(opts: SubscriptionServerOptions): { close(): Promise<void> } {
  const { httpServer, schema, db, config, sessions, logger } = opts;
  const wss = new WebSocketServer({ noServer: true, maxPayload: 100 * 1024 });
  const authenticated = new WeakMap<http.IncomingMessage, ResolvedSession>();
  const timers = new Set<NodeJS.Timeout>();

  const onUpgrade = (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = (req.url ?? '').split('?')[0];
    if (path !== GRAPHQL_PATH) return refuse(socket, 404, 'Not Found');
    if (!originAllowed(req, config)) return refuse(socket, 403, 'Forbidden');
    const token = parseCookie(req.headers.cookie ?? '')[SESSION_COOKIE];
    sessions.resolve(token).then(
      (resolved) => {
        if (!resolved) return refuse(socket, 401, 'Unauthorized');
        authenticated.set(req, resolved);
        wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
      },
      (err: Error) => {
        logger.warn({ err: err.message }, 'could not check the session of a WebSocket handshake');
        refuse(socket, 503, 'Service Unavailable');
      },
    );
  };
  httpServer.on('upgrade', onUpgrade);

  const onlySubscriptions: typeof validate = (s, document, rules, options, typeInfo) => {
    const errors = validate(s, document, [...(rules ?? specifiedRules), ...opts.validationRules], options, typeInfo);
    if (errors.length) return errors;
    const ops = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    if (ops.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.operation !== 'subscription')) {
      return [new GraphQLError('Only subscriptions run over the WebSocket; send queries and mutations over HTTP.', { extensions: { code: 'BAD_REQUEST' } })];
    }
    return [];
  };

  const disposable = useServer<Record<string, unknown>, { session?: ResolvedSession; current?: SocketUser }>(
    {
      schema,
      parse: (source) => parse(source, { maxTokens: opts.maxTokens }),
      validate: onlySubscriptions,
      onConnect: async (ctx) => {
        const resolved = authenticated.get(ctx.extra.request);
        if (!resolved) return false;
        const current: SocketUser = { user: resolved.user };
        Object.assign(ctx.extra, { session: resolved, current });
        const socket: WebSocket = ctx.extra.socket;
        const timer = setInterval(() => {
          liveUser(db, resolved.tokenHash, config.SESSION_IDLE_MINUTES).then(
            (user) => {
              current.user = user;
              if (!user) socket.close(SESSION_ENDED_CLOSE_CODE, 'Session ended');
            },
            (err: Error) => logger.debug({ err: err.message }, 'could not re-check a WebSocket session'),
          );
        }, WS_SESSION_CHECK_MS);
        timer.unref();
        timers.add(timer);
        socket.once('close', () => {
          clearInterval(timer);
          timers.delete(timer);
        });
        return true;
      },
      context: async (ctx): Promise<GraphQLContext> => {
        const resolved = ctx.extra.session!;
        const current = ctx.extra.current!;
        current.user = await liveUser(db, resolved.tokenHash, config.SESSION_IDLE_MINUTES);
        if (!current.user) setImmediate(() => ctx.extra.socket.close(SESSION_ENDED_CLOSE_CODE, 'Session ended'));
        const req = ctx.extra.request;
        // `user` is read when each event is filtered and resolved, not fixed at subscribe: a role or
        // unit changed by the chief (which leaves sessions open) narrows what an open subscription hears.
        const context: GraphQLContext = {
          db,
          config,
          sessions,
          logger,
          // Subscriptions read only the user; there is no HTTP response to set cookies on.
          req: req as unknown as GraphQLContext['req'],
          res: undefined as unknown as GraphQLContext['res'],
          requestId: randomUUID(),
          ip: req.socket.remoteAddress ?? null,
          get user() {
            return current.user;
          },
          sessionTokenHash: resolved.tokenHash,
          sessionStep: null,
          rateLimits: opts.rateLimits,
          loaders: createLoaders(db),
        };
        liveChecks.set(context, async () => {
          try {
            current.user = await liveUser(db, resolved.tokenHash, config.SESSION_IDLE_MINUTES);
          } catch (err) {
            // The database did not answer: keep what the last check found (the periodic check goes on).
            logger.debug({ err: (err as Error).message }, 'could not re-check a WebSocket session for an event');
            return current.user !== null;
          }
          if (!current.user) ctx.extra.socket.close(SESSION_ENDED_CLOSE_CODE, 'Session ended');
          return current.user !== null;
        });
        return context;
      },
    },
    wss,
  );

  return {
    close: async () => {
      httpServer.off('upgrade', onUpgrade);
      for (const t of timers) clearInterval(t);
      for (const client of wss.clients) client.close(1001, 'Server shutting down');
      await disposable.dispose();
      await new Promise<void>((r) => wss.close(() => r()));
    },
  };
}

