import type { Queue } from 'bullmq';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import type { Logger } from '../logging/logger';
import type { QueueName } from '../queue/queues';

const BATCH = 100;
const SAFETY_POLL_MS = 15_000;
const MAX_BACKOFF_MS = 10_000;

/**
 * Moves committed outbox rows to BullMQ. Woken by LISTEN/NOTIFY (the insert trigger), with a
 * slow safety poll in case a notification was missed while reconnecting. Rows are claimed with
 * FOR UPDATE SKIP LOCKED, so several relays (one per worker copy) never send a row twice at once;
 * the row ID is the job ID, so a row re-sent after a crash is ignored by BullMQ.
 * When Redis is down the rows simply wait and drain once it is back.
 */
export class OutboxRelay {
  private listener: Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private draining: Promise<void> | null = null;
  private again = false;
  private failures = 0;

  constructor(
    private readonly db: DataSource,
    private readonly databaseUrl: string,
    private readonly queues: Map<QueueName, Queue>,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    this.running = true;
    await this.listen();
    this.wake();
  }

  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    await this.draining;
    await this.listener?.end().catch(() => undefined);
    this.listener = null;
  }

  /** Drain now (coalescing concurrent wake-ups into one more pass). */
  wake(): void {
    if (!this.running) return;
    if (this.draining) {
      this.again = true;
      return;
    }
    this.draining = this.drainAll().finally(() => {
      this.draining = null;
      if (this.again) {
        this.again = false;
        this.wake();
      }
    });
  }

  private schedule(ms: number): void {
    if (!this.running) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.wake(), ms);
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.databaseUrl, application_name: 'patrol-desk-relay' });
    client.on('notification', () => this.wake());
    client.on('error', (err) => {
      this.logger.warn({ err: err.message }, 'outbox listener lost its connection; reconnecting');
      this.listener = null;
      setTimeout(() => this.running && this.listen().catch(() => undefined), 1000);
    });
    await client.connect();
    await client.query('LISTEN outbox_messages');
    this.listener = client;
  }

  private async drainAll(): Promise<void> {
    try {
      while (this.running && (await this.drainBatch()) === BATCH) {
        /* keep going while full batches come back */
      }
      this.failures = 0;
      this.schedule(SAFETY_POLL_MS);
    } catch (err) {
      this.failures += 1;
      const wait = Math.min(250 * 2 ** this.failures, MAX_BACKOFF_MS);
      this.logger.warn({ err: (err as Error).message, retryInMs: wait }, 'outbox relay could not dispatch; rows wait');
      this.schedule(wait);
    }
  }

  private drainBatch(): Promise<number> {
    return this.db.transaction(async (em) => {
      const rows: { id: string; queue: QueueName; job_name: string; payload: Record<string, unknown> }[] = await em.query(
        `SELECT id, queue, job_name, payload FROM outbox_messages
         WHERE dispatched_at IS NULL ORDER BY created_at, id
         LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH],
      );
      for (const row of rows) {
        const queue = this.queues.get(row.queue);
        if (!queue) throw new Error(`outbox row ${row.id} names unknown queue ${row.queue}`);
        await queue.add(row.job_name, row.payload, { jobId: row.id });
      }
      if (rows.length > 0) {
        await em.query(`UPDATE outbox_messages SET dispatched_at = now(), attempts = attempts + 1 WHERE id = ANY($1::uuid[])`, [
          rows.map((r) => r.id),
        ]);
      }
      return rows.length;
    });
  }
}
