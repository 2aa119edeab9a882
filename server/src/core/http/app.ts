import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { parse as parseCookie } from 'cookie';
import express from 'express';
import type { DataSource } from 'typeorm';
import type { GraphQLContext } from '../auth/context';
import { SESSION_COOKIE, SessionStore } from '../auth/session-store';
import type { Config } from '../config/config';
import { buildAppSchema } from '../graphql/schema';
import { createAppPubSub } from '../graphql/pubsub';
import { WorkQueueListener } from '../../modules/live-queue/work-queue-listener';
import { attachSubscriptionServer } from '../graphql/subscriptions';
import { createFormatError } from '../graphql/format-error';
import { createLoaders } from '../loaders/loaders';
import type { Logger } from '../logging/logger';
import { mountQueueRoutes } from '../queue/queue-routes';
import { createRedis } from '../queue/redis';
import { graphqlArmor } from '../graphql/armor';
import { requestGuardsPlugin } from '../graphql/request-guards';
import { RateLimits } from './rate-limits';
import { jsonErrorHandler, securityHeaders } from './security';
import { mountExportRoutes } from '../../modules/statistics/export/export.routes';

export interface RunningApp {
  server: http.Server;
  url: string;
  close(): Promise<void>;
}

/** The API server: GraphQL at /graphql, a health check, and the built client. Stateless: run as many as needed. */
export async function startApiServer(opts: { config: Config; db: DataSource; logger: Logger }): Promise<RunningApp> {
  const { config, db, logger } = opts;
  const app = express();
  app.disable('x-powered-by');
  // No ETag on res.send answers: a SHA-1 of every GraphQL response (POST, never cached). Static files keep theirs.
  app.set('etag', false);
  // Who may tell us the client's IP (X-Forwarded-For): per-IP rate limits and the audit log rely on it.
  app.set('trust proxy', config.trustProxy);
  app.use(securityHeaders(config));
  const httpServer = http.createServer(app);
  const sessions = new SessionStore(db, {
    idleMinutes: config.SESSION_IDLE_MINUTES,
    absoluteHours: config.SESSION_ABSOLUTE_HOURS,
  });
  // Rate-limit counters shared by every copy of the API (a producer connection: fails fast when Redis is down).
  const limiterRedis = createRedis(config.redisUrl, 'producer');
  limiterRedis.on('error', (err) => logger.debug({ err: err.message }, 'redis (rate limits) error'));
  const rateLimits = new RateLimits(limiterRedis, config, logger);
  const armor = graphqlArmor({ production: config.NODE_ENV === 'production' });
  // Live events through Redis pub/sub: a subscriber on any copy hears what the worker publishes.
  const pubSub = createAppPubSub(config.redisUrl, config.QUEUE_PREFIX, logger);
  // Committed case changes (LISTEN), pushed to this copy's subscribers only: every copy listens itself.
  const workQueue = new WorkQueueListener(config.databaseUrl, logger);
  await workQueue.start();
  const schema = await buildAppSchema(workQueue.routeLocalTopic(pubSub));

  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    introspection: config.NODE_ENV !== 'production',
    includeStacktraceInErrorResponses: false,
    formatError: createFormatError(logger),
    validationRules: armor.validationRules,
    parseOptions: armor.parseOptions,
    // No landing page: Apollo's loads its scripts from a third-party CDN, which has no place on this origin.
    // No HTTP caching of police data, and no per-field cache-hint work on large statistics responses.
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginCacheControlDisabled(), ApolloServerPluginLandingPageDisabled(), ...armor.plugins, requestGuardsPlugin()],
  });
  await apollo.start();
  // GraphQL subscriptions over graphql-ws on the same server and path (session cookie, Origin checked).
  const subscriptions = attachSubscriptionServer({
    httpServer,
    schema,
    db,
    config,
    sessions,
    logger,
    rateLimits,
    validationRules: armor.validationRules,
    maxTokens: armor.parseOptions.maxTokens,
  });

  app.get('/healthz', async (_req, res) => {
    try {
      await db.query('SELECT 1');
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'database unavailable' });
    }
  });

  // GET /healthz/queue (a job round-trip) and bull-board at /admin/queues (chief only).
  const queueRoutes = mountQueueRoutes(app, { config, sessions, logger });

  // GET /export/statistics.xlsx|csv and /export/monthly-report/<id>.xlsx|csv (session cookie, role matrix).
  mountExportRoutes(app, { db, sessions, logger });

  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const cookies = parseCookie(req.headers.cookie ?? '');
        const resolved = await sessions.resolve(cookies[SESSION_COOKIE], { allowPending: true });
        return {
          db,
          config,
          sessions,
          logger,
          req,
          res,
          requestId: String(req.headers['x-request-id'] ?? randomUUID()).slice(0, 100),
          ip: req.ip ?? null,
          user: resolved?.user ?? null,
          sessionTokenHash: resolved?.tokenHash ?? null,
          sessionStep: resolved?.pendingStep ?? null,
          rateLimits,
          loaders: createLoaders(db),
        };
      },
    }),
  );

  const clientDir = config.CLIENT_DIST_DIR ?? path.resolve(__dirname, '../../../../../../client/dist');
  if (existsSync(path.join(clientDir, 'index.html'))) {
    app.use(express.static(clientDir, { index: false, maxAge: '1h' }));
    app.get(/^\/(?!graphql).*/, (_req, res) => res.sendFile(path.join(clientDir, 'index.html')));
  } else {
    logger.warn({ clientDir }, 'client build not found; serving the API only');
  }

  app.use(jsonErrorHandler(logger));

  await new Promise<void>((resolve) => httpServer.listen(config.PORT, config.HOST, resolve));
  const addr = httpServer.address() as { port: number };
  const url = `http://${config.HOST}:${addr.port}`;
  logger.info({ url }, 'API server listening');
  return {
    server: httpServer,
    url,
    close: async () => {
      await subscriptions.close();
      await workQueue.stop();
      await apollo.stop();
      await pubSub.close();
      await queueRoutes.close();
      limiterRedis.disconnect();
      if (httpServer.listening) await new Promise<void>((r) => httpServer.close(() => r()));
    },
  };
}
