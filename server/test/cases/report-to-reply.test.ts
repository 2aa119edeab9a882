import { Queue } from 'bullmq';
import { createRedis } from '../../src/core/queue/redis';
import { startTestStack, waitFor, type TestStack } from '../harness';
import { buildOrganisation, TEST_PASSWORD } from '../factories';
import { AuditEvent } from '../../src/modules/audit/audit-event.entity';
import { Case } from '../../src/modules/cases/case.entity';

const SUBMIT = `mutation($input: SubmitReportInput!) {
  submitReport(input: $input) { duplicate report { id url source unit { name } } case { id postId status version reportCount } }
}`;
const QUEUE = `{ reviewQueue { nodes { id postId status version reportCount } } }`;
const TAKE = `mutation($id: ID!, $v: Int!) { takeCase(caseId: $id, expectedVersion: $v) { id status version claimedBy { username } } }`;
const WARN = `mutation($input: ScreeningInput!) { warnCase(input: $input) { id status version replyText audience categories } }`;
const CASE = `query($id: ID!) { case(id: $id) { id status replyPostId replyPostedAt } }`;

describe('one case from report to posted reply (walking skeleton)', () => {
  let stack: TestStack;
  let org: Awaited<ReturnType<typeof buildOrganisation>>;

  beforeAll(async () => {
    stack = await startTestStack({ worker: true });
    org = await buildOrganisation(stack.db);
  });
  afterAll(() => stack?.close());

  it('is refused without a session', async () => {
    const anon = stack.client();
    const res = await anon.request(QUEUE);
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const me = await anon.request(`{ me { id } }`);
    expect(me.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a wrong password with a clear error', async () => {
    const res = await stack.client().request(`mutation { login(username: "${org.officer.username}", password: "wrong-password-123") { id } }`);
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.errors?.[0].message).toMatch(/username or password/);
  });

  it('refuses a URL that is not a post on X with INVALID_INPUT', async () => {
    const officer = await stack.client().login(org.officer.username, TEST_PASSWORD);
    const res = await officer.request(SUBMIT, { input: { url: 'https://example.com/status/123' } });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'url' });
    expect(await stack.db.getRepository(Case).count()).toBe(0);
  });

  it('takes a report through screening to a reply posted in the X sandbox', async () => {
    const post = stack.sandbox.state.addPost({
      text: '家出中です。今日泊めてくれる人いませんか？熊本駅の近くにいます。高2',
      authorUsername: 'iede_test_01',
    });
    const officer = await stack.client().login(org.officer.username, TEST_PASSWORD);
    const first = await officer.ok(SUBMIT, { input: { url: `https://x.com/iede_test_01/status/${post.id}`, note: '家出・泊め先募集' } });
    expect(first.submitReport).toMatchObject({ duplicate: false, case: { postId: post.id, status: 'RECEIVED', reportCount: 1 } });

    // Another unit reports the same post through another URL form: same case, report kept.
    const other = await stack.client().login(org.otherOfficer.username, TEST_PASSWORD);
    const second = await other.ok(SUBMIT, { input: { url: `https://mobile.twitter.com/iede_test_01/status/${post.id}?s=46` } });
    expect(second.submitReport).toMatchObject({ duplicate: true, case: { id: first.submitReport.case.id, reportCount: 2 } });

    // Officers may not screen.
    const denied = await officer.request(QUEUE);
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const oic = await stack.client().login(org.officerInCharge.username, TEST_PASSWORD);
    const queue = (await oic.ok(QUEUE)).reviewQueue.nodes;
    expect(queue).toEqual([expect.objectContaining({ postId: post.id, status: 'RECEIVED', reportCount: 2 })]);
    const caseId = queue[0].id;

    const taken = (await oic.ok(TAKE, { id: caseId, v: queue[0].version })).takeCase;
    expect(taken).toMatchObject({ status: 'SCREENING', claimedBy: { username: org.officerInCharge.username } });

    // A stale version is a conflict, not a silent overwrite.
    const stale = await oic.request(TAKE, { id: caseId, v: queue[0].version });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');

    const warned = (
      await oic.ok(WARN, { input: { caseId, categories: ['C2_LODGING'], audience: 'CHILD', region: 'KUMAMOTO', childIndication: 'POSTER_IS_CHILD', indicationSource: 'CONTENT', expectedVersion: taken.version } })
    ).warnCase;
    expect(warned).toMatchObject({ status: 'WARNING_QUEUED', audience: 'CHILD', categories: ['C2_LODGING'] });

    const posted = await waitFor('the reply to be recorded', async () => {
      const c = (await oic.ok(CASE, { id: caseId })).case;
      return c.status === 'WARNING_POSTED' ? c : null;
    });
    const replies = stack.sandbox.state.replies.filter((r) => r.inReplyToPostId === post.id);
    expect(replies).toHaveLength(1);
    expect(posted.replyPostId).toBe(replies[0].id);
    expect(replies[0].text).toBe(warned.replyText);

    // The officer who reported it sees the outcome on their unit's list.
    const unitReports = (await officer.ok(`{ unitReports { nodes { url case { status } } } }`)).unitReports.nodes;
    expect(unitReports).toEqual([expect.objectContaining({ case: { status: 'WARNING_POSTED' } })]);

    // Every transition wrote an audit event.
    const audit = await stack.db.getRepository(AuditEvent).find({ where: { objectId: caseId }, order: { id: 'ASC' } });
    expect(audit.map((a) => a.action)).toEqual(['case.OPEN', 'case.TAKE', 'case.WARN', 'case.RECORD_REPLY_POSTED']);
  });

  it('does not post a second reply when the job runs again', async () => {
    const post = stack.sandbox.state.addPost({ text: 'JKです。下通で今日会える人、ホ別2', authorUsername: 'pj_test_02' });
    const officer = await stack.client().login(org.officer.username, TEST_PASSWORD);
    const { submitReport } = await officer.ok(SUBMIT, { input: { url: `https://x.com/pj_test_02/status/${post.id}` } });
    const oic = await stack.client().login(org.chief.username, TEST_PASSWORD);
    const taken = (await oic.ok(TAKE, { id: submitReport.case.id, v: 1 })).takeCase;
    await oic.ok(WARN, { input: { caseId: taken.id, categories: ['C1_SEX_OR_MEETING'], audience: 'CHILD', region: 'UNKNOWN', childIndication: 'POSTER_IS_CHILD', indicationSource: 'PROFILE', expectedVersion: taken.version } });
    await waitFor('posted', async () => (await stack.db.getRepository(Case).findOneBy({ id: taken.id }))?.replyPostId);

    // Restart the worker and queue the same case's job again (a new job ID, so BullMQ runs it):
    // the job reloads the case, sees the recorded reply and posts nothing.
    await stack.worker!.stop();
    const [{ id: jobId }] = await stack.db.query(
      `INSERT INTO outbox_messages (queue, job_name, payload) VALUES ('replies', 'post-reply', $1) RETURNING id`,
      [{ caseId: taken.id }],
    );
    await stack.startWorker();
    const redis = createRedis(stack.config.redisUrl, 'worker');
    const queue = new Queue('replies', { connection: redis, prefix: stack.config.QUEUE_PREFIX });
    try {
      await waitFor('the replayed job to complete', async () => (await queue.getJob(jobId))?.isCompleted());
      expect((await queue.getJob(jobId))?.returnvalue).toEqual({ replyPostId: expect.any(String) });
    } finally {
      await queue.close();
      redis.disconnect();
    }
    expect(stack.sandbox.state.replies.filter((r) => r.inReplyToPostId === post.id)).toHaveLength(1);
  });

  it('records the existing reply instead of posting again after a crash between posting and recording', async () => {
    const post = stack.sandbox.state.addPost({ text: '泊めてくれる人募集。八代駅。中3です', authorUsername: 'crash_test_03' });
    const officer = await stack.client().login(org.officer.username, TEST_PASSWORD);
    const { submitReport } = await officer.ok(SUBMIT, { input: { url: `https://x.com/i/web/status/${post.id}` } });
    const oic = await stack.client().login(org.officerInCharge.username, TEST_PASSWORD);

    // Stop the worker, decide the warning, then play the crashed attempt: the reply reached X and
    // the attempt was marked, but the worker died before recording the reply's ID.
    await stack.worker!.stop();
    const taken = (await oic.ok(TAKE, { id: submitReport.case.id, v: 1 })).takeCase;
    const warned = (
      await oic.ok(WARN, { input: { caseId: taken.id, categories: ['C2_LODGING'], audience: 'CHILD', region: 'KUMAMOTO', childIndication: 'POSTER_IS_CHILD', indicationSource: 'CONTENT', expectedVersion: taken.version } })
    ).warnCase;
    const earlier = stack.sandbox.state.createOwnPost(warned.replyText, post, 'api');
    await stack.db.getRepository(Case).update({ id: taken.id }, { replyAttemptedAt: new Date() });

    await stack.startWorker();
    const recorded = await waitFor('the reply to be recorded', async () => {
      const c = await stack.db.getRepository(Case).findOneBy({ id: taken.id });
      return c?.status === 'WARNING_POSTED' ? c : null;
    });
    expect(recorded.replyPostId).toBe(earlier.id);
    expect(stack.sandbox.state.replies.filter((r) => r.inReplyToPostId === post.id)).toHaveLength(1);
  });
});
