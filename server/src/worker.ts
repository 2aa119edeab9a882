import 'reflect-metadata';
import { Worker, type Job, type WorkerOptions } from 'bullmq';
import type { DataSource } from 'typeorm';
import { loadConfig } from './core/config/config';
import { createDataSource } from './core/database/data-source';
import { createLogger } from './core/logging/logger';
import { markOutboxJobDone } from './core/outbox/outbox';
import { OutboxRelay } from './core/outbox/outbox-relay';
import { createQueues } from './core/queue/queue-factory';
import { answerPing } from './core/queue/queue-health';
import { JobName, QueueName, type PostReplyPayload, type RecheckPostPayload } from './core/queue/queues';
import { createRedis } from './core/queue/redis';
import { xClientFor } from './core/x/x-client-from-config';
import { postReply } from './modules/replies/jobs/post-reply.job';
import { recheckPost } from './modules/replies/jobs/recheck-post.job';
import { recordReplyFailed } from './modules/replies/reply-delivery.service';
import { replySettings } from './modules/replies/reply-settings';
import { startRetentionWorker } from './modules/retention/retention-worker';
import { startShardFolding } from './modules/statistics/shard-fold';
import { startAlertWorker } from './modules/alerts/alert-worker';
import { checkDeletionRequest } from './modules/escalations/jobs/check-deletion-request.job';
import type { CheckDeletionRequestPayload } from './modules/escalations/deletion-schedule';
import { deletionSettings } from './modules/escalations/escalation.service';
import type { Config } from './core/config/config';
import type { Logger } from './core/logging/logger';

export interface RunningWorker {
  /** Stops taking jobs, lets the running ones finish (worker.close()), then closes connections. */
  stop(): Promise<void>;
}

/**
 * The worker process: the outbox relay plus the BullMQ workers (replies, post re-checks, health
 * pings). Stateless; run as many copies as needed — the relay claims rows with SKIP LOCKED, the
 * jobs are idempotent and a 429 pauses the reply queue for every copy.
 */
