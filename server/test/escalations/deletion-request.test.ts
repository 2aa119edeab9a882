import type { Job } from 'bullmq';
import pino from 'pino';
import { xClientFor } from '../../src/core/x/x-client-from-config';
import type { CheckDeletionRequestPayload } from '../../src/modules/escalations/deletion-schedule';
import { deletionSettings } from '../../src/modules/escalations/escalation.service';
import { checkDeletionRequest } from '../../src/modules/escalations/jobs/check-deletion-request.job';
import { buildOrganisation, TEST_PASSWORD } from '../factories';
import { startTestStack, waitFor, type GraphQLTestClient, type TestStack } from '../harness';

const RAISE = `mutation($input: RaiseEscalationInput!) { raiseEscalation(input: $input) { id } }`;
const SENT = `mutation($id: ID!, $ref: String) { recordDeletionRequestSent(escalationId: $id, xReference: $ref) { externalReference deletion { requestedAt } } }`;
const GET = `query($id: ID!) { escalation(id: $id) { deletion { reason requestedAt checkCount lastCheckedAt removedAt removalOutcome hoursToRemoval reminderAlertedAt }
  timeline { type data actor { id } } } }`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Deletion requests against the X sandbox with the worker in-process and the schedule shortened:
 * re-checks every 250 ms, then every 500 ms once the 1.5 s "24 h" reminder threshold has passed.
 */
