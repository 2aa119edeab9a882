import type { DataSource, EntityManager } from 'typeorm';
import type { JobName, QueueName } from '../queue/queues';
import { OutboxMessage } from './outbox-message.entity';

export interface EnqueueOptions {
  /** A business-key job ID; BullMQ ignores a second job with the same ID. No `:`, not all digits. */
  jobId?: string;
  /** Run the job no earlier than this (a delayed BullMQ job). */
  runAt?: Date;
}

/**
 * Records a job to run once the caller's transaction commits. Never enqueue to BullMQ directly
 * from a transaction that may roll back: the relay moves committed rows to their queue.
 */
export async function enqueueAfterCommit(
  em: EntityManager,
  queue: QueueName,
  jobName: JobName,
  payload: Record<string, unknown>,
  options: EnqueueOptions = {},
): Promise<void> {
  if (options.jobId !== undefined && (options.jobId.includes(':') || /^\d+$/.test(options.jobId))) {
    throw new Error(`invalid job ID ${options.jobId}: BullMQ job IDs may not contain ':' nor be all digits`);
  }
  await em.insert(OutboxMessage, { queue, jobName, payload, jobId: options.jobId ?? null, runAt: options.runAt ?? null });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Marks the outbox row of a finished job as done, so the relay stops checking that Redis still
 * has it. Best effort: a row left unmarked is checked later and marked then.
 */
export async function markOutboxJobDone(db: DataSource, jobId: string, error?: string): Promise<void> {
  const byRowId = UUID.test(jobId);
  await db.query(
    `UPDATE outbox_messages SET done_at = now(), last_error = coalesce($2, last_error)
     WHERE ${byRowId ? 'id = $1::uuid AND job_id IS NULL' : 'job_id = $1'} AND done_at IS NULL`,
    [jobId, error ?? null],
  );
}
