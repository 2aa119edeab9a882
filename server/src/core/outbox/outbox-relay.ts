import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import type { Logger } from '../logging/logger';
import type { QueueName } from '../queue/queues';

const BATCH = 100;
const SAFETY_POLL_MS = 15_000;
const MAX_BACKOFF_MS = 10_000;
/** One queue.add may not hold the claimed rows' transaction longer than this. */
const ADD_TIMEOUT_MS = 5_000;

interface OutboxRow {
  id: string;
  queue: QueueName;
  job_name: string;
  payload: Record<string, unknown>;
  job_id: string | null;
  run_at: Date | null;
}

export interface OutboxRelayOptions {
  /** The connection the queues use: while it is not ready the relay does not claim rows at all. */
  redis?: Redis;
  /** Dispatched rows not done after this long are checked against Redis and re-sent when their job is gone. */
  redeliverAfterMs?: number;
}

/**
 * Moves committed outbox rows to BullMQ. Woken by LISTEN/NOTIFY (the insert trigger), with a
 * slow safety poll in case a notification was missed while reconnecting. Rows are claimed with
 * FOR UPDATE SKIP LOCKED, so several relays (one per worker copy) never send a row twice at once;
 * the row ID (or the row's business key) is the job ID, so a row re-sent after a crash is ignored
 * by BullMQ.
 *
 * Redis down: rows are not claimed while the connection is not ready, and a row whose add fails
 * stays undispatched (the ones sent before it in the batch are committed as sent); they drain
 * with backoff once Redis is back. Redis back *empty* (a restart without persistence, a failover
 * that lost writes): rows that were dispatched but whose job never finished are checked against
 * Redis after `redeliverAfterMs` and re-sent when their job is gone. Jobs are idempotent, so a
 * re-sent job that had in fact run is harmless.
 */
export class OutboxRelay {
  private listener: Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private verifyTimer: NodeJS.Timeout | null = null;
  private running = false;
  private draining: Promise<void> | null = null;
  private verifying: Promise<void> | null = null;
  private again = false;
  private failures = 0;
  private waitingForRedis = false;
  private readonly redeliverAfterMs: number;

  constructor(
    private readonly db: DataSource,
    private readonly databaseUrl: string,
    private readonly queues: Map<QueueName, Queue>,
    private readonly logger: Logger,
    private readonly options: OutboxRelayOptions = {},
  ) {
    this.redeliverAfterMs = options.redeliverAfterMs ?? 5 * 60_000;
  }

