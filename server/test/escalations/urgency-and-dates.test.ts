import { buildOrganisation, TEST_PASSWORD } from '../factories';
import { startTestStack, type GraphQLTestClient, type TestStack } from '../harness';

const RAISE = `mutation($input: RaiseEscalationInput!) { raiseEscalation(input: $input) { id urgency } }`;
/** A raised escalation is at version 1. */
const RAISED_VERSION = 1;
const UPDATE = `mutation($input: UpdateEscalationInput!) { updateEscalation(input: $input) { version urgency } }`;
const CLAIM = `mutation($id: ID!, $v: Int!) { claimEscalation(escalationId: $id, expectedVersion: $v) { version } }`;
const COMPLETE = `mutation($id: ID!, $v: Int!) { completeEscalation(escalationId: $id, expectedVersion: $v, note: "対応済み") { version status } }`;
const DISCLOSURE_SENT = `mutation($id: ID!, $at: DateTimeISO) { recordDisclosureSent(escalationId: $id, xReference: "LR-1", sentAt: $at) { disclosure { sentAt } } }`;
const ANSWER = `mutation($input: RecordDisclosureAnswerInput!) { recordDisclosureAnswer(input: $input) { disclosure { answeredAt } } }`;
const DELETION_SENT = `mutation($id: ID!, $at: DateTimeISO) { recordDeletionRequestSent(escalationId: $id, sentAt: $at) { deletion { requestedAt } } }`;
const REPORT = `mutation($input: RecordIncidentReportInput!) { recordIncidentReport(input: $input) { incident { reports { reportedAt } } } }`;
const DAY = 86_400_000;

type Res = { errors?: { message: string; extensions?: { code?: string; field?: string } }[] };
const failure = (res: Res) => ({ code: res.errors?.[0]?.extensions?.code, field: res.errors?.[0]?.extensions?.field });

