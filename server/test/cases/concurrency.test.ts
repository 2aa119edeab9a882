import { CaseStatus } from '../../src/modules/cases/case-enums';
import { OutboxMessage } from '../../src/core/outbox/outbox-message.entity';
import { Role } from '../../src/modules/users/role';
import { buildCase, buildOrganisation, buildUser, TEST_PASSWORD } from '../factories';
import { startTestStack, type GraphQLTestClient, type TestStack } from '../harness';

const TAKE = `mutation($id: ID!, $v: Int!) { takeCase(caseId: $id, expectedVersion: $v) { status claimedBy { id } } }`;
const WARN = `mutation($i: ScreeningInput!) { warnCase(input: $i) { status } }`;

describe('two officers in charge acting on the same cases at once', () => {
  let stack: TestStack;
  let a: GraphQLTestClient;
  let b: GraphQLTestClient;
  let chief: GraphQLTestClient;

  beforeAll(async () => {
    stack = await startTestStack();
    const org = await buildOrganisation(stack.db);
    const second = await buildUser(stack.db, { role: Role.OFFICER_IN_CHARGE, unit: org.division });
    a = await stack.client().login(org.officerInCharge.username, TEST_PASSWORD);
    b = await stack.client().login(second.username, TEST_PASSWORD);
    chief = await stack.client().login(org.chief.username, TEST_PASSWORD);
  });
  afterAll(() => stack?.close());

  it('transitions no case twice when both take the whole queue at once', async () => {
    const cases = await Promise.all(Array.from({ length: 40 }, () => buildCase(stack.db, { status: CaseStatus.RECEIVED })));
    const attempt = (client: GraphQLTestClient) =>
      Promise.all(cases.map((c) => client.request(TAKE, { id: c.id, v: c.version })));
    const [ra, rb] = await Promise.all([attempt(a), attempt(b)]);
    for (let i = 0; i < cases.length; i++) {
      const outcomes = [ra[i], rb[i]];
      const won = outcomes.filter((r) => !r.errors);
      const lost = outcomes.filter((r) => r.errors);
      expect(won).toHaveLength(1);
      expect(lost[0].errors![0].extensions?.code).toBe('CONFLICT');
      expect(lost[0].errors![0].message).toMatch(/Someone else changed this case/);
    }
    const takes: { object_id: string; n: number }[] = await stack.db.query(
      `SELECT object_id, count(*)::int AS n FROM audit_events WHERE action = 'case.TAKE' GROUP BY object_id`,
    );
    expect(takes).toHaveLength(cases.length);
    expect(takes.every((t) => t.n === 1)).toBe(true);
  });

  it('queues one reply only when the officer and the chief warn the same case at once', async () => {
    const officerId = (await a.ok(`{ me { id } }`)).me.id;
    const cases = await Promise.all(
      Array.from({ length: 20 }, () => buildCase(stack.db, { status: CaseStatus.SCREENING, claimedById: officerId })),
    );
    const input = (id: string, v: number) => ({
      i: { caseId: id, expectedVersion: v, region: 'KUMAMOTO', childIndication: 'POSTER_IS_CHILD', indicationSource: 'CONTENT', categories: ['C2_LODGING'] },
    });
    const results = await Promise.all(cases.flatMap((c) => [a.request(WARN, input(c.id, c.version)), chief.request(WARN, input(c.id, c.version))]));
    expect(results.filter((r) => !r.errors)).toHaveLength(cases.length);
    expect(results.filter((r) => r.errors).every((r) => r.errors![0].extensions?.code === 'CONFLICT')).toBe(true);
    const jobs = await stack.db.getRepository(OutboxMessage).find();
    const perCase = new Map<string, number>();
    for (const j of jobs) {
      const id = (j.payload as { caseId: string }).caseId;
      perCase.set(id, (perCase.get(id) ?? 0) + 1);
    }
    expect(cases.map((c) => perCase.get(c.id))).toEqual(cases.map(() => 1));
  });
});
