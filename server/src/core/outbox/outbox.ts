import type { EntityManager } from 'typeorm';
import type { JobName, QueueName } from '../queue/queues';
import { OutboxMessage } from './outbox-message.entity';

/**
 * Records a job to run once the caller's transaction commits. Never enqueue to BullMQ directly
 * from a transaction that may roll back: the relay moves committed rows to their queue.
 */
export async function enqueueAfterCommit(
  em: EntityManager,
  queue: QueueName,
  jobName: JobName,
  payload: Record<string, unknown>,
): Promise<void> {
  await em.insert(OutboxMessage, { queue, jobName, payload });
}
