import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { Job, type Queue } from 'bullmq';
import { JobName } from './queues';

export type QueueHealthResult =
  | { ok: true; roundTripMs: number; answeredBy: string }
  | { ok: false; reason: string };

export interface PingAnswer {
  answeredBy: string;
  at: string;
}

/** What a worker answers to a health ping (see worker.ts). */
export function answerPing(): PingAnswer {
  return { answeredBy: `${os.hostname()}:${process.pid}`, at: new Date().toISOString() };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Proves a job can round-trip: adds a `ping` job to the health queue and waits until a worker has
 * completed it. Redis down → fails at once (the producer connection does not queue offline);
 * no worker running → fails after `timeoutMs` (and the unanswered ping is removed).
 */
export async function pingQueue(queue: Queue, timeoutMs: number): Promise<QueueHealthResult> {
  const started = Date.now();
  const deadline = started + timeoutMs;
  let job: Job;
  try {
    job = await queue.add(JobName.PING, {}, { jobId: `ping-${randomUUID()}` });
  } catch (err) {
    return { ok: false, reason: `queue unavailable: ${(err as Error).message}` };
  }
  try {
    while (Date.now() < deadline) {
      const state = await queue.getJobState(job.id!);
      if (state === 'completed') {
        const done = await Job.fromId<unknown, PingAnswer>(queue, job.id!);
        return { ok: true, roundTripMs: Date.now() - started, answeredBy: done?.returnvalue?.answeredBy ?? 'unknown' };
      }
      if (state === 'failed') return { ok: false, reason: 'the ping job failed' };
      await sleep(20);
    }
  } catch (err) {
    return { ok: false, reason: `queue unavailable: ${(err as Error).message}` };
  }
  await job.remove().catch(() => undefined);
  return { ok: false, reason: `no worker answered within ${timeoutMs} ms` };
}
