import 'reflect-metadata';
import { Worker } from 'bullmq';
import { loadConfig } from './core/config/config';
import { createDataSource } from './core/database/data-source';
import { createLogger } from './core/logging/logger';
import { OutboxRelay } from './core/outbox/outbox-relay';
import { createQueues } from './core/queue/queue-factory';
import { QueueName, type PostReplyPayload } from './core/queue/queues';
import { createRedis } from './core/queue/redis';
import { createXClient } from './core/x/x-client';
import { postReply } from './modules/replies/jobs/post-reply.job';
import type { Config } from './core/config/config';
import type { Logger } from './core/logging/logger';

export interface RunningWorker {
  stop(): Promise<void>;
}

/** The worker process: the outbox relay plus the BullMQ workers. Stateless; run as many copies as needed. */
export async function startWorker(config: Config, logger: Logger): Promise<RunningWorker> {
  const db = createDataSource(config.databaseUrl, { poolSize: 5, applicationName: 'patrol-desk-worker' });
  await db.initialize();
  const producer = createRedis(config.redisUrl, 'producer');
  producer.on('error', (err) => logger.debug({ err: err.message }, 'redis (relay) error'));
  const queues = createQueues(producer, config.QUEUE_PREFIX);
  const relay = new OutboxRelay(db, config.databaseUrl, queues, logger.child({ part: 'relay' }));
  await relay.start();

  const x = createXClient({
    baseUrl: config.X_API_BASE_URL,
    appKey: config.X_APP_KEY,
    appSecret: config.X_APP_SECRET,
    accessToken: config.X_ACCESS_TOKEN,
    accessSecret: config.X_ACCESS_SECRET,
    officialUserId: config.X_OFFICIAL_USER_ID,
  });
  const workerConnection = createRedis(config.redisUrl, 'worker');
  workerConnection.on('error', (err) => logger.debug({ err: err.message }, 'redis (worker) error'));
  const replies = new Worker<PostReplyPayload>(QueueName.REPLIES, (job) => postReply(job, { db, x, logger }), {
    connection: workerConnection,
    prefix: config.QUEUE_PREFIX,
    concurrency: 4,
  });
  replies.on('failed', (job, err) => logger.warn({ jobId: job?.id, err: err.message }, 'reply job failed'));
  replies.on('error', (err) => logger.debug({ err: err.message }, 'reply worker error'));
  logger.info('worker started');

  return {
    stop: async () => {
      await relay.stop();
      await replies.close();
      await Promise.all([...queues.values()].map((q) => q.close()));
      workerConnection.disconnect();
      producer.disconnect();
      await db.destroy();
    },
  };
}

if (require.main === module) {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL, 'worker');
  startWorker(config, logger).then(
    (w) => {
      const shutdown = () => {
        logger.info('worker stopping');
        w.stop().then(() => process.exit(0), () => process.exit(1));
      };
      process.once('SIGTERM', shutdown);
      process.once('SIGINT', shutdown);
    },
    (err) => {
      logger.fatal({ err }, 'worker failed to start');
      process.exit(1);
    },
  );
}