describe('deletion requests: re-checking the post until it is gone', () => {
  let stack: TestStack;
  let chief: GraphQLTestClient;

  beforeAll(async () => {
    stack = await startTestStack({
      worker: true,
      env: {
        DELETION_RECHECK_FIRST_MS: '250',
        DELETION_RECHECK_LATER_MS: '500',
        DELETION_REMINDER_AFTER_MS: '1500',
        OUTBOX_REDELIVER_AFTER_MS: '60000',
      },
    });
    const org = await buildOrganisation(stack.db);
    chief = await stack.client().login(org.chief.username, TEST_PASSWORD);
  });
  afterAll(() => stack?.close());

  const admin = (method: string, path: string, body?: unknown) =>
    fetch(`${stack.sandbox.url}/__admin${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  async function sandboxPost(authorUsername: string): Promise<{ id: string; url: string }> {
    const res = await admin('POST', '/posts', { text: '違法な画像の販売（テスト）', authorUsername });
    expect(res.status).toBe(201);
    return (await res.json()) as { id: string; url: string };
  }
  async function requestRemoval(url: string): Promise<string> {
    const id = (await chief.ok(RAISE, { input: { kind: 'DELETION_REQUEST', postUrl: url, summary: '児童ポルノの販売投稿', deletionReason: 'CSAM' } })).raiseEscalation.id;
    const sent = (await chief.ok(SENT, { id, ref: 'X-REMOVAL-1' })).recordDeletionRequestSent;
    expect(sent.externalReference).toBe('X-REMOVAL-1');
    expect(sent.deletion.requestedAt).not.toBeNull();
    return id;
  }
  const details = async (id: string) => (await chief.ok(GET, { id })).escalation;
  const lookups = (postId: string) => stack.sandbox.state.requests.filter((r) => r.method === 'GET' && r.path.startsWith(`/2/tweets/${postId}`)).length;
  const stillUpAlerts = async (id: string) =>
    (await stack.db.query(`SELECT count(*)::int AS n FROM alerts WHERE escalation_id = $1 AND reason = 'DELETION_STILL_UP'`, [id]))[0].n as number;

  it('records the removal time once the sandbox deletes the post, then stops checking', async () => {
    const post = await sandboxPost('illegal_seller1');
    const id = await requestRemoval(post.url);
    // Still up at the first look.
    await waitFor('the first re-check', async () => (await details(id)).deletion.checkCount >= 1 || null);
    expect((await details(id)).deletion.removedAt).toBeNull();

    expect((await admin('DELETE', `/posts/${post.id}`)).status).toBe(204);
    const removed = await waitFor('the removal', async () => {
      const e = await details(id);
      return e.deletion.removedAt ? e : null;
    });
    expect(removed.deletion).toMatchObject({ reason: 'CSAM', removalOutcome: 'DELETED' });
    expect(removed.deletion.hoursToRemoval).toBeGreaterThanOrEqual(0);
    expect(Date.parse(removed.deletion.removedAt)).toBeGreaterThan(Date.parse(removed.deletion.requestedAt));
    const confirmed = removed.timeline.find((t: { type: string }) => t.type === 'DELETION_CONFIRMED');
    expect(confirmed.actor).toBeNull();
    expect(JSON.parse(confirmed.data)).toMatchObject({ outcome: 'DELETED' });

    // No more lookups of that post once it is known gone (several check intervals later).
    const seen = lookups(post.id);
    const count = removed.deletion.checkCount;
    await sleep(1500);
    expect(lookups(post.id)).toBe(seen);
    expect((await details(id)).deletion.checkCount).toBe(count);
  });

  it('sends exactly one reminder alert when the post is still up past the threshold, and keeps checking', async () => {
    const post = await sandboxPost('illegal_seller2');
    const id = await requestRemoval(post.url);
    const reminded = await waitFor('the reminder', async () => {
      const e = await details(id);
      return e.deletion.reminderAlertedAt ? e : null;
    });
    const checksAtReminder = reminded.deletion.checkCount;
    // Several more (daily) checks after it: still one reminder.
    await waitFor('three more re-checks', async () => (await details(id)).deletion.checkCount >= checksAtReminder + 3 || null);
    expect(await stillUpAlerts(id)).toBe(1);
    const alert = await stack.db.query(`SELECT urgent, raised_by_id FROM alerts WHERE escalation_id = $1 AND reason = 'DELETION_STILL_UP'`, [id]);
    expect(alert).toEqual([{ urgent: false, raised_by_id: null }]);
    const e = await details(id);
    expect(e.deletion.removedAt).toBeNull();
    expect(e.timeline.filter((t: { type: string }) => t.type === 'DELETION_REMINDER')).toHaveLength(1);
    // The reminder is audited as a system action, once.
    const audit = await stack.db.query(`SELECT actor_id, actor_role, request_id, after FROM audit_events WHERE object_id = $1 AND action = 'escalation.DELETION_REMINDER'`, [id]);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_id: null, actor_role: 'SYSTEM', after: { status: 'OPEN', alertId: expect.any(String) } });
    expect(audit[0].request_id).toMatch(/^job-deletion-/);

    // A re-run of a job already done (a retry, a re-sent job) changes nothing and raises nothing.
    const x = xClientFor(stack.config, pino({ level: 'silent' }));
    const deps = { db: stack.db, x, logger: pino({ level: 'silent' }), settings: deletionSettings(stack.config), rateLimit: async () => undefined };
    const rerun = await checkDeletionRequest({ data: { escalationId: id, check: checksAtReminder } } as Job<CheckDeletionRequestPayload>, deps);
    expect(rerun.outcome).toBe('NOTHING_TO_DO');
    expect(await stillUpAlerts(id)).toBe(1);

    // Cancelling the escalation ends the checks.
    const v = (await stack.db.query(`SELECT version FROM escalations WHERE id = $1`, [id]))[0].version;
    await chief.ok(`mutation($id: ID!, $v: Int!) { cancelEscalation(escalationId: $id, expectedVersion: $v, reason: "Xが対応済みと回答") { status } }`, { id, v });
    await sleep(700); // a check already in flight may still finish
    const stopped = (await details(id)).deletion.checkCount;
    await sleep(1500);
    expect((await details(id)).deletion.checkCount).toBe(stopped);
  });

  it('delivers the reminder when the escalation is already DONE: the request went out but the post is still up', async () => {
    const post = await sandboxPost('illegal_seller5');
    const id = await requestRemoval(post.url);
    const CLAIM = `mutation($id: ID!, $v: Int!) { claimEscalation(escalationId: $id, expectedVersion: $v) { version } }`;
    const COMPLETE = `mutation($id: ID!, $v: Int!) { completeEscalation(escalationId: $id, expectedVersion: $v, note: "依頼送付済み") { status } }`;
    const v = (await stack.db.query(`SELECT version FROM escalations WHERE id = $1`, [id]))[0].version;
    const { version } = (await chief.ok(CLAIM, { id, v })).claimEscalation;
    expect((await chief.ok(COMPLETE, { id, v: version })).completeEscalation.status).toBe('DONE');

    await waitFor('the reminder', async () => (await details(id)).deletion.reminderAlertedAt || null);
    const [alert] = await stack.db.query(`SELECT id FROM alerts WHERE escalation_id = $1 AND reason = 'DELETION_STILL_UP'`, [id]);
    const ended = await waitFor('the reminder alert to be handled', async () => {
      const [a] = await stack.db.query(`SELECT ladder_end FROM alerts WHERE id = $1 AND ladder_ended_at IS NOT NULL`, [alert.id]);
      return a ?? null;
    });
    // Sent once, in-app to the officers in charge, with the notice in their list — not stopped as "closed".
    expect(ended.ladder_end).toBe('SENT_ONCE');
    const inApp = await stack.db.query(`SELECT recipient_id, status FROM alert_deliveries WHERE alert_id = $1 AND channel = 'IN_APP'`, [alert.id]);
    expect(inApp.length).toBeGreaterThan(0);
    expect(inApp.every((d: { status: string }) => d.status === 'SENT')).toBe(true);
    const notices = await stack.db.query(`SELECT kind FROM notifications WHERE alert_id = $1`, [alert.id]);
    expect(notices.length).toBe(inApp.length);
    expect(notices[0].kind).toBe('DELETION_STILL_UP');
    const [audit] = await stack.db.query(`SELECT after FROM audit_events WHERE object_id = $1 AND action = 'escalation.DELETION_REMINDER'`, [id]);
    expect(audit.after).toMatchObject({ status: 'DONE', alertId: alert.id });
  });

  it('counts a post whose author became hidden (suspended or protected) as removed from view', async () => {
    const post = await sandboxPost('illegal_seller3');
    const id = await requestRemoval(post.url);
    await admin('POST', '/posts', { text: '鍵をかけた', authorUsername: 'illegal_seller3', protected: true });
    const removed = await waitFor('the removal from view', async () => {
      const e = await details(id);
      return e.deletion.removedAt ? e : null;
    });
    expect(removed.deletion.removalOutcome).toBe('NOT_VISIBLE');
  });

  it('refuses to record a second request, or one on another kind', async () => {
    const post = await sandboxPost('illegal_seller4');
    const id = await requestRemoval(post.url);
    const again = await chief.request(SENT, { id });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const other = (await chief.ok(RAISE, { input: { kind: 'SUICIDE_NOTICE', postUrl: post.url, summary: 'x' } })).raiseEscalation.id;
    expect((await chief.request(SENT, { id: other })).errors?.[0]?.extensions?.code).toBe('INVALID_INPUT');
  });
});
