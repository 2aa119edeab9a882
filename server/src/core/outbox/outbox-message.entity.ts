import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A job waiting to reach BullMQ. Written in the same transaction as the state change that
 * needs it; the relay moves it to its queue with the row's ID (or its business key, `jobId`) as
 * the job ID, and re-sends it should Redis lose the job before it is done.
 */
@Entity({ name: 'outbox_messages' })
export class OutboxMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  queue: string;

  @Column({ name: 'job_name', type: 'text' })
  jobName: string;

  @Column({ type: 'jsonb' })
  payload: object;

  /** A business-key job ID (e.g. `recheck-<caseId>-1d`); NULL = the row ID. */
  @Column({ name: 'job_id', type: 'text', nullable: true })
  jobId: string | null;

  /** Run no earlier than this (a delayed job); NULL = at once. */
  @Column({ name: 'run_at', type: 'timestamptz', nullable: true })
  runAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'dispatched_at', type: 'timestamptz', nullable: true })
  dispatchedAt: Date | null;

  /** The job finished (completed, or failed for good); the relay stops watching the row. */
  @Column({ name: 'done_at', type: 'timestamptz', nullable: true })
  doneAt: Date | null;

  /** When the relay last found the job alive in Redis. */
  @Column({ name: 'verified_at', type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;
}
