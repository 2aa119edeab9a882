import { CaseStatus } from '../../src/modules/cases/case-enums';
import { ESCALATION_TRANSITIONS } from '../../src/modules/escalations/escalation-state-machine';
import { EscalationStatus } from '../../src/modules/escalations/escalation-enums';
import { buildCase, buildOrganisation, TEST_PASSWORD } from '../factories';
import { startTestStack, type GraphQLTestClient, type TestStack } from '../harness';

const RAISE = `mutation($input: RaiseEscalationInput!) { raiseEscalation(input: $input) { id number kind urgency status postUrl summary raisedAt } }`;
const BOARD_FIELDS = `id number kind urgency status version dueAt overdue ageMinutes caseNumber openStepCount stepCount summary postUrl
  externalReference cancelReason completedAt checklistTemplateVersion
  owner { id } raisedBy { id } raisedUnit { id name }
  steps { position labelJa labelEn doneAt doneBy { id } }
  timeline { type note data actor { id } }`;
const GET = `query($id: ID!) { escalation(id: $id) { ${BOARD_FIELDS} } }`;
const CLAIM = `mutation($id: ID!, $v: Int!) { claimEscalation(escalationId: $id, expectedVersion: $v) { status version owner { id } } }`;
const COMPLETE = `mutation($id: ID!, $v: Int!) { completeEscalation(escalationId: $id, expectedVersion: $v, note: "安全確認済み") { status version completedAt } }`;
const CANCEL = `mutation($id: ID!, $v: Int!, $r: String!) { cancelEscalation(escalationId: $id, expectedVersion: $v, reason: $r) { status cancelReason completedAt version } }`;
const REOPEN = `mutation($id: ID!, $v: Int!, $r: String!) { reopenEscalation(escalationId: $id, expectedVersion: $v, reason: $r) { status completedAt version } }`;
const TICK = `mutation($id: ID!, $p: Int!) { tickEscalationStep(escalationId: $id, position: $p) { version openStepCount steps { position doneAt doneBy { id } } } }`;
const UNTICK = `mutation($id: ID!, $p: Int!) { untickEscalationStep(escalationId: $id, position: $p) { version openStepCount } }`;
const POST_URL = 'https://twitter.com/someone_99/status/1912345678901234567?s=20';

