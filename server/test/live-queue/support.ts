import { createClient, type Client } from 'graphql-ws';
import { waitFor, type GraphQLTestClient } from '../harness';
import { wsUrl, wsWithCookie } from '../alerts/support';

export const WORK_QUEUE_SUBSCRIPTION = `subscription { workQueueChanged { changes { caseId caseNumber fromStatus toStatus } omitted resync at } }`;

export interface WorkQueueChangeData {
  caseId: string;
  caseNumber: number;
  fromStatus: string | null;
  toStatus: string;
}

export interface WorkQueueEventData {
  changes: WorkQueueChangeData[];
  omitted: number;
  resync: boolean;
  at: string;
}

export interface LiveQueue {
  client: Client;
  events: WorkQueueEventData[];
  errors: unknown[];
  /** Every change received so far, in order. */
  changes(): WorkQueueChangeData[];
  /** Resolves with the first change (received so far or later) matching. */
  next(match: (c: WorkQueueChangeData) => boolean, what: string, timeoutMs?: number): Promise<WorkQueueChangeData>;
  close(): Promise<void>;
}

/** Subscribes to workQueueChanged as the holder of `cookie`, over a real graphql-ws client. */
export function subscribeWorkQueue(httpUrl: string, cookie: string): LiveQueue {
  const events: WorkQueueEventData[] = [];
  const errors: unknown[] = [];
  const client = createClient({ url: wsUrl(httpUrl), webSocketImpl: wsWithCookie(cookie), retryAttempts: 0, lazy: true });
  client.subscribe<{ workQueueChanged: WorkQueueEventData }>(
    { query: WORK_QUEUE_SUBSCRIPTION },
    {
      next: (v) => {
        if (v.errors?.length) errors.push(v.errors);
        if (v.data?.workQueueChanged) events.push(v.data.workQueueChanged);
      },
      error: (e) => errors.push(e),
      complete: () => undefined,
    },
  );
  const changes = () => events.flatMap((e) => e.changes);
  return {
    client,
    events,
    errors,
    changes,
    next: (match, what, timeoutMs = 15_000) =>
      waitFor(what, async () => {
        if (errors.length) throw new Error(`subscription failed: ${JSON.stringify(errors)}`);
        return changes().find(match) ?? null;
      }, timeoutMs),
    close: () => client.dispose() as Promise<void>,
  };
}

const SUBMIT = `mutation($input: SubmitReportInput!) { submitReport(input: $input) { duplicate case { id number status version } } }`;
let seq = 0;

/** A new post URL no other test uses. */
export function newPostUrl(): string {
  seq += 1;
  const postId = String(1_910_000_000_000_000_000n + BigInt(process.pid) * 100_000n + BigInt(seq));
  return `https://x.com/live_queue_${seq}/status/${postId}`;
}

/** Submits a report of a new post as the client's user; returns the case it opened. */
export async function submitNewPost(client: GraphQLTestClient): Promise<{ id: string; number: number; status: string; version: number }> {
  const data = await client.ok<{ submitReport: { duplicate: boolean; case: { id: string; number: number; status: string; version: number } } }>(SUBMIT, {
    input: { url: newPostUrl(), note: 'ライブ更新のテスト' },
  });
  if (data.submitReport.duplicate) throw new Error('expected a new case');
  return data.submitReport.case;
}

/**
 * The subscribe is asynchronous (graphql-ws does not acknowledge it): opens cases as `reporter`
 * until the subscriber hears one, so later changes are sure to find it subscribed.
 */
export async function untilLive(live: LiveQueue, reporter: GraphQLTestClient, attempts = 40): Promise<void> {
  for (let i = 0; i < attempts; i += 1) {
    const c = await submitNewPost(reporter);
    try {
      await live.next((x) => x.caseId === c.id, `warm-up case ${c.number}`, 1000);
      return;
    } catch (err) {
      if (live.errors.length) throw err;
    }
  }
  throw new Error(`the subscriber heard none of ${attempts} new cases`);
}
