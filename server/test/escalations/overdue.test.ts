import type { Job } from 'bullmq';
import { createLogger } from '../../src/core/logging/logger';
import { checkEscalationOverdue } from '../../src/modules/escalations/jobs/check-overdue.job';
import type { CheckEscalationOverduePayload } from '../../src/modules/escalations/overdue-schedule';
import { buildOrganisation, TEST_PASSWORD } from '../factories';
import { startTestStack, waitFor, type GraphQLTestClient, type TestStack } from '../harness';

const RAISE = `mutation($input: RaiseEscalationInput!) { raiseEscalation(input: $input) { id } }`;
const GET = `query($id: ID!) { escalation(id: $id) { id version status overdue dueAt timeline { type data actor { id } } } }`;
const CLAIM = `mutation($id: ID!, $v: Int!) { claimEscalation(escalationId: $id, expectedVersion: $v) { version } }`;
const COMPLETE = `mutation($id: ID!, $v: Int!) { completeEscalation(escalationId: $id, expectedVersion: $v, note: "安全確認済み") { status } }`;
const UPDATE = `mutation($input: UpdateEscalationInput!) { updateEscalation(input: $input) { version dueAt } }`;
const DUE_IN_MS = 3000;

/**
 * The overdue check: a delayed job at the due time (through the outbox, MAINTENANCE queue) raises
 * one alert and an OVERDUE timeline entry when the escalation is still not finished, and nothing
 * when it was finished before, or its due time moved.
 */
