import { CaseStatus, ReplyChannel } from '../../src/modules/cases/case-enums';
import { Case } from '../../src/modules/cases/case.entity';
import { CASE_TRANSITIONS, CaseAction, findTransition, SYSTEM } from '../../src/modules/cases/case-state-machine';
import { AuditEvent } from '../../src/modules/audit/audit-event.entity';
import { OutboxMessage } from '../../src/core/outbox/outbox-message.entity';
import { Role } from '../../src/modules/users/role';
import { buildCase, buildOrganisation, TEST_PASSWORD } from '../factories';
import { startTestStack, type GraphQLResponse, type GraphQLTestClient, type TestStack } from '../harness';

const SCREENING = { region: 'KUMAMOTO', childIndication: 'POSTER_IS_CHILD', indicationSource: 'CONTENT', categories: ['C2_LODGING'] };

/** How each API-reachable action of the state table is called over GraphQL. */
const CALLS: Partial<Record<CaseAction, (c: GraphQLTestClient, id: string, v: number) => Promise<GraphQLResponse>>> = {
  [CaseAction.TAKE]: (c, id, v) => c.request(`mutation($id: ID!, $v: Int!) { takeCase(caseId: $id, expectedVersion: $v) { status } }`, { id, v }),
  [CaseAction.RELEASE]: (c, id, v) =>
    c.request(`mutation($id: ID!, $v: Int!) { releaseCase(caseId: $id, expectedVersion: $v) { status } }`, { id, v }),
  [CaseAction.MARK_NOT_APPLICABLE]: (c, id, v) =>
    c.request(`mutation($i: MarkNotApplicableInput!) { markNotApplicable(input: $i) { status } }`, {
      i: { caseId: id, expectedVersion: v, reason: 'OUT_OF_REGION' },
    }),
  [CaseAction.WARN]: (c, id, v) =>
    c.request(`mutation($i: ScreeningInput!) { warnCase(input: $i) { status } }`, { i: { caseId: id, expectedVersion: v, ...SCREENING } }),
  [CaseAction.REQUEST_APPROVAL]: (c, id, v) =>
    c.request(`mutation($i: RequestApprovalInput!) { requestApproval(input: $i) { status } }`, {
      i: { caseId: id, expectedVersion: v, ...SCREENING, reason: '保護者との紛争になるおそれ' },
    }),
  [CaseAction.APPROVE]: (c, id, v) =>
    c.request(`mutation($id: ID!, $v: Int!) { approveWarning(caseId: $id, expectedVersion: $v) { status } }`, { id, v }),
  [CaseAction.DECLINE]: (c, id, v) =>
    c.request(`mutation($id: ID!, $v: Int!) { declineWarning(caseId: $id, expectedVersion: $v, reason: "対象外と判断") { status } }`, { id, v }),
  [CaseAction.RETURN_FOR_SCREENING]: (c, id, v) =>
    c.request(`mutation($id: ID!, $v: Int!) { returnForScreening(caseId: $id, expectedVersion: $v, comment: "地域を再確認") { status } }`, {
      id,
      v,
    }),
  [CaseAction.RETRY_REPLY]: (c, id, v) =>
    c.request(`mutation($i: RetryReplyInput!) { retryReply(input: $i) { status } }`, { i: { caseId: id, expectedVersion: v } }),
  [CaseAction.CLOSE_FAILED]: (c, id, v) =>
    c.request(`mutation($id: ID!, $v: Int!) { closeFailedReply(caseId: $id, expectedVersion: $v, reason: "投稿削除済み") { status } }`, {
      id,
      v,
    }),
  [CaseAction.REPORT_TO_CHIEF]: (c, id, v) =>
    c.request(`mutation($id: ID!, $v: Int!) { reportToChief(caseId: $id, expectedVersion: $v, note: "返信済み") { status } }`, { id, v }),
  [CaseAction.ACKNOWLEDGE]: (c, id, v) =>
    c.request(`mutation($id: ID!, $v: Int!) { acknowledgeReport(caseId: $id, expectedVersion: $v) { status } }`, { id, v }),
};

/** Actions owned by the reply path (tested in test/replies), not called from this table test. */
const REPLY_PATH = new Set([CaseAction.SWITCH_TO_MANUAL_REPLY, CaseAction.RECORD_MANUAL_REPLY]);