  async start(): Promise<void> {
    this.running = true;
    await this.listen();
    this.wake();
    this.scheduleVerify();
  }

  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    if (this.verifyTimer) clearTimeout(this.verifyTimer);
    await Promise.all([this.draining, this.verifying]);
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => undefined);
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

  /** LISTEN on a dedicated connection; on loss, reconnect with backoff and drain what was missed. */
  private async listen(attempt = 0): Promise<void> {
    if (!this.running) return;
    const client = new Client({ connectionString: this.databaseUrl, application_name: 'patrol-desk-relay' });
    let lost = false;
    const onLost = (why: string) => {
      if (lost) return;
      lost = true;
      if (this.listener === client) this.listener = null;
      client.end().catch(() => undefined);
      if (!this.running) return;
      this.logger.warn({ why }, 'outbox listener lost its connection; reconnecting');
      setTimeout(() => void this.listen(1), 1000);
    };
    client.on('notification', () => this.wake());
    client.on('error', (err) => onLost(err.message));
    client.on('end', () => onLost('connection ended'));
    try {
      await client.connect();
      await client.query('LISTEN outbox_messages');
      this.listener = client;
      if (attempt > 0) this.wake(); // rows committed while we were not listening
    } catch (err) {
      lost = true;
      client.end().catch(() => undefined);
      const wait = Math.min(500 * 2 ** attempt, MAX_BACKOFF_MS);
      this.logger.warn({ err: (err as Error).message, retryInMs: wait }, 'outbox listener could not connect; the safety poll covers meanwhile');
      if (this.running) setTimeout(() => void this.listen(attempt + 1), wait);
    }
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
      const redis = this.options.redis;
      if (redis && redis.status !== 'ready') {
        // Drain the moment Redis is back rather than at the next backoff tick.
        if (!this.waitingForRedis) {
          this.waitingForRedis = true;
          redis.once('ready', () => {
            this.waitingForRedis = false;
            this.failures = 0;
            this.wake();
          });
        }
        this.logger.debug({ redis: redis.status }, 'outbox relay waits for Redis; rows wait');
      } else {
        this.logger.warn({ err: (err as Error).message, retryInMs: wait }, 'outbox relay could not dispatch; rows wait');
      }
      this.schedule(wait);
    }
  }

  private assertRedisReady(): void {
    const status = this.options.redis?.status;
    if (status !== undefined && status !== 'ready') throw new Error(`redis is ${status}`);
  }

  private knownQueues(): string[] {
    return [...this.queues.keys()];
  }

  private async send(row: OutboxRow, jobId: string): Promise<void> {
    const queue = this.queues.get(row.queue)!;
    const delay = row.run_at ? Math.max(0, new Date(row.run_at).getTime() - Date.now()) : 0;
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        queue.add(row.job_name, row.payload, { jobId, ...(delay > 0 ? { delay } : {}) }),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`queue.add timed out after ${ADD_TIMEOUT_MS} ms`)), ADD_TIMEOUT_MS);
        }),
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Claims up to a batch of undispatched rows of the queues this relay knows and adds their jobs.
   * If an add fails, the rows already added are still committed as dispatched and the error is
   * rethrown after the commit (backoff); the rest stay claimed by nobody and wait.
   */
  private async drainBatch(): Promise<number> {
    this.assertRedisReady();
    let failure: Error | null = null;
    const count = await this.db.transaction(async (em) => {
      const rows: OutboxRow[] = await em.query(
        `SELECT id, queue, job_name, payload, job_id, run_at FROM outbox_messages
         WHERE dispatched_at IS NULL AND queue = ANY($2::text[]) ORDER BY created_at, id
         LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH, this.knownQueues()],
      );
      const sent: string[] = [];
      for (const row of rows) {
        try {
          await this.send(row, row.job_id ?? row.id);
          sent.push(row.id);
        } catch (err) {
          failure = err as Error;
          await em.query(`UPDATE outbox_messages SET last_error = $2 WHERE id = $1`, [row.id, failure.message.slice(0, 500)]);
          break;
        }
      }
      if (sent.length > 0) {
        await em.query(
          `UPDATE outbox_messages SET dispatched_at = now(), verified_at = NULL, attempts = attempts + 1, last_error = NULL
           WHERE id = ANY($1::uuid[])`,
          [sent],
        );
      }
      return rows.length;
    });
    if (failure) throw failure;
    return count;
  }

  // ---- re-sending jobs that Redis lost ------------------------------------------------------

  private scheduleVerify(): void {
    if (!this.running) return;
    if (this.verifyTimer) clearTimeout(this.verifyTimer);
    this.verifyTimer = setTimeout(() => {
      this.verifying = this.verifyAll().finally(() => {
        this.verifying = null;
        this.scheduleVerify();
      });
    }, Math.max(100, Math.floor(this.redeliverAfterMs / 2)));
  }

  private async verifyAll(): Promise<void> {
    try {
      while (this.running && (await this.verifyBatch()) === BATCH) {
        /* next batch */
      }
    } catch (err) {
      this.logger.debug({ err: (err as Error).message }, 'outbox relay could not verify dispatched jobs; will try again');
    }
  }

  /** Checks dispatched, unfinished rows not looked at for `redeliverAfterMs`: done, alive, or lost (re-sent). */
  async verifyBatch(): Promise<number> {
    this.assertRedisReady();
    let resent = 0;
    const count = await this.db.transaction(async (em) => {
      const rows: OutboxRow[] = await em.query(
        `SELECT id, queue, job_name, payload, job_id, run_at FROM outbox_messages
         WHERE dispatched_at IS NOT NULL AND done_at IS NULL AND queue = ANY($3::text[])
           AND coalesce(verified_at, dispatched_at) < now() - make_interval(secs => $2::double precision / 1000)
         ORDER BY coalesce(verified_at, dispatched_at), id
         LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH, this.redeliverAfterMs, this.knownQueues()],
      );
      const alive: string[] = [];
      const finished: string[] = [];
      for (const row of rows) {
        const jobId = row.job_id ?? row.id;
        const state = await this.queues.get(row.queue)!.getJobState(jobId);
        if (state === 'completed' || state === 'failed') {
          finished.push(row.id);
        } else if (state === 'unknown') {
          await this.send(row, jobId);
          await em.query(
            `UPDATE outbox_messages SET dispatched_at = now(), verified_at = NULL, attempts = attempts + 1,
               last_error = 'job lost from Redis before it finished; re-sent' WHERE id = $1`,
            [row.id],
          );
          resent += 1;
        } else {
          alive.push(row.id);
        }
      }
      if (alive.length) await em.query(`UPDATE outbox_messages SET verified_at = now() WHERE id = ANY($1::uuid[])`, [alive]);
      if (finished.length) await em.query(`UPDATE outbox_messages SET done_at = now() WHERE id = ANY($1::uuid[])`, [finished]);
      return rows.length;
    });
    if (resent > 0) this.logger.warn({ resent }, 'outbox relay re-sent jobs that Redis had lost');
    return count;
  }
}
