import { Queue, Worker, type Job } from 'bullmq';
import type { DataSource } from 'typeorm';
import type { Config } from '../../core/config/config';
import type { Logger } from '../../core/logging/logger';
import { markOutboxJobDone } from '../../core/outbox/outbox';
import { JOB_OPTIONS } from '../../core/queue/queue-factory';
import { JobName, QueueName } from '../../core/queue/queues';
import { createRedis } from '../../core/queue/redis';
import { checkEscalationOverdue } from '../escalations/jobs/check-overdue.job';
import type { CheckEscalationOverduePayload } from '../escalations/overdue-schedule';
import { disableUnusedAccounts } from '../users/account-inactivity';
import { purgePersonalData } from './jobs/purge-personal-data.job';

export interface RunningRetention {
  stop(): Promise<void>;
}

/**
 * Scheduled housekeeping in the worker: every MAINTENANCE_INTERVAL_MS, the retention purge
 * (DESIGN §7) and the unused-account check (CJIS §5.6.1). BullMQ job schedulers keyed by name, so
 * however many worker copies start, each sweep is scheduled once; both sweeps are idempotent.
 * The same queue runs the escalations' overdue checks (delayed jobs from the outbox, one per due time).
 */
export async function startRetentionWorker(deps: { config: Config; logger: Logger; db: DataSource }): Promise<RunningRetention> {
  const { config, logger, db } = deps;
  const log = logger.child({ part: 'retention' });
  const queueConnection = createRedis(config.redisUrl, 'worker');
  const workerConnection = createRedis(config.redisUrl, 'worker');
  for (const c of [queueConnection, workerConnection]) c.on('error', (err) => log.debug({ err: err.message }, 'redis (maintenance) error'));

  const queue = new Queue(QueueName.MAINTENANCE, {
    connection: queueConnection,
    prefix: config.QUEUE_PREFIX,
    defaultJobOptions: JOB_OPTIONS[QueueName.MAINTENANCE],
  });
  // An `every` schedule runs its first job at once, then every interval.
  const every = config.MAINTENANCE_INTERVAL_MS;
  const opts = JOB_OPTIONS[QueueName.MAINTENANCE];
  await queue.upsertJobScheduler(JobName.PURGE_PERSONAL_DATA, { every }, { name: JobName.PURGE_PERSONAL_DATA, opts });
  await queue.upsertJobScheduler(JobName.DISABLE_UNUSED_ACCOUNTS, { every }, { name: JobName.DISABLE_UNUSED_ACCOUNTS, opts });

  const worker = new Worker(
    QueueName.MAINTENANCE,
    async (job, token) => {
      const requestId = `job-${job.id}`.slice(0, 100);
      if (job.name === JobName.CHECK_ESCALATION_OVERDUE) {
        const result = await checkEscalationOverdue(job as Job<CheckEscalationOverduePayload>, token, { db, logger: log });
        // Sent through the outbox: mark its row done so the relay stops watching the job.
        await markOutboxJobDone(db, job.id!).catch((err: Error) => log.warn({ jobId: job.id, err: err.message }, 'could not mark the outbox row done'));
        return result;
      }
      if (job.name === JobName.PURGE_PERSONAL_DATA) {
        return purgePersonalData(db, log, { retentionDays: config.RETENTION_DAYS, batchSize: config.RETENTION_BATCH_SIZE, requestId });
      }
      if (job.name === JobName.DISABLE_UNUSED_ACCOUNTS) {
        return { disabled: (await disableUnusedAccounts(db, log, config.ACCOUNT_INACTIVITY_DAYS, { requestId })).length };
      }
      throw new Error(`unknown maintenance job ${job.name}`);
    },
    // 4: an overdue check need not wait behind a long purge sweep (the sweeps are safe side by side: SKIP LOCKED).
    { connection: workerConnection, prefix: config.QUEUE_PREFIX, concurrency: 4, lockDuration: config.JOB_LOCK_MS },
  );
  worker.on('failed', (job, err) => log.warn({ job: job?.name, err: err.message }, 'maintenance job failed'));
  worker.on('error', (err) => log.debug({ err: err.message }, 'maintenance worker error'));

  return {
    stop: async () => {
      await worker.close();
      await queue.close();
      queueConnection.disconnect();
      workerConnection.disconnect();
    },
  };
}