describe('every transition of the state table over HTTP', () => {
  let stack: TestStack;
  let org: Awaited<ReturnType<typeof buildOrganisation>>;
  const clients = new Map<Role, GraphQLTestClient>();

  beforeAll(async () => {
    stack = await startTestStack();
    org = await buildOrganisation(stack.db);
    const users = { OFFICER: org.officer, VOLUNTEER: org.volunteer, OFFICER_IN_CHARGE: org.officerInCharge, CHIEF: org.chief };
    for (const role of Object.values(Role)) clients.set(role, await stack.client().login(users[role].username, TEST_PASSWORD));
  });
  afterAll(() => stack?.close());

  /** A case in `status`, shaped as the workflow would have left it (claimed by the OIC, reply text fixed, ...). */
  const caseIn = (status: CaseStatus) =>
    buildCase(stack.db, {
      status,
      claimedById: status === CaseStatus.RECEIVED ? null : org.officerInCharge.id,
      replyText: [CaseStatus.RECEIVED, CaseStatus.SCREENING].includes(status) ? null : '熊本県警察本部生活安全企画課です。テスト',
      replyChannel: ReplyChannel.API,
    });

  it('has a GraphQL call for every action a person takes', () => {
    const personal = CASE_TRANSITIONS.filter((t) => !(t.roles.length === 1 && t.roles[0] === SYSTEM) && !REPLY_PATH.has(t.action));
    expect(personal.filter((t) => !CALLS[t.action]).map((t) => t.action)).toEqual([]);
  });

  const apiTransitions = CASE_TRANSITIONS.filter((t) => CALLS[t.action]);
  it.each(apiTransitions.flatMap((t) => t.roles.filter((r) => r !== SYSTEM).map((role) => [t.from, t.action, t.to, role] as const)))(
    '%s --%s--> %s by %s',
    async (from, action, to, role) => {
      const c = await caseIn(from);
      const res = await CALLS[action]!(clients.get(role as Role)!, c.id, c.version);
      expect(res.errors).toBeUndefined();
      const after = await stack.db.getRepository(Case).findOneByOrFail({ id: c.id });
      expect(after.status).toBe(to);
      expect(after.version).toBe(c.version + 1);
      const audit = await stack.db.getRepository(AuditEvent).findBy({ objectId: c.id, action: `case.${action}` });
      expect(audit).toHaveLength(1);
      expect(audit[0].actorRole).toBe(role);
    },
  );

  it.each(
    apiTransitions.flatMap((t) =>
      [Role.OFFICER, Role.VOLUNTEER, Role.OFFICER_IN_CHARGE, Role.CHIEF].filter((r) => !t.roles.includes(r)).map((r) => [t.action, t.from, r] as const),
    ),
  )('%s from %s is FORBIDDEN for %s', async (action, from, role) => {
    const c = await caseIn(from);
    const res = await CALLS[action]!(clients.get(role)!, c.id, c.version);
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await stack.db.getRepository(Case).findOneByOrFail({ id: c.id })).status).toBe(from);
  });

  const forbiddenPairs = Object.values(CaseStatus).flatMap((status) =>
    (Object.keys(CALLS) as CaseAction[]).filter((a) => !findTransition(status, a)).map((a) => [a, status] as const),
  );
  it.each(forbiddenPairs)('%s from %s is INVALID_TRANSITION and changes nothing', async (action, status) => {
    const c = await caseIn(status);
    // The chief holds every screening and decision role, so the refusal can only come from the table.
    const res = await CALLS[action]!(clients.get(Role.CHIEF)!, c.id, c.version);
    const code = res.errors?.[0].extensions?.code;
    // REQUEST_APPROVAL and REPORT_TO_CHIEF are the officer in charge's alone: the chief gets FORBIDDEN first.
    expect(code).toBe(['REQUEST_APPROVAL', 'REPORT_TO_CHIEF'].includes(action) ? 'FORBIDDEN' : 'INVALID_TRANSITION');
    const after = await stack.db.getRepository(Case).findOneByOrFail({ id: c.id });
    expect(after.version).toBe(c.version);
    expect(await stack.db.getRepository(AuditEvent).countBy({ objectId: c.id })).toBe(0);
  });

  it('queues exactly one reply job when a warning is decided or approved, none when declined', async () => {
    const warned = await caseIn(CaseStatus.SCREENING);
    await CALLS[CaseAction.WARN]!(clients.get(Role.OFFICER_IN_CHARGE)!, warned.id, warned.version);
    const approved = await caseIn(CaseStatus.AWAITING_APPROVAL);
    await CALLS[CaseAction.APPROVE]!(clients.get(Role.CHIEF)!, approved.id, approved.version);
    const declined = await caseIn(CaseStatus.AWAITING_APPROVAL);
    await CALLS[CaseAction.DECLINE]!(clients.get(Role.CHIEF)!, declined.id, declined.version);
    const jobs = (await stack.db.getRepository(OutboxMessage).find()).map((m) => (m.payload as { caseId: string }).caseId);
    expect(jobs.filter((id) => id === warned.id)).toHaveLength(1);
    expect(jobs.filter((id) => id === approved.id)).toHaveLength(1);
    expect(jobs.filter((id) => id === declined.id)).toHaveLength(0);
  });
});
