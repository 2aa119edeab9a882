import { parse as parseCookie } from 'cookie';
import type { Express, NextFunction, Request, Response } from 'express';
import { Role } from '../../modules/users/role';
import { SESSION_COOKIE, type SessionStore } from '../auth/session-store';
import type { Config } from '../config/config';
import type { Logger } from '../logging/logger';
import { queueDashboard } from './queue-dashboard';
import { createQueues } from './queue-factory';
import { pingQueue } from './queue-health';
import { QueueName } from './queues';
import { createRedis } from './redis';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/**
 * The API's two doors to the queues, mounted before the client's catch-all route:
 *   GET /healthz/queue  — 200 when a ping job round-trips through Redis and a worker, else 503;
 *   /admin/queues       — bull-board (read-only), for the chief only (401 without a session, 403 for other roles).
 * GraphQL never touches Redis (jobs go through the outbox), so Redis being down never fails a request there.
 */
export function mountQueueRoutes(app: Express, opts: { config: Config; sessions: SessionStore; logger: Logger }): { close(): Promise<void> } {
  const { config, sessions, logger } = opts;
  const redis = createRedis(config.redisUrl, 'producer');
  redis.on('error', (err) => logger.debug({ err: err.message }, 'redis (api queues) error'));
  const queues = createQueues(redis, config.QUEUE_PREFIX);
  for (const q of queues.values()) q.on('error', (err) => logger.debug({ queue: q.name, err: err.message }, 'queue error'));

  app.get('/healthz/queue', async (_req, res) => {
    const result = await pingQueue(queues.get(QueueName.HEALTH)!, config.HEALTH_QUEUE_TIMEOUT_MS);
    if (result.ok) res.json({ status: 'ok', roundTripMs: result.roundTripMs, answeredBy: result.answeredBy });
    else res.status(503).json({ status: 'unavailable', reason: result.reason });
  });

  const chiefOnly = async (req: Request, res: Response, next: NextFunction) => {
    try {
      const resolved = await sessions.resolve(parseCookie(req.headers.cookie ?? '')[SESSION_COOKIE]);
      if (!resolved) return void res.status(401).type('text/plain').send('Log in as the chief to see the queues.');
      if (resolved.user.role !== Role.CHIEF) return void res.status(403).type('text/plain').send('Only the chief may see the queues.');
      next();
    } catch (err) {
      next(err);
    }
  };
  app.use(QUEUE_DASHBOARD_PATH, chiefOnly, queueDashboard([...queues.values()], QUEUE_DASHBOARD_PATH));

  return {
    close: async () => {
      await Promise.all([...queues.values()].map((q) => q.close().catch(() => undefined)));
      redis.disconnect();
    },
  };
}
