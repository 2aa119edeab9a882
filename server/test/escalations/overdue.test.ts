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

    // A second run of the same check (a retry, a job re-sent from the outbox) alerts no more.
    const job = { data: { escalationId: e.id, dueAt: Date.parse(e.dueAt) } } as Job<CheckEscalationOverduePayload>;
    const again = await checkEscalationOverdue(job, undefined, { db: stack.db, logger: createLogger('silent', 'test') });
    expect(again).toEqual({ outcome: 'NOTHING_TO_DO' });
    expect(await overdueAlerts(e.id)).toHaveLength(1);
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
