import { Queue, type ConnectionOptions, type DefaultJobOptions } from 'bullmq';
import { QueueName } from './queues';

/** Retry policy per queue: bounded retention, exponential backoff with jitter. */
const JOB_OPTIONS: Record<QueueName, DefaultJobOptions> = {
  [QueueName.REPLIES]: {
    attempts: 12,
    backoff: { type: 'exponential', delay: 2000, jitter: 0.5 },
    removeOnComplete: { count: 5000, age: 7 * 24 * 3600 },
    removeOnFail: { count: 5000, age: 30 * 24 * 3600 },
  },
};

export function createQueues(connection: ConnectionOptions, prefix: string): Map<QueueName, Queue> {
  const queues = new Map<QueueName, Queue>();
  for (const name of Object.values(QueueName)) {
    queues.set(name, new Queue(name, { connection, prefix, defaultJobOptions: JOB_OPTIONS[name] }));
  }
  return queues;
}
