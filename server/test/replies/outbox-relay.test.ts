import { waitFor } from '../harness';
import { CaseStatus, issueWarning, openQueue, repliesTo, startReplyStack, waitForStatus, type ReplyStack } from './support';

/** The relay's guarantees beyond "rows move to BullMQ" (the Redis outage itself: redis-outage.fault.test.ts). */
describe('outbox relay', () => {
  let rs: ReplyStack;
  beforeAll(async () => {
    rs = await startReplyStack({ worker: false, env: { OUTBOX_REDELIVER_AFTER_MS: '500' } });
  });
  afterAll(() => rs?.stack.close());

  it('re-sends a dispatched job that Redis lost before it finished (e.g. a restart without persistence)', async () => {
    const { caseId, post } = await issueWarning(rs); // no worker yet: the row waits
    // Play the loss: a relay had sent the row, then Redis forgot the job.
    await rs.stack.db.query(`UPDATE outbox_messages SET dispatched_at = now() - interval '1 minute', attempts = 1 WHERE payload->>'caseId' = $1`, [caseId]);
    const [{ id: jobId }] = await rs.stack.db.query(`SELECT id FROM outbox_messages WHERE payload->>'caseId' = $1`, [caseId]);
    const q = openQueue(rs.stack, 'replies');
    try {
      expect(await q.queue.getJobState(jobId)).toBe('unknown');
      await rs.stack.startWorker();
      const posted = await waitForStatus(rs.stack.db, caseId, CaseStatus.WARNING_POSTED);
      expect(repliesTo(rs.stack, post.id)).toEqual([expect.objectContaining({ id: posted.replyPostId })]);
      const row = await waitFor('the row to be done', async () => {
        const [r] = await rs.stack.db.query(`SELECT attempts, done_at, last_error FROM outbox_messages WHERE id = $1`, [jobId]);
        return r.done_at ? r : null;
      });
      expect(row).toMatchObject({ attempts: 2, last_error: expect.stringContaining('re-sent') });
    } finally {
      await q.close();
    }
  });

  it('marks finished jobs done and stops watching them; leaves live ones alone', async () => {
    const { caseId } = await issueWarning(rs);
    await waitForStatus(rs.stack.db, caseId, CaseStatus.WARNING_POSTED);
    const rows: { queue: string; done: boolean; attempts: number }[] = await waitFor('the rows', async () => {
      const r = await rs.stack.db.query(
        `SELECT queue, done_at IS NOT NULL AS done, attempts FROM outbox_messages WHERE payload->>'caseId' = $1 ORDER BY queue, job_id`,
        [caseId],
      );
      return r.length === 3 && r.every((x: { attempts: number }) => x.attempts === 1) ? r : null;
    });
    // The reply job is done; the two re-checks (an hour away) are alive in Redis, not re-sent.
    expect(rows).toEqual([
      { queue: 'post-checks', done: false, attempts: 1 },
      { queue: 'post-checks', done: false, attempts: 1 },
      { queue: 'replies', done: true, attempts: 1 },
    ]);
    await new Promise((r) => setTimeout(r, 1200)); // two verification rounds
    const after = await rs.stack.db.query(
      `SELECT attempts, verified_at IS NOT NULL AS verified FROM outbox_messages WHERE payload->>'caseId' = $1 AND queue = 'post-checks'`,
      [caseId],
    );
    expect(after).toEqual([
      { attempts: 1, verified: true },
      { attempts: 1, verified: true },
    ]);
  });
});
