import { Worker, type Job, type WorkerOptions } from 'bullmq';
import type { DataSource } from 'typeorm';
import type { Config } from '../../core/config/config';
import { Topic, publishEvent, userTopic } from '../../core/graphql/pubsub';
import type { Logger } from '../../core/logging/logger';
import { markOutboxJobDone } from '../../core/outbox/outbox';
import { QueueName } from '../../core/queue/queues';
import { createRedis } from '../../core/queue/redis';
import { alertSettings } from './alert-settings';
import { createAlertMailer } from './channels/email';
import { deliverAlert } from './jobs/deliver-alert.job';
import type { DeliverAlertPayload } from './raise-alert';

/**
 * The `alerts` queue's BullMQ worker: each job is one ladder step of one alert (deliverAlert).
 * Live events go out through Redis pub/sub on a connection of their own, so every API copy's
 * subscribers hear them.
 */
export function startAlertWorker(opts: {
  config: Config;
  logger: Logger;
  db: DataSource;
  workerOptions: WorkerOptions;
  done: <T>(job: Job, result: T) => Promise<T>;
}): { worker: Worker<DeliverAlertPayload>; close(): Promise<void> } {
  const { config, db } = opts;
  const logger = opts.logger.child({ part: 'alerts' });
  const settings = alertSettings(config);
  const mailer = settings.smtpUrl ? createAlertMailer(settings.smtpUrl, settings.mailFrom) : null;
  const publisher = createRedis(config.redisUrl, 'producer');
  publisher.on('error', (err) => logger.debug({ err: err.message }, 'redis (alert publisher) error'));
  const publish = (userId: string, event: unknown) => publishEvent(publisher, config.QUEUE_PREFIX, userTopic(Topic.ALERT, userId), event);

  const worker = new Worker<DeliverAlertPayload>(
    QueueName.ALERTS,
    async (job) => {
      const outcome = await deliverAlert(job.data, { db, settings, mailer, publish, logger });
      await job.log(`outcome: ${outcome}`);
      return opts.done(job, { outcome });
    },
    opts.workerOptions,
  );
  worker.on('failed', (job, err) => {
    logger.warn({ jobId: job?.id, err: err.message }, 'alert job failed');
    if (!job) return;
    void job.getState().then(
      (state) => (state === 'failed' ? markOutboxJobDone(db, job.id!, err.message.slice(0, 500)) : undefined),
      () => undefined,
    ).catch((e: Error) => logger.error({ jobId: job.id, err: e.message }, 'could not record a final alert job failure'));
  });
  logger.info({ email: mailer !== null, webhook: settings.webhook !== null, repeatMs: settings.repeatMs, maxSteps: settings.maxSteps }, 'alert worker started');
  return {
    worker,
    close: async () => {
      mailer?.close();
      publisher.disconnect();
    },
  };
}
