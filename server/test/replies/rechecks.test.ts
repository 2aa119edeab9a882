import { PostCheck } from '../../src/modules/replies/post-check.entity';
import { waitFor } from '../harness';
import { CaseStatus, issueWarning, openQueue, sleep, startReplyStack, waitForStatus, type ReplyStack } from './support';

/** DESIGN §3: the worker looks at warned posts again after 1 and 7 days (milliseconds here). */
describe('re-checking warned posts', () => {
  let rs: ReplyStack;
  beforeAll(async () => {
    // The 7-day check comes well after the 1-day one, so a test can change the post in between.
    rs = await startReplyStack({ env: { RECHECK_AFTER_1D_MS: '400', RECHECK_AFTER_7D_MS: '4000' } });
  });
  afterAll(() => rs?.stack.close());

  const checksOf = (caseId: string) => rs.stack.db.getRepository(PostCheck).find({ where: { caseId }, order: { after: 'ASC' } });
  /** Both rows, once the checks up to `until` have run. */
  const checked = (caseId: string, until: '1d' | '7d') =>
    waitFor(`the ${until} re-check of ${caseId}`, async () => {
      const rows = await checksOf(caseId);
      return rows.find((r) => r.after === until)?.outcome ? rows : null;
    }, 20_000);
  const lookupsOf = (postId: string) => rs.stack.sandbox.state.requests.filter((r) => r.path.startsWith(`/2/tweets/${postId}`));

  it('records PRESENT after 1 day and DELETED after 7 once the author deleted the post', async () => {
    const { caseId, post } = await issueWarning(rs);
    await waitForStatus(rs.stack.db, caseId, CaseStatus.WARNING_POSTED);
    const [oneDay] = await checked(caseId, '1d');
    expect(oneDay).toMatchObject({ after: '1d', outcome: 'PRESENT' });
    rs.stack.sandbox.state.deletePost(post.id);
    const rows = await checked(caseId, '7d');
    expect(rows.map((r) => [r.after, r.outcome])).toEqual([
      ['1d', 'PRESENT'],
      ['7d', 'DELETED'],
    ]);
    expect(rows[1]!.checkedAt!.getTime()).toBeGreaterThanOrEqual(rows[1]!.dueAt.getTime() - 50);
  });

  it('records NOT_VISIBLE when the author protected the account, and waits out a 429 on the lookup', async () => {
    rs.stack.sandbox.state.setBehaviour({ mode: 'rate_limit', resetInSeconds: 1, on: 'lookup' });
    const { caseId, post } = await issueWarning(rs);
    await waitForStatus(rs.stack.db, caseId, CaseStatus.WARNING_POSTED);
    const [oneDay] = await checked(caseId, '1d');
    expect(oneDay).toMatchObject({ after: '1d', outcome: 'PRESENT' });
    expect(lookupsOf(post.id).map((r) => r.status)).toEqual([429, 200]);
    const author = rs.stack.sandbox.state.user(post.authorId)!;
    rs.stack.sandbox.state.addPost({ text: '鍵をかけました', authorUsername: author.username, protected: true });
    expect((await checked(caseId, '7d'))[1]).toMatchObject({ after: '7d', outcome: 'NOT_VISIBLE' });
  });

  it('runs each check once: the job ID is the business key, and a recorded check is left alone', async () => {
    const { caseId, post } = await issueWarning(rs);
    await waitForStatus(rs.stack.db, caseId, CaseStatus.WARNING_POSTED);
    await checked(caseId, '7d');
    const lookups = lookupsOf(post.id).length;
    // Enqueue the 1-day check again, as a replayed transaction would.
    await rs.stack.db.query(
      `INSERT INTO outbox_messages (queue, job_name, payload, job_id) VALUES ('post-checks', 'recheck-post', $1, $2)`,
      [{ caseId, after: '1d' }, `recheck-${caseId}-1d`],
    );
    await waitFor('the outbox row to be sent', async () => {
      const [row] = await rs.stack.db.query(`SELECT dispatched_at FROM outbox_messages WHERE job_id = $1 ORDER BY created_at DESC LIMIT 1`, [`recheck-${caseId}-1d`]);
      return row?.dispatched_at;
    });
    await sleep(300);
    const q = openQueue(rs.stack, 'post-checks');
    try {
      const job = await q.queue.getJob(`recheck-${caseId}-1d`);
      expect(job?.attemptsStarted).toBe(1);
    } finally {
      await q.close();
    }
    expect(lookupsOf(post.id)).toHaveLength(lookups);
  });
});