describe('escalations: raising the urgency alerts; times users give are bounded', () => {
  let stack: TestStack;
  let org: Awaited<ReturnType<typeof buildOrganisation>>;
  let oic: GraphQLTestClient;
  let chief: GraphQLTestClient;
  let seq = 0;

  beforeAll(async () => {
    stack = await startTestStack();
    org = await buildOrganisation(stack.db);
    oic = await stack.client().login(org.officerInCharge.username, TEST_PASSWORD);
    chief = await stack.client().login(org.chief.username, TEST_PASSWORD);
  });
  afterAll(() => stack?.close());

  const postUrl = () => `https://x.com/someone_${++seq}/status/18${process.pid}00000${seq}`;
  const urgentAlerts = (id: string) =>
    stack.db.query(`SELECT reason, urgent, raised_by_id FROM alerts WHERE escalation_id = $1 AND urgent ORDER BY created_at`, [id]);
  const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

  it('raises one urgent alert when a normal escalation being worked is made URGENT', async () => {
    const raised = (await oic.ok(RAISE, { input: { kind: 'DELETION_REQUEST', postUrl: postUrl(), summary: '児童買春の勧誘', deletionReason: 'CHILD_PROSTITUTION_SOLICITATION' } }))
      .raiseEscalation;
    expect(raised.urgency).toBe('NORMAL');
    expect(await urgentAlerts(raised.id)).toEqual([]);
    const claimed = (await oic.ok(CLAIM, { id: raised.id, v: RAISED_VERSION })).claimEscalation;

    const made = (await chief.ok(UPDATE, { input: { escalationId: raised.id, expectedVersion: claimed.version, urgency: 'URGENT' } })).updateEscalation;
    expect(made.urgency).toBe('URGENT');
    expect(await urgentAlerts(raised.id)).toEqual([{ reason: 'ESCALATION_RAISED', urgent: true, raised_by_id: org.chief.id }]);
    const [job] = await stack.db.query(
      `SELECT o.queue, o.job_name FROM outbox_messages o JOIN alerts a ON o.job_id = 'alert-' || a.id || '-step-0' WHERE a.escalation_id = $1 AND a.urgent`,
      [raised.id],
    );
    expect(job).toEqual({ queue: 'alerts', job_name: 'deliver-alert' });

    // Saying URGENT again, or changing something else, raises nothing more.
    const again = (await chief.ok(UPDATE, { input: { escalationId: raised.id, expectedVersion: made.version, urgency: 'URGENT' } })).updateEscalation;
    await chief.ok(UPDATE, { input: { escalationId: raised.id, expectedVersion: again.version, externalReference: 'X-123' } });
    expect(await urgentAlerts(raised.id)).toHaveLength(1);
  });

  it('does not alert when a finished escalation is marked URGENT afterwards', async () => {
    const raised = (await oic.ok(RAISE, { input: { kind: 'DELETION_REQUEST', postUrl: postUrl(), summary: '違法薬物の販売', deletionReason: 'OTHER_ILLEGAL' } })).raiseEscalation;
    const claimed = (await oic.ok(CLAIM, { id: raised.id, v: RAISED_VERSION })).claimEscalation;
    const done = (await oic.ok(COMPLETE, { id: raised.id, v: claimed.version })).completeEscalation;
    expect(done.status).toBe('DONE');
    await chief.ok(UPDATE, { input: { escalationId: raised.id, expectedVersion: done.version, urgency: 'URGENT' } });
    expect(await urgentAlerts(raised.id)).toEqual([]);
  });

  it('refuses times long before the escalation was raised, or in the future, naming the field', async () => {
    // Raising: deletionRequestedAt and incidentDetectedAt (the escalation is raised now).
    const deletion = { kind: 'DELETION_REQUEST', summary: '児童ポルノ', deletionReason: 'CSAM' };
    expect(failure(await oic.request(RAISE, { input: { ...deletion, postUrl: postUrl(), deletionRequestedAt: ago(31 * DAY) } }))).toEqual({
      code: 'INVALID_INPUT',
      field: 'deletionRequestedAt',
    });
    expect(failure(await oic.request(RAISE, { input: { ...deletion, postUrl: postUrl(), deletionRequestedAt: '1970-01-01T00:00:00.000Z' } }))).toEqual({
      code: 'INVALID_INPUT',
      field: 'deletionRequestedAt',
    });
    expect(failure(await oic.request(RAISE, { input: { ...deletion, postUrl: postUrl(), deletionRequestedAt: ago(-DAY) } }))).toEqual({
      code: 'INVALID_INPUT',
      field: 'deletionRequestedAt',
    });
    // A request sent a few days before it was recorded here is fine.
    await oic.ok(RAISE, { input: { ...deletion, postUrl: postUrl(), deletionRequestedAt: ago(3 * DAY) } });

    const incident = { kind: 'SECURITY_INCIDENT', summary: '公式アカウントへの不審なログイン', incidentAffectedAsset: '公式Xアカウント' };
    const old = await chief.request(RAISE, { input: { ...incident, incidentDetectedAt: ago(40 * DAY) } });
    expect(failure(old)).toEqual({ code: 'INVALID_INPUT', field: 'incidentDetectedAt' });
    expect(old.errors![0].message).toContain('incidentDetectedAt');
    const inc = (await chief.ok(RAISE, { input: { ...incident, incidentDetectedAt: ago(2 * DAY) } })).raiseEscalation;
    expect(failure(await chief.request(UPDATE, { input: { escalationId: inc.id, expectedVersion: RAISED_VERSION, incidentDetectedAt: ago(45 * DAY) } }))).toEqual({
      code: 'INVALID_INPUT',
      field: 'incidentDetectedAt',
    });
    // Incident reports along the path.
    const head = { escalationId: inc.id, recipient: 'INFORMATION_MANAGEMENT_HEAD', method: 'PHONE' };
    expect(failure(await oic.request(REPORT, { input: { ...head, reportedAt: ago(31 * DAY) } }))).toEqual({ code: 'INVALID_INPUT', field: 'reportedAt' });
    expect(failure(await oic.request(REPORT, { input: { ...head, reportedAt: ago(-DAY) } }))).toEqual({ code: 'INVALID_INPUT', field: 'reportedAt' });
    await oic.ok(REPORT, { input: { ...head, reportedAt: ago(DAY) } });

    // Recording a removal request as sent.
    const del = (await oic.ok(RAISE, { input: { ...deletion, postUrl: postUrl() } })).raiseEscalation;
    expect(failure(await oic.request(DELETION_SENT, { id: del.id, at: ago(60 * DAY) }))).toEqual({ code: 'INVALID_INPUT', field: 'sentAt' });
    expect(failure(await oic.request(DELETION_SENT, { id: del.id, at: ago(-3600_000) }))).toEqual({ code: 'INVALID_INPUT', field: 'sentAt' });

    // The emergency disclosure request: sent, and X's answer.
    const disclosure = (
      await oic.ok(RAISE, {
        input: {
          kind: 'EMERGENCY_DISCLOSURE',
          postUrl: postUrl(),
          summary: '投稿者の特定',
          disclosure: { personAtRisk: '投稿者本人', danger: '今夜の自殺予告', informationNeeded: '電話番号', reason: '保護のため', contact: '096-000-0000' },
        },
      })
    ).raiseEscalation;
    expect(failure(await oic.request(DISCLOSURE_SENT, { id: disclosure.id, at: ago(35 * DAY) }))).toEqual({ code: 'INVALID_INPUT', field: 'sentAt' });
    expect(failure(await oic.request(DISCLOSURE_SENT, { id: disclosure.id, at: ago(-DAY) }))).toEqual({ code: 'INVALID_INPUT', field: 'sentAt' });
    await oic.ok(DISCLOSURE_SENT, { id: disclosure.id, at: ago(3600_000) });
    expect(failure(await oic.request(ANSWER, { input: { escalationId: disclosure.id, answer: 'DISCLOSED', answeredAt: ago(-DAY) } }))).toEqual({
      code: 'INVALID_INPUT',
      field: 'answeredAt',
    });
  });
});
