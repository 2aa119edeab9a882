import { Queue, type ConnectionOptions, type DefaultJobOptions } from 'bullmq';
import { QueueName } from './queues';

/** Retry policy per queue: bounded retention, exponential backoff with jitter. */
export const JOB_OPTIONS: Record<QueueName, DefaultJobOptions> = {
  // 12 attempts ≈ 2 h of 5xx / network failures; a 429 is not an attempt (the queue waits for X's reset).
  [QueueName.REPLIES]: {
    attempts: 12,
    backoff: { type: 'exponential', delay: 2000, jitter: 0.5 },
    removeOnComplete: { count: 5000, age: 7 * 24 * 3600 },
    removeOnFail: { count: 5000, age: 30 * 24 * 3600 },
  },
  [QueueName.POST_CHECKS]: {
    attempts: 20,
    backoff: { type: 'exponential', delay: 10_000, jitter: 0.5 },
    removeOnComplete: { count: 5000, age: 7 * 24 * 3600 },
    removeOnFail: { count: 5000, age: 30 * 24 * 3600 },
  },
  [QueueName.HEALTH]: {
    attempts: 1,
    removeOnComplete: { count: 100, age: 3600 },
    removeOnFail: { count: 100, age: 3600 },
  },
  // Sweeps that run again at the next interval anyway: a few retries, short history.
  [QueueName.MAINTENANCE]: {
    attempts: 3,
    backoff: { type: 'exponential', delay: 30_000, jitter: 0.5 },
    removeOnComplete: { count: 200, age: 30 * 24 * 3600 },
    removeOnFail: { count: 200, age: 30 * 24 * 3600 },
  },
  // An alert step retries quickly (a failed e-mail or webhook of an urgent alert should not wait long).
  [QueueName.ALERTS]: {
    attempts: 10,
    backoff: { type: 'exponential', delay: 1000, jitter: 0.5 },
    removeOnComplete: { count: 5000, age: 7 * 24 * 3600 },
    removeOnFail: { count: 5000, age: 30 * 24 * 3600 },
  },
};

export function createQueues(connection: ConnectionOptions, prefix: string, names: QueueName[] = Object.values(QueueName)): Map<QueueName, Queue> {
  const queues = new Map<QueueName, Queue>();
  for (const name of names) {
    queues.set(name, new Queue(name, { connection, prefix, defaultJobOptions: JOB_OPTIONS[name] }));
  }
  return queues;
}
