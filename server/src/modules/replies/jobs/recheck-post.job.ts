import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { DataSource } from 'typeorm';
import type { Logger } from '../../../core/logging/logger';
import type { RecheckPostPayload } from '../../../core/queue/queues';
import { XApiError, type XClient } from '../../../core/x/x-client';
import { PostCheckOutcome } from '../post-check.entity';

export interface RecheckPostDeps {
  db: DataSource;
  x: XClient;
  logger: Logger;
  /** Pauses the re-check queue for `ms`: X said 429 to a lookup. */
  rateLimit(ms: number): Promise<void>;
}

export interface RecheckPostResult {
  outcome: PostCheckOutcome | null;
}

/**
 * Looks at a warned post 1 or 7 days after the reply and records whether it is still up
 * (DESIGN §3: the effect of the warnings is a figure, not a guess). Idempotent: a check already
 * recorded is left alone. Lookups are retried on 5xx / network errors; a 429 pauses the queue.
 */
export async function recheckPost(job: Job<RecheckPostPayload>, deps: RecheckPostDeps): Promise<RecheckPostResult> {
  const { db, x, logger } = deps;
  const { caseId, after } = job.data;
  const rows: { id: string; outcome: PostCheckOutcome | null; post_id: string }[] = await db.query(
    `SELECT pc.id, pc.outcome, c.post_id FROM post_checks pc JOIN cases c ON c.id = pc.case_id
     WHERE pc.case_id = $1 AND pc.after = $2`,
    [caseId, after],
  );
  const check = rows[0];
  if (!check) throw new UnrecoverableError(`no ${after} re-check is scheduled for case ${caseId}`);
  if (check.outcome) return { outcome: check.outcome };

  let outcome: PostCheckOutcome;
  try {
    outcome = (await x.lookupPost(check.post_id)) ? PostCheckOutcome.PRESENT : PostCheckOutcome.DELETED;
  } catch (err) {
    if (!(err instanceof XApiError)) throw err;
    if (err.kind === 'TARGET_PROTECTED') {
      outcome = PostCheckOutcome.NOT_VISIBLE;
    } else if (err.kind === 'RATE_LIMITED') {
      const waitMs = Math.max(1000, err.rateLimitResetAt ? err.rateLimitResetAt.getTime() - Date.now() + 500 : 60_000);
      await deps.rateLimit(waitMs);
      throw Worker.RateLimitError();
    } else {
      throw err; // retried with backoff (UNAUTHORIZED too: a credentials fix should not lose the figure)
    }
  }
  await db.query(`UPDATE post_checks SET checked_at = now(), outcome = $2 WHERE id = $1 AND checked_at IS NULL`, [check.id, outcome]);
  logger.info({ caseId, after, outcome }, 'warned post re-checked');
  return { outcome };
}