export async function startWorker(config: Config, logger: Logger): Promise<RunningWorker> {
  const db = createDataSource(config.databaseUrl, { poolSize: 10, applicationName: 'patrol-desk-worker' });
  await db.initialize();
  const producer = createRedis(config.redisUrl, 'producer');
  producer.on('error', (err) => logger.debug({ err: err.message }, 'redis (relay) error'));
  // Every queue but the health pings (which never go through the outbox): a row for a queue this
  // worker does not process still reaches BullMQ, for the worker that does.
  const queues = createQueues(producer, config.QUEUE_PREFIX, Object.values(QueueName).filter((q) => q !== QueueName.HEALTH));
  for (const q of queues.values()) q.on('error', (err) => logger.debug({ queue: q.name, err: err.message }, 'queue error'));
  const relay = new OutboxRelay(db, config.databaseUrl, queues, logger.child({ part: 'relay' }), {
    redis: producer,
    redeliverAfterMs: config.OUTBOX_REDELIVER_AFTER_MS,
  });
  await relay.start();

  const x = xClientFor(config, logger.child({ part: 'x-client' }));
  const settings = replySettings(config);
  const connections: ReturnType<typeof createRedis>[] = [];
  const options = (extra: Partial<WorkerOptions>): WorkerOptions => {
    const connection = createRedis(config.redisUrl, 'worker');
    connection.on('error', (err) => logger.debug({ err: err.message }, 'redis (worker) error'));
    connections.push(connection);
    return {
      connection,
      prefix: config.QUEUE_PREFIX,
      // A job whose worker died (SIGKILL, lost host) runs again after about JOB_LOCK_MS. The jobs
      // are idempotent, so a job may stall many times without harm; failing it after one stall
      // (BullMQ's default) would leave its case waiting forever.
      lockDuration: config.JOB_LOCK_MS,
      stalledInterval: config.JOB_LOCK_MS,
      maxStalledCount: 20,
      ...extra,
    };
  };
  const done = async <T>(job: Job, result: T): Promise<T> => {
    await markOutboxJobDone(db, job.id!).catch((err: Error) => logger.warn({ jobId: job.id, err: err.message }, 'could not mark the outbox row done'));
    return result;
  };

  // The limiter never throttles on its own (X's limits are learnt from its 429s); it is what makes
  // a manual rateLimit() hold back every worker copy, not only the one that saw the 429.
  const limiter = { max: 1000, duration: 1000 };
  const replies: Worker<PostReplyPayload> = new Worker<PostReplyPayload>(
    QueueName.REPLIES,
    async (job, token) => {
      const { outcome, replyPostId } = await postReply(job, token, { db, x, logger, settings, rateLimit: (ms) => replies.rateLimit(ms) });
      await job.log(`outcome: ${outcome}`); // shown in bull-board; the result stays { replyPostId }
      return done(job, { replyPostId });
    },
    options({ concurrency: 4, limiter }),
  );
  const deletion = deletionSettings(config);
  const checks: Worker<RecheckPostPayload> = new Worker<RecheckPostPayload>(
    QueueName.POST_CHECKS,
    async (job) =>
      // One queue for every X lookup (X rate-limits them apart from posting): warned posts, and removal requests (modules/escalations).
      job.name === JobName.CHECK_DELETION_REQUEST
        ? done(job, await checkDeletionRequest(job as unknown as Job<CheckDeletionRequestPayload>, { db, x, logger, settings: deletion, rateLimit: (ms) => checks.rateLimit(ms) }))
        : done(job, await recheckPost(job, { db, x, logger, rateLimit: (ms) => checks.rateLimit(ms) })),
    options({ concurrency: 2, limiter }),
  );
  const health = new Worker(QueueName.HEALTH, async () => answerPing(), options({ concurrency: 2 }));
  // Escalation alerts: in-app (live through Redis pub/sub), e-mail, webhook; urgent ones repeat on a ladder.
  const alerts = startAlertWorker({ config, logger, db, workerOptions: options({ concurrency: 4 }), done });
  const workers: Worker[] = [replies, checks, health, alerts.worker];
  // The retention purge and the unused-account check, on a schedule (modules/retention). Started
  // alongside, not before, the reply workers: a worker copy is ready as soon as replies can flow.
  const retention = startRetentionWorker({ config, logger, db });
  retention.catch((err: Error) => logger.error({ err: err.message }, 'the retention schedule could not start'));
  // Statistics rollup rows written by intake's per-session shards, folded back periodically (modules/statistics).
  const shardFolding = startShardFolding(db, logger);

  replies.on('failed', (job, err) => {
    logger.warn({ jobId: job?.id, caseId: job?.data.caseId, err: err.message }, 'reply job failed');
    if (job) void afterFinalFailure(db, logger, job, err);
  });
  checks.on('failed', (job, err) => {
    logger.warn({ jobId: job?.id, err: err.message }, 're-check job failed');
    if (job) void afterFinalFailure(db, logger, job, err);
  });
  for (const w of workers) w.on('error', (err) => logger.debug({ queue: w.name, err: err.message }, 'worker error'));
  logger.info({ replyMode: config.REPLY_MODE }, 'worker started');

  let stopping: Promise<void> | null = null;
  return {
    stop: () =>
      (stopping ??= (async () => {
        await relay.stop();
        await retention.then((r) => r.stop(), () => undefined);
        await shardFolding.stop();
        await Promise.all(workers.map((w) => w.close()));
        await alerts.close();
        await Promise.all([...queues.values()].map((q) => q.close()));
        for (const c of connections) c.disconnect();
        producer.disconnect();
        await db.destroy();
      })()),
  };
}

/**
 * A job that failed for good (out of attempts, unrecoverable, stalled too often): its case must not
 * stay WARNING_QUEUED with nobody working on it. The job records most failures itself; this
 * catches the rest (e.g. the database was down on the last attempt). No-op when already recorded.
 */
async function afterFinalFailure(db: DataSource, logger: Logger, job: Job, err: Error): Promise<void> {
  try {
    if ((await job.getState()) !== 'failed') return; // it will be retried
    if (job.queueName === QueueName.REPLIES) {
      await recordReplyFailed(db, (job.data as PostReplyPayload).caseId, `The reply job failed: ${err.message}`);
    }
    await markOutboxJobDone(db, job.id!, err.message.slice(0, 500));
  } catch (e) {
    logger.error({ jobId: job.id, err: (e as Error).message }, 'could not record a final job failure; the outbox relay will see the job failed and stop watching it');
  }
}

if (require.main === module) {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL, 'worker');
  startWorker(config, logger).then(
    (w) => {
      const shutdown = (signal: string) => {
        logger.info({ signal }, 'worker stopping: finishing running jobs');
        // A running job ends within one X call; past that, exit anyway: its lock expires and
        // another copy resumes it (it looks for the reply before posting again).
        const hardStop = setTimeout(() => {
          logger.warn('worker did not stop in time; exiting');
          process.exit(1);
        }, config.X_REQUEST_TIMEOUT_MS + 5_000);
        hardStop.unref();
        w.stop().then(
          () => {
            logger.info('worker stopped');
            process.exit(0);
          },
          (err) => {
            logger.error({ err: (err as Error).message }, 'worker stop failed');
            process.exit(1);
          },
        );
      };
      process.once('SIGTERM', () => shutdown('SIGTERM'));
      process.once('SIGINT', () => shutdown('SIGINT'));
    },
    (err) => {
      logger.fatal({ err }, 'worker failed to start');
      process.exit(1);
    },
  );
}