describe('escalations: raising, working, checklists, disclosure, incidents, statistics', () => {
  let stack: TestStack;
  let org: Awaited<ReturnType<typeof buildOrganisation>>;
  let officer: GraphQLTestClient;
  let otherOfficer: GraphQLTestClient;
  let volunteer: GraphQLTestClient;
  let oic: GraphQLTestClient;
  let chief: GraphQLTestClient;

  beforeAll(async () => {
    stack = await startTestStack();
    org = await buildOrganisation(stack.db);
    officer = await stack.client().login(org.officer.username, TEST_PASSWORD);
    otherOfficer = await stack.client().login(org.otherOfficer.username, TEST_PASSWORD);
    volunteer = await stack.client().login(org.volunteer.username, TEST_PASSWORD);
    oic = await stack.client().login(org.officerInCharge.username, TEST_PASSWORD);
    chief = await stack.client().login(org.chief.username, TEST_PASSWORD);
  });
  afterAll(() => stack?.close());

  const raise = (client: GraphQLTestClient, input: Record<string, unknown>) => client.request(RAISE, { input });
  const get = async (id: string) => (await oic.ok(GET, { id })).escalation;
  const codeOf = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;

  it('lets an officer at a station raise a suicide notice with kind, URL and a note; it is urgent, alerted, and visible to them as status only', async () => {
    const before = Date.now();
    const res = await officer.ok(RAISE, { input: { kind: 'SUICIDE_NOTICE', postUrl: POST_URL, summary: '「今夜飛び降りる」との投稿' } });
    const raised = res.raiseEscalation;
    expect(raised).toMatchObject({
      kind: 'SUICIDE_NOTICE',
      urgency: 'URGENT',
      status: 'OPEN',
      postUrl: 'https://x.com/someone_99/status/1912345678901234567',
      summary: '「今夜飛び降りる」との投稿',
    });
    const e = await get(raised.id);
    expect(e.raisedBy.id).toBe(org.officer.id);
    expect(e.raisedUnit.id).toBe(org.station.id);
    expect(e.owner).toBeNull();
    // Urgent: due within the hour.
    const dueIn = Date.parse(e.dueAt) - before;
    expect(dueIn).toBeGreaterThan(59 * 60_000);
    expect(dueIn).toBeLessThanOrEqual(60 * 60_000 + 60_000);
    // The kind's checklist was copied.
    expect(e.stepCount).toBeGreaterThanOrEqual(5);
    expect(e.openStepCount).toBe(e.stepCount);
    expect(e.steps[0].labelJa).toContain('保存');
    expect(e.timeline.map((t: { type: string }) => t.type)).toEqual(['RAISED']);

    // The alert and its outbox row were written in the same transaction.
    const alerts = await stack.db.query(`SELECT reason, urgent, raised_by_id FROM alerts WHERE escalation_id = $1`, [raised.id]);
    expect(alerts).toEqual([{ reason: 'ESCALATION_RAISED', urgent: true, raised_by_id: org.officer.id }]);
    const audit = await stack.db.query(`SELECT actor_id FROM audit_events WHERE action = 'escalation.RAISE' AND object_id = $1`, [raised.id]);
    expect(audit).toEqual([{ actor_id: org.officer.id }]);

    // The officer sees what they raised (status only), the other station's officer does not.
    const mine = (await officer.ok(`{ myRaisedEscalations { nodes { id status kind } } }`)).myRaisedEscalations.nodes;
    expect(mine).toEqual([{ id: raised.id, status: 'OPEN', kind: 'SUICIDE_NOTICE' }]);
    const theirs = (await otherOfficer.ok(`{ myRaisedEscalations { nodes { id } } }`)).myRaisedEscalations.nodes;
    expect(theirs).toEqual([]);
    expect(codeOf(await officer.request(GET, { id: raised.id }))).toBe('FORBIDDEN');
  });

  it('raises from a case the officer\'s unit reported, taking the case\'s post; refuses a case they cannot see', async () => {
    const c = await buildCase(stack.db, { status: CaseStatus.RECEIVED });
    await stack.db.query(
      `INSERT INTO reports (case_id, url, source, reported_by_id, unit_id) VALUES ($1, $2, 'OFFICER', $3, $4)`,
      [c.id, c.postUrl, org.officer.id, org.station.id],
    );
    const raised = (await officer.ok(RAISE, { input: { kind: 'CHILD_SAFETY_URGENT', caseId: c.id, summary: '家出中の中学生が「泊めて」と投稿' } })).raiseEscalation;
    expect(raised.postUrl).toBe(c.postUrl);
    expect((await get(raised.id)).caseNumber).toBe(c.number);
    expect(codeOf(await otherOfficer.request(RAISE, { input: { kind: 'CHILD_SAFETY_URGENT', caseId: c.id, summary: 'x' } }))).toBe('NOT_FOUND');
  });

  it('keeps the other kinds, and all the work, to the division; volunteers get nothing', async () => {
    for (const kind of ['EMERGENCY_DISCLOSURE', 'DELETION_REQUEST', 'SECURITY_INCIDENT']) {
      expect(codeOf(await raise(officer, { kind, postUrl: POST_URL, summary: 'x', deletionReason: 'CSAM' }))).toBe('FORBIDDEN');
    }
    expect(codeOf(await raise(volunteer, { kind: 'SUICIDE_NOTICE', postUrl: POST_URL, summary: 'x' }))).toBe('FORBIDDEN');
    const raised = (await officer.ok(RAISE, { input: { kind: 'SUICIDE_NOTICE', postUrl: POST_URL, summary: '別件' } })).raiseEscalation;
    expect(codeOf(await officer.request(CLAIM, { id: raised.id, v: 1 }))).toBe('FORBIDDEN');
    expect(codeOf(await officer.request(TICK, { id: raised.id, p: 1 }))).toBe('FORBIDDEN');
    expect(codeOf(await volunteer.request(`{ myRaisedEscalations { nodes { id } } }`))).toBe('FORBIDDEN');
  });

  it('answers bad input with INVALID_INPUT and a field', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ kind: 'SUICIDE_NOTICE', postUrl: 'https://example.com/a/status/1', summary: 'x' }, 'postUrl'],
      [{ kind: 'SUICIDE_NOTICE', summary: 'x' }, 'postUrl'],
      [{ kind: 'SUICIDE_NOTICE', postUrl: POST_URL, summary: '   ' }, 'summary'],
      [{ kind: 'SUICIDE_NOTICE', postUrl: POST_URL, summary: 'x', urgency: 'NORMAL' }, 'urgency'],
      [{ kind: 'SUICIDE_NOTICE', postUrl: POST_URL, summary: 'x', dueAt: '2020-01-01T00:00:00Z' }, 'dueAt'],
      [{ kind: 'DELETION_REQUEST', postUrl: POST_URL, summary: 'x' }, 'deletionReason'],
      [{ kind: 'SECURITY_INCIDENT', summary: '公式アカウントに不審なログイン' }, 'incidentAffectedAsset'],
      [{ kind: 'SECURITY_INCIDENT', summary: 'x', incidentAffectedAsset: '公式X', postUrl: POST_URL }, 'postUrl'],
      [{ kind: 'EMERGENCY_DISCLOSURE', summary: 'x', disclosure: { accountUrl: 'https://x.com/not a handle' } }, 'accountUrl'],
    ];
    for (const [input, field] of cases) {
      const res = await raise(chief, input);
      expect({ input, code: codeOf(res), field: res.errors?.[0]?.extensions?.field }).toEqual({ input, code: 'INVALID_INPUT', field });
    }
    expect(codeOf(await oic.request(GET, { id: 'not-a-uuid' }))).toBe('NOT_FOUND');
    expect(codeOf(await oic.request(GET, { id: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
  });

  it('walks the status table: claim starts it, stale versions conflict, cancel needs a reason, only the chief reopens', async () => {
    // The table itself: the four statuses, DONE/CANCELLED reached only from the active ones.
    expect(new Set(ESCALATION_TRANSITIONS.map((t) => t.to))).toEqual(new Set(Object.values(EscalationStatus)));

    const id = (await officer.ok(RAISE, { input: { kind: 'SUICIDE_NOTICE', postUrl: POST_URL, summary: '遷移テスト' } })).raiseEscalation.id;
    expect(codeOf(await oic.request(COMPLETE, { id, v: 1 }))).toBe('INVALID_TRANSITION');
    const claimed = (await oic.ok(CLAIM, { id, v: 1 })).claimEscalation;
    expect(claimed).toEqual({ status: 'IN_PROGRESS', version: 2, owner: { id: org.officerInCharge.id } });
    // Two people at once: the second, with the old version, gets CONFLICT.
    expect(codeOf(await chief.request(CLAIM, { id, v: 1 }))).toBe('CONFLICT');
    // Cancel needs a reason.
    expect(codeOf(await oic.request(CANCEL, { id, v: 2, r: '  ' }))).toBe('INVALID_INPUT');
    const done = (await oic.ok(COMPLETE, { id, v: 2 })).completeEscalation;
    expect(done.status).toBe('DONE');
    expect(done.completedAt).not.toBeNull();
    expect(codeOf(await oic.request(TICK, { id, p: 1 }))).toBe('INVALID_TRANSITION');
    expect(codeOf(await oic.request(CANCEL, { id, v: 3, r: '誤報' }))).toBe('INVALID_TRANSITION');
    expect(codeOf(await oic.request(REOPEN, { id, v: 3, r: '再度の投稿' }))).toBe('FORBIDDEN');
    const reopened = (await chief.ok(REOPEN, { id, v: 3, r: '再度の投稿' })).reopenEscalation;
    expect(reopened).toEqual({ status: 'IN_PROGRESS', completedAt: null, version: 4 });
    const alerts = await stack.db.query(`SELECT reason FROM alerts WHERE escalation_id = $1 ORDER BY created_at`, [id]);
    expect(alerts.map((a: { reason: string }) => a.reason)).toEqual(['ESCALATION_RAISED', 'ESCALATION_REOPENED_OR_OVERDUE']);

    const id2 = (await officer.ok(RAISE, { input: { kind: 'CHILD_SAFETY_URGENT', postUrl: POST_URL, summary: '取消テスト' } })).raiseEscalation.id;
    const cancelled = (await chief.ok(CANCEL, { id: id2, v: 1, r: '同一事案の重複登録' })).cancelEscalation;
    expect(cancelled).toMatchObject({ status: 'CANCELLED', cancelReason: '同一事案の重複登録' });
    expect(codeOf(await chief.request(REOPEN, { id: id2, v: 2, r: 'x' }))).toBe('INVALID_TRANSITION');

    const e = await get(id);
    expect(e.timeline.map((t: { type: string }) => t.type)).toEqual(['RAISED', 'ASSIGNED', 'STATUS_CHANGED', 'STATUS_CHANGED', 'STATUS_CHANGED']);
    expect(JSON.parse(e.timeline[4].data)).toMatchObject({ from: 'DONE', to: 'IN_PROGRESS', action: 'REOPEN' });
    const audit = await stack.db.query(`SELECT action FROM audit_events WHERE object_id = $1 ORDER BY id`, [id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['escalation.RAISE', 'escalation.START', 'escalation.COMPLETE', 'escalation.REOPEN']);
  });

  it('assigns only to an active officer in charge or the chief', async () => {
    const id = (await chief.ok(RAISE, { input: { kind: 'DELETION_REQUEST', postUrl: POST_URL, summary: '児童ポルノ', deletionReason: 'CSAM' } })).raiseEscalation.id;
    const ASSIGN = `mutation($id: ID!, $o: ID!, $v: Int!) { assignEscalation(escalationId: $id, ownerId: $o, expectedVersion: $v) { owner { id } status version } }`;
    expect(codeOf(await chief.request(ASSIGN, { id, o: org.officer.id, v: 1 }))).toBe('INVALID_INPUT');
    expect((await chief.ok(ASSIGN, { id, o: org.officerInCharge.id, v: 1 })).assignEscalation).toEqual({
      owner: { id: org.officerInCharge.id },
      status: 'OPEN',
      version: 2,
    });
  });

  it('records each tick and untick with who and when; the chief edits a checklist as a new version and raised escalations keep theirs', async () => {
    const TEMPLATES = `{ escalationChecklistTemplates { kind version steps { position labelJa labelEn } } }`;
    const templates = (await oic.ok(TEMPLATES)).escalationChecklistTemplates;
    expect(templates.map((t: { kind: string }) => t.kind)).toEqual(['SUICIDE_NOTICE', 'CHILD_SAFETY_URGENT', 'EMERGENCY_DISCLOSURE', 'DELETION_REQUEST', 'SECURITY_INCIDENT']);
    const suicide = templates.find((t: { kind: string }) => t.kind === 'SUICIDE_NOTICE');

    const id = (await officer.ok(RAISE, { input: { kind: 'SUICIDE_NOTICE', postUrl: POST_URL, summary: 'チェックリスト' } })).raiseEscalation.id;
    const ticked = (await oic.ok(TICK, { id, p: 2 })).tickEscalationStep;
    expect(ticked.steps[1]).toMatchObject({ position: 2, doneBy: { id: org.officerInCharge.id } });
    expect(ticked.steps[1].doneAt).not.toBeNull();
    expect(ticked.openStepCount).toBe(suicide.steps.length - 1);
    expect(codeOf(await oic.request(TICK, { id, p: 2 }))).toBe('CONFLICT');
    expect(codeOf(await oic.request(TICK, { id, p: 99 }))).toBe('INVALID_INPUT');
    expect((await chief.ok(UNTICK, { id, p: 2 })).untickEscalationStep.openStepCount).toBe(suicide.steps.length);
    const events = (await get(id)).timeline.filter((t: { type: string }) => t.type.startsWith('STEP_'));
    expect(events.map((t: { type: string; actor: { id: string } }) => [t.type, t.actor.id, JSON.parse((t as unknown as { data: string }).data).position])).toEqual([
      ['STEP_TICKED', org.officerInCharge.id, 2],
      ['STEP_UNTICKED', org.chief.id, 2],
    ]);

    const UPDATE = `mutation($input: UpdateChecklistInput!) { updateEscalationChecklist(input: $input) { kind version steps { position labelJa labelEn } createdBy { id } } }`;
    const steps = [
      { labelJa: '投稿を保存する', labelEn: 'Preserve the post' },
      { labelJa: '居住地の警察署へ連絡する', labelEn: 'Contact the local station' },
    ];
    expect(codeOf(await oic.request(UPDATE, { input: { kind: 'SUICIDE_NOTICE', expectedVersion: suicide.version, steps } }))).toBe('FORBIDDEN');
    const v2 = (await chief.ok(UPDATE, { input: { kind: 'SUICIDE_NOTICE', expectedVersion: suicide.version, steps, note: '手順の簡略化' } })).updateEscalationChecklist;
    expect(v2).toEqual({
      kind: 'SUICIDE_NOTICE',
      version: suicide.version + 1,
      steps: steps.map((s, i) => ({ position: i + 1, ...s })),
      createdBy: { id: org.chief.id },
    });
    expect(codeOf(await chief.request(UPDATE, { input: { kind: 'SUICIDE_NOTICE', expectedVersion: suicide.version, steps } }))).toBe('CONFLICT');
    expect(codeOf(await chief.request(UPDATE, { input: { kind: 'SUICIDE_NOTICE', expectedVersion: v2.version, steps: [] } }))).toBe('INVALID_INPUT');

    // The earlier escalation keeps its steps; a new one gets version 2's.
    const old = await get(id);
    expect(old.stepCount).toBe(suicide.steps.length);
    expect(old.checklistTemplateVersion).toBe(suicide.version);
    const newId = (await officer.ok(RAISE, { input: { kind: 'SUICIDE_NOTICE', postUrl: POST_URL, summary: '新手順' } })).raiseEscalation.id;
    const fresh = await get(newId);
    expect(fresh.checklistTemplateVersion).toBe(v2.version);
    expect(fresh.steps.map((s: { labelJa: string }) => s.labelJa)).toEqual(steps.map((s) => s.labelJa));
    const history = (await oic.ok(`{ escalationChecklistHistory(kind: SUICIDE_NOTICE) { version } }`)).escalationChecklistHistory;
    expect(history).toEqual([{ version: v2.version }, { version: suicide.version }]);
  });

  it('assembles the emergency disclosure request with everything X asks for, then records sending and the answer', async () => {
    const raised = (
      await oic.ok(RAISE, {
        input: {
          kind: 'EMERGENCY_DISCLOSURE',
          postUrl: 'https://x.com/kuma_girl_15/status/1912345678900000001',
          summary: '自殺予告の投稿者の特定',
          disclosure: { postUrls: ['https://twitter.com/kuma_girl_15/status/1912345678900000002'], personAtRisk: '投稿者本人（15歳女子と推定）' },
        },
      })
    ).raiseEscalation;
    const DOC = `query($id: ID!) { emergencyDisclosureRequest(escalationId: $id) { missingFields requestingOfficer requestingUnit textJa textEn
      details { accountUrl postUrls personAtRisk danger informationNeeded reason contact } } }`;
    const draft = (await oic.ok(DOC, { id: raised.id })).emergencyDisclosureRequest;
    expect(draft.details.accountUrl).toBe('https://x.com/kuma_girl_15');
    expect(draft.details.postUrls).toEqual(['https://x.com/kuma_girl_15/status/1912345678900000001', 'https://x.com/kuma_girl_15/status/1912345678900000002']);
    expect(draft.missingFields).toEqual(['danger', 'informationNeeded', 'reason', 'contact']);
    const SENT = `mutation($id: ID!) { recordDisclosureSent(escalationId: $id, xReference: "LR-2026-0001") { externalReference disclosure { sentAt } } }`;
    const refused = await oic.request(SENT, { id: raised.id });
    expect(codeOf(refused)).toBe('INVALID_INPUT');
    expect(refused.errors![0].message).toContain('danger');

    const UPDATE = `mutation($id: ID!, $input: EmergencyDisclosureInput!) { updateEmergencyDisclosure(escalationId: $id, input: $input) { version } }`;
    await oic.ok(UPDATE, {
      id: raised.id,
      input: {
        danger: '本日23時に自宅近くの橋から飛び降りると予告。具体的な日時と場所を示している。',
        informationNeeded: '登録メールアドレス、電話番号、直近のログインIPアドレス',
        reason: '投稿者の所在を特定し、警察官を臨場させて保護するため',
        contact: '096-000-0000（生活安全企画課）',
      },
    });
    const doc = (await oic.ok(DOC, { id: raised.id })).emergencyDisclosureRequest;
    expect(doc.missingFields).toEqual([]);
    expect(doc.requestingUnit).toBe(org.division.name);
    for (const text of [doc.textJa, doc.textEn]) {
      expect(text).toContain('https://x.com/kuma_girl_15');
      expect(text).toContain('https://x.com/kuma_girl_15/status/1912345678900000001');
      expect(text).toContain('https://x.com/kuma_girl_15/status/1912345678900000002');
      expect(text).toContain('投稿者本人（15歳女子と推定）');
      expect(text).toContain('本日23時に自宅近く');
      expect(text).toContain('登録メールアドレス');
      expect(text).toContain('警察官を臨場させて保護するため');
      expect(text).toContain('096-000-0000');
      expect(text).toContain(org.officerInCharge.displayName);
      expect(text).toContain(org.division.name);
    }
    expect(doc.textJa).toContain('緊急開示要請');
    expect(doc.textEn).toContain('Emergency disclosure request');

    const sent = (await oic.ok(SENT, { id: raised.id })).recordDisclosureSent;
    expect(sent.externalReference).toBe('LR-2026-0001');
    expect(codeOf(await oic.request(SENT, { id: raised.id }))).toBe('CONFLICT');
    expect(codeOf(await oic.request(UPDATE, { id: raised.id, input: { contact: 'x' } }))).toBe('CONFLICT');
    const ANSWER = `mutation($input: RecordDisclosureAnswerInput!) { recordDisclosureAnswer(input: $input) { disclosure { answer answerText answeredAt } timeline { type } } }`;
    expect(codeOf(await oic.request(ANSWER, { input: { escalationId: raised.id, answer: 'REFUSED' } }))).toBe('INVALID_INPUT');
    const answered = (await oic.ok(ANSWER, { input: { escalationId: raised.id, answer: 'PARTIAL', answerText: 'メールアドレスのみ開示' } })).recordDisclosureAnswer;
    expect(answered.disclosure).toMatchObject({ answer: 'PARTIAL', answerText: 'メールアドレスのみ開示' });
    expect(answered.timeline.map((t: { type: string }) => t.type)).toEqual(['RAISED', 'DETAILS_UPDATED', 'DISCLOSURE_SENT', 'DISCLOSURE_ANSWERED']);

    // Disclosure mutations belong to the disclosure kind.
    const other = (await officer.ok(RAISE, { input: { kind: 'SUICIDE_NOTICE', postUrl: POST_URL, summary: 'x' } })).raiseEscalation.id;
    expect(codeOf(await oic.request(SENT, { id: other }))).toBe('INVALID_INPUT');
  });

  it('records a security incident without a case, alerting, with the reporting path kept in order', async () => {
    const raised = (
      await chief.ok(RAISE, { input: { kind: 'SECURITY_INCIDENT', summary: '公式Xアカウントに海外から不審なログイン', incidentAffectedAsset: '公式Xアカウント @kmt_police_sk' } })
    ).raiseEscalation;
    expect(raised.urgency).toBe('URGENT');
    const alerts = await stack.db.query(`SELECT reason, audience FROM alerts WHERE escalation_id = $1`, [raised.id]);
    expect(alerts).toHaveLength(1);
    expect(alerts[0].reason).toBe('ESCALATION_RAISED');
    const REPORT = `mutation($input: RecordIncidentReportInput!) { recordIncidentReport(input: $input) {
      incident { affectedAsset detectedAt pendingRecipients reports { recipient recipientName method reportedAt reportedBy { id } } } } }`;
    const manager = { escalationId: raised.id, recipient: 'INFORMATION_SECURITY_MANAGER', method: 'DOCUMENT' };
    expect(codeOf(await oic.request(REPORT, { input: manager }))).toBe('INVALID_INPUT');
    const head = (await oic.ok(REPORT, { input: { escalationId: raised.id, recipient: 'INFORMATION_MANAGEMENT_HEAD', recipientName: '情報管理課長 山田', method: 'PHONE' } }))
      .recordIncidentReport.incident;
    expect(head.pendingRecipients).toEqual(['INFORMATION_SECURITY_MANAGER']);
    expect(head.reports[0]).toMatchObject({ recipient: 'INFORMATION_MANAGEMENT_HEAD', recipientName: '情報管理課長 山田', method: 'PHONE', reportedBy: { id: org.officerInCharge.id } });
    const both = (await chief.ok(REPORT, { input: manager })).recordIncidentReport.incident;
    expect(both.pendingRecipients).toEqual([]);
    expect(both.reports.map((r: { recipient: string }) => r.recipient)).toEqual(['INFORMATION_MANAGEMENT_HEAD', 'INFORMATION_SECURITY_MANAGER']);
    expect(codeOf(await chief.request(REPORT, { input: manager }))).toBe('CONFLICT');
  });

  it('lists the board by due time with filters and pages', async () => {
    const LIST = `query($f: EscalationFilter, $first: Int!, $after: String) { escalations(filter: $f, first: $first, after: $after) {
      nodes { id kind status dueAt owner { id } } pageInfo { hasNextPage endCursor } } }`;
    const all: { id: string; dueAt: string; status: string }[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { nodes: typeof all; pageInfo: { hasNextPage: boolean; endCursor: string } } = (await oic.ok(LIST, { first: 2, after })).escalations;
      all.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const [{ n }] = await stack.db.query(`SELECT count(*)::int AS n FROM escalations WHERE status IN ('OPEN', 'IN_PROGRESS')`);
    expect(all).toHaveLength(n);
    expect(new Set(all.map((e) => e.id)).size).toBe(n);
    expect(all.map((e) => e.dueAt)).toEqual([...all.map((e) => e.dueAt)].sort());
    const mine = (await oic.ok(LIST, { first: 50, f: { mine: true } })).escalations.nodes;
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((e: { owner: { id: string } }) => e.owner.id === org.officerInCharge.id)).toBe(true);
    const cancelled = (await oic.ok(LIST, { first: 50, f: { status: ['CANCELLED'], kind: ['CHILD_SAFETY_URGENT'] } })).escalations.nodes;
    expect(cancelled.length).toBeGreaterThan(0);
    expect(cancelled.every((e: { status: string; kind: string }) => e.status === 'CANCELLED' && e.kind === 'CHILD_SAFETY_URGENT')).toBe(true);
  });
});
