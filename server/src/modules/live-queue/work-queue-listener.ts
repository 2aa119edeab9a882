import { createPubSub } from '@graphql-yoga/subscription';
import { Client, type Notification } from 'pg';
import type { AppPubSub } from '../../core/graphql/pubsub';
import type { Logger } from '../../core/logging/logger';
import { CaseStatus } from '../cases/case-enums';
import type { CaseChangeNotice, WorkQueuePayload } from './work-queue-event.type';

/** The NOTIFY channel of migrations/1765600000000-CaseChangeNotify (channels are per database). */
export const CASE_CHANGES_CHANNEL = 'case_changes';
/** The pub/sub topic of subscription workQueueChanged: local to this server copy, never through Redis. */
export const WORK_QUEUE_TOPIC = 'work-queue';
/** At most one event per this long per server copy: a bulk change reaches clients as a few events. */
export const WORK_QUEUE_COALESCE_MS = 250;
/** The listener's connection shows as this in pg_stat_activity. */
export const LIVE_QUEUE_APPLICATION_NAME = 'patrol-desk-live-queue';

const MAX_BACKOFF_MS = 10_000;
const STATUSES = new Set<string>(Object.values(CaseStatus));

function isUuid(v: unknown): v is string {
  return typeof v === 'string' && /^[0-9a-f-]{36}$/i.test(v);
}

/** Reads one notification's payload; null if it is not what the trigger sends. */
export function parseCaseChange(raw: string | undefined): CaseChangeNotice | null {
  let v: { id?: unknown; number?: unknown; old?: unknown; new?: unknown; units?: unknown };
  try {
    v = JSON.parse(raw ?? '');
  } catch {
    return null;
  }
  if (!v || !isUuid(v.id) || typeof v.number !== 'number' || typeof v.new !== 'string' || !STATUSES.has(v.new)) return null;
  if (v.old !== null && (typeof v.old !== 'string' || !STATUSES.has(v.old))) return null;
  const units = Array.isArray(v.units) ? v.units.filter(isUuid) : null;
  return { caseId: v.id, caseNumber: v.number, fromStatus: (v.old as CaseStatus | null) ?? null, toStatus: v.new as CaseStatus, unitIds: units };
}

/**
 * One per API copy: LISTENs to the database's committed case changes and publishes them, coalesced,
 * to this copy's subscribers through an in-memory pub/sub. Every copy listens for itself, so going
 * through Redis as well would deliver each change twice. A change committed while the connection was
 * lost cannot be recovered from NOTIFY: after reconnecting, one `resync` event tells clients to read
 * their lists again.
 */
export class WorkQueueListener {
  private readonly local = createPubSub<{ [WORK_QUEUE_TOPIC]: [WorkQueuePayload] }>();
  private listener: Client | null = null;
  private running = false;
  private pending: CaseChangeNotice[] = [];
  private resyncPending = false;
  private flushTimer: NodeJS.Timeout | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private lastFlushAt = 0;
  private readonly coalesceMs: number;

  constructor(
    private readonly databaseUrl: string,
    private readonly logger: Logger,
    options: { coalesceMs?: number } = {},
  ) {
    this.coalesceMs = options.coalesceMs ?? WORK_QUEUE_COALESCE_MS;
  }

  /** Resolves after the first LISTEN attempt (on failure it keeps trying in the background). */
  async start(): Promise<void> {
    this.running = true;
    await this.listen(0);
  }

  async stop(): Promise<void> {
    this.running = false;
    if (this.flushTimer) clearTimeout(this.flushTimer);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.flushTimer = this.retryTimer = null;
    this.pending = [];
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => undefined);
  }

  /** The schema's pub/sub: WORK_QUEUE_TOPIC stays in this process, every other topic goes to `shared`. */
  routeLocalTopic(shared: AppPubSub): AppPubSub {
    return {
      publish: (routingKey: string, ...args: unknown[]) =>
        routingKey === WORK_QUEUE_TOPIC ? this.local.publish(WORK_QUEUE_TOPIC, args[0] as WorkQueuePayload) : shared.publish(routingKey, ...args),
      subscribe: (routingKey: string, dynamicId?: unknown) =>
        routingKey === WORK_QUEUE_TOPIC ? this.local.subscribe(WORK_QUEUE_TOPIC) : shared.subscribe(routingKey, dynamicId),
      close: () => shared.close(),
    };
  }

  private scheduleRetry(attempt: number, wait: number): void {
    if (!this.running) return;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.listen(attempt);
    }, wait);
  }

  /** LISTEN on a dedicated connection; on loss, reconnect with backoff and announce a resync. */
  private async listen(attempt: number): Promise<void> {
    if (!this.running) return;
    const client = new Client({ connectionString: this.databaseUrl, application_name: LIVE_QUEUE_APPLICATION_NAME });
    let lost = false;
    const onLost = (why: string) => {
      if (lost) return;
      lost = true;
      if (this.listener === client) this.listener = null;
      client.end().catch(() => undefined);
      if (!this.running) return;
      this.logger.warn({ why }, 'live work-queue listener lost its connection; reconnecting');
      this.scheduleRetry(1, 1000);
    };
    client.on('notification', (msg: Notification) => this.onNotification(msg));
    client.on('error', (err) => onLost(err.message));
    client.on('end', () => onLost('connection ended'));
    try {
      await client.connect();
      await client.query(`LISTEN ${CASE_CHANGES_CHANNEL}`);
      if (!this.running) {
        lost = true;
        await client.end().catch(() => undefined);
        return;
      }
      this.listener = client;
      if (attempt > 0) {
        // Changes committed while nobody listened are gone from NOTIFY: tell clients to read again.
        this.resyncPending = true;
        this.schedule();
      }
    } catch (err) {
      lost = true;
      client.end().catch(() => undefined);
      const wait = Math.min(500 * 2 ** attempt, MAX_BACKOFF_MS);
      this.logger.warn({ err: (err as Error).message, retryInMs: wait }, 'live work-queue listener could not connect; lists fall back to polling');
      this.scheduleRetry(attempt + 1, wait);
    }
  }

  private onNotification(msg: Notification): void {
    if (msg.channel !== CASE_CHANGES_CHANNEL) return;
    const change = parseCaseChange(msg.payload);
    if (change) {
      this.pending.push(change);
    } else {
      this.logger.warn({ payload: msg.payload?.slice(0, 200) }, 'unreadable case change notification; asking clients to resync');
      this.resyncPending = true;
    }
    this.schedule();
  }

  /** Flush at once after a quiet spell, else when the window since the last flush ends. */
  private schedule(): void {
    if (this.flushTimer || !this.running) return;
    const wait = Math.max(0, this.lastFlushAt + this.coalesceMs - Date.now());
    this.flushTimer = setTimeout(() => this.flush(), wait);
  }

  private flush(): void {
    this.flushTimer = null;
    if (!this.running || (this.pending.length === 0 && !this.resyncPending)) return;
    const payload: WorkQueuePayload = { changes: this.pending, resync: this.resyncPending, at: new Date() };
    this.pending = [];
    this.resyncPending = false;
    this.lastFlushAt = Date.now();
    this.local.publish(WORK_QUEUE_TOPIC, payload);
  }
}