describe('escalations: overdue alerts at the due time', () => {
  let stack: TestStack;
  let org: Awaited<ReturnType<typeof buildOrganisation>>;
  let officer: GraphQLTestClient;
  let oic: GraphQLTestClient;
  let seq = 0;

  beforeAll(async () => {
    stack = await startTestStack({ worker: true });
    org = await buildOrganisation(stack.db);
    officer = await stack.client().login(org.officer.username, TEST_PASSWORD);
    oic = await stack.client().login(org.officerInCharge.username, TEST_PASSWORD);
  });
  afterAll(() => stack?.close());

  const raise = async (client: GraphQLTestClient, input: Record<string, unknown>) => {
    seq += 1;
    const dueAt = new Date(Date.now() + DUE_IN_MS).toISOString();
    const { id } = (await client.ok(RAISE, { input: { postUrl: `https://x.com/someone_${seq}/status/19${process.pid}0000${seq}`, dueAt, ...input } })).raiseEscalation;
    const e = (await oic.ok(GET, { id })).escalation as { id: string; version: number; dueAt: string };
    expect(Date.parse(e.dueAt)).toBe(Date.parse(dueAt));
    return e;
  };
  const overdueAlerts = (id: string) =>
    stack.db.query(`SELECT urgent, raised_by_id FROM alerts WHERE escalation_id = $1 AND reason = 'ESCALATION_REOPENED_OR_OVERDUE'`, [id]);
  const timelineTypes = async (id: string) => (await oic.ok(GET, { id })).escalation.timeline.map((t: { type: string }) => t.type) as string[];
  const jobId = (id: string, dueAt: string) => `overdue-${id}-${Date.parse(dueAt)}`;
  /** The check has run once its outbox row is marked done (the processor marks it). */
  const checkRan = (id: string, dueAt: string) =>
    waitFor(
      'the overdue check to run',
      async () => (await stack.db.query(`SELECT 1 FROM outbox_messages WHERE job_id = $1 AND done_at IS NOT NULL`, [jobId(id, dueAt)])).length > 0,
      30_000,
    );

  it('raises one alert and records OVERDUE when an escalation passes its due time unfinished', async () => {
    const e = await raise(officer, { kind: 'SUICIDE_NOTICE', summary: '「今夜終わりにする」との投稿' });
    const [row] = await stack.db.query(`SELECT queue, job_name, run_at FROM outbox_messages WHERE job_id = $1`, [jobId(e.id, e.dueAt)]);
    expect(row).toEqual({ queue: 'maintenance', job_name: 'check-escalation-overdue', run_at: new Date(e.dueAt) });
    expect((await oic.ok(GET, { id: e.id })).escalation.overdue).toBe(false);

    await checkRan(e.id, e.dueAt);
    expect(await overdueAlerts(e.id)).toEqual([{ urgent: true, raised_by_id: null }]);
    const seen = (await oic.ok(GET, { id: e.id })).escalation;
    expect(seen.overdue).toBe(true);
    const overdue = seen.timeline.filter((t: { type: string }) => t.type === 'OVERDUE');
    expect(overdue).toHaveLength(1);
    expect(overdue[0].actor).toBeNull();
    expect(JSON.parse(overdue[0].data)).toEqual({ dueAt: new Date(e.dueAt).toISOString(), status: 'OPEN' });
    // Audited as a system action (no user; the job as request ID), like the retention purge.
    const [alert] = await stack.db.query(`SELECT id FROM alerts WHERE escalation_id = $1 AND reason = 'ESCALATION_REOPENED_OR_OVERDUE'`, [e.id]);
    const audit = await stack.db.query(`SELECT actor_id, actor_role, request_id, after FROM audit_events WHERE object_id = $1 AND action = 'escalation.OVERDUE'`, [e.id]);
    expect(audit).toEqual([
      { actor_id: null, actor_role: 'SYSTEM', request_id: `job-${jobId(e.id, e.dueAt)}`, after: { dueAt: new Date(e.dueAt).toISOString(), status: 'OPEN', alertId: alert.id } },
    ]);

    // A second run of the same check (a retry, a job re-sent from the outbox) alerts no more.
    const job = { data: { escalationId: e.id, dueAt: Date.parse(e.dueAt) } } as Job<CheckEscalationOverduePayload>;
    const again = await checkEscalationOverdue(job, undefined, { db: stack.db, logger: createLogger('silent', 'test') });
    expect(again).toEqual({ outcome: 'NOTHING_TO_DO' });
    expect(await overdueAlerts(e.id)).toHaveLength(1);
    expect(await stack.db.query(`SELECT 1 FROM audit_events WHERE object_id = $1 AND action = 'escalation.OVERDUE'`, [e.id])).toHaveLength(1);
    expect((await timelineTypes(e.id)).filter((t) => t === 'OVERDUE')).toHaveLength(1);
  });

  it('alerts a normal escalation without urgency, once', async () => {
    const e = await raise(oic, { kind: 'DELETION_REQUEST', summary: '違法な販売告知', deletionReason: 'OTHER_ILLEGAL' });
    await checkRan(e.id, e.dueAt);
    expect(await overdueAlerts(e.id)).toEqual([{ urgent: false, raised_by_id: null }]);
  });

  it('does nothing when the escalation was completed before its due time', async () => {
    const e = await raise(officer, { kind: 'CHILD_SAFETY_URGENT', summary: '家出中の中学生の投稿' });
    const { version } = (await oic.ok(CLAIM, { id: e.id, v: e.version })).claimEscalation;
    expect((await oic.ok(COMPLETE, { id: e.id, v: version })).completeEscalation.status).toBe('DONE');
    await checkRan(e.id, e.dueAt);
    expect(await overdueAlerts(e.id)).toEqual([]);
    expect(await timelineTypes(e.id)).not.toContain('OVERDUE');
    expect((await oic.ok(GET, { id: e.id })).escalation.overdue).toBe(false);
  });

  it('a reopened escalation gets a new due time and its own overdue check, which alerts', async () => {
    const REOPEN = `mutation($id: ID!, $v: Int!, $due: DateTimeISO) { reopenEscalation(escalationId: $id, expectedVersion: $v, reason: "再度の投稿", dueAt: $due) { version status dueAt } }`;
    const chief = await stack.client().login(org.chief.username, TEST_PASSWORD);
    const e = await raise(officer, { kind: 'SUICIDE_NOTICE', summary: '再開テスト' });
    const { version } = (await oic.ok(CLAIM, { id: e.id, v: e.version })).claimEscalation;
    const done = (await oic.ok(COMPLETE, { id: e.id, v: version })).completeEscalation;
    expect(done.status).toBe('DONE');
    // The first check runs while it is done: nothing.
    await checkRan(e.id, e.dueAt);
    expect(await overdueAlerts(e.id)).toEqual([]);
    const v = (await oic.ok(GET, { id: e.id })).escalation.version;

    // A due time in the past is refused; the new one gets a check of its own (a new job ID).
    const past = await chief.request(REOPEN, { id: e.id, v, due: new Date(Date.now() - 60_000).toISOString() });
    expect(past.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'dueAt' });
    const due = new Date(Date.now() + DUE_IN_MS).toISOString();
    const reopened = (await chief.ok(REOPEN, { id: e.id, v, due })).reopenEscalation;
    expect(reopened.status).toBe('IN_PROGRESS');
    expect(Date.parse(reopened.dueAt)).toBe(Date.parse(due));
    expect(jobId(e.id, due)).not.toBe(jobId(e.id, e.dueAt));
    const [row] = await stack.db.query(`SELECT queue, job_name, run_at FROM outbox_messages WHERE job_id = $1`, [jobId(e.id, due)]);
    expect(row).toEqual({ queue: 'maintenance', job_name: 'check-escalation-overdue', run_at: new Date(due) });

    await checkRan(e.id, due);
    const alerts = await stack.db.query(`SELECT reason, urgent, raised_by_id FROM alerts WHERE escalation_id = $1 ORDER BY created_at`, [e.id]);
    // Raised, reopened (by the chief), then overdue (by the system).
    expect(alerts.map((a: { raised_by_id: string | null }) => a.raised_by_id)).toEqual([org.officer.id, org.chief.id, null]);
    const overdue = (await oic.ok(GET, { id: e.id })).escalation.timeline.filter((t: { type: string }) => t.type === 'OVERDUE');
    expect(overdue.map((t: { data: string }) => JSON.parse(t.data))).toEqual([{ dueAt: new Date(due).toISOString(), status: 'IN_PROGRESS' }]);
  });

  it('without a given due time, reopening sets the default for the kind from now (urgent: 1 hour)', async () => {
    const REOPEN = `mutation($id: ID!, $v: Int!) { reopenEscalation(escalationId: $id, expectedVersion: $v, reason: "再度の投稿") { dueAt } }`;
    const chief = await stack.client().login(org.chief.username, TEST_PASSWORD);
    const e = await raise(officer, { kind: 'CHILD_SAFETY_URGENT', summary: '既定の期限' });
    const { version } = (await oic.ok(CLAIM, { id: e.id, v: e.version })).claimEscalation;
    const done = await oic.ok(COMPLETE, { id: e.id, v: version });
    expect(done.completeEscalation.status).toBe('DONE');
    const before = Date.now();
    const { dueAt } = (await chief.ok(REOPEN, { id: e.id, v: version + 1 })).reopenEscalation;
    expect(Date.parse(dueAt)).toBeGreaterThanOrEqual(before + 3600_000);
    expect(Date.parse(dueAt)).toBeLessThanOrEqual(Date.now() + 3600_000);
    const [row] = await stack.db.query(`SELECT run_at FROM outbox_messages WHERE job_id = $1`, [jobId(e.id, dueAt)]);
    expect(row).toEqual({ run_at: new Date(dueAt) });
  });

  it('re-schedules when the due time moves: the old check does nothing, the new one is queued for the new time', async () => {
    const e = await raise(officer, { kind: 'SUICIDE_NOTICE', summary: '別の投稿' });
    const later = new Date(Date.now() + 3600_000).toISOString();
    const updated = (await oic.ok(UPDATE, { input: { escalationId: e.id, expectedVersion: e.version, dueAt: later } })).updateEscalation;
    expect(Date.parse(updated.dueAt)).toBe(Date.parse(later));
    await checkRan(e.id, e.dueAt);
    expect(await overdueAlerts(e.id)).toEqual([]);
    expect(await timelineTypes(e.id)).not.toContain('OVERDUE');
    const [next] = await stack.db.query(`SELECT run_at, done_at FROM outbox_messages WHERE job_id = $1`, [jobId(e.id, later)]);
    expect(next).toEqual({ run_at: new Date(later), done_at: null });
    // Setting the same due time again schedules nothing new.
    await oic.ok(UPDATE, { input: { escalationId: e.id, expectedVersion: updated.version, dueAt: later } });
    const [{ n }] = await stack.db.query(`SELECT count(*)::int AS n FROM outbox_messages WHERE job_name = 'check-escalation-overdue' AND payload->>'escalationId' = $1`, [e.id]);
    expect(n).toBe(2);
  });
});
