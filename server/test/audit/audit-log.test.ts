import { AuditEvent } from '../../src/modules/audit/audit-event.entity';
import { buildOrganisation, TEST_PASSWORD } from '../factories';
import { startTestStack, type GraphQLTestClient, type TestStack } from '../harness';

const AUDIT = `query($filter: AuditEventFilter, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) {
    nodes { id at action objectType objectId actorRole actor { id username unit { kind } } before after requestId ip }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Node {
  id: string;
  at: string;
  action: string;
  objectId: string;
  actor: { id: string; username: string } | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

describe('the audit log', () => {
  let stack: TestStack;
  let org: Awaited<ReturnType<typeof buildOrganisation>>;
  let chief: GraphQLTestClient;
  const codeOf = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;

  /** Events written straight into the table, at chosen times (INSERT is the one thing the table allows). */
  async function insertEvents(objectType: string, rows: { at: string; action: string; objectId: string; actorId?: string | null }[]) {
    for (const r of rows) {
      await stack.db.query(
        `INSERT INTO audit_events (at, actor_id, actor_role, action, object_type, object_id, after) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [r.at, r.actorId ?? null, r.actorId ? 'OFFICER' : 'SYSTEM', r.action, objectType, r.objectId, { n: r.objectId }],
      );
    }
  }
  const read = async (filter: Record<string, unknown>, first = 50, after: string | null = null) =>
    (await chief.ok(AUDIT, { filter, first, after })).auditEvents as { nodes: Node[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

  beforeAll(async () => {
    stack = await startTestStack();
    org = await buildOrganisation(stack.db);
    chief = await stack.client().login(org.chief.username, TEST_PASSWORD);
  });
  afterAll(() => stack?.close());

  describe('is append-only in the database, whoever asks', () => {
    it('refuses UPDATE, DELETE and TRUNCATE and leaves the rows as they were', async () => {
      await stack.client().login(org.officer.username, TEST_PASSWORD); // at least one real event
      const before = await stack.db.query(`SELECT * FROM audit_events ORDER BY id`);
      expect(before.length).toBeGreaterThan(0);

      await expect(stack.db.query(`UPDATE audit_events SET action = 'user.NOTHING_HAPPENED'`)).rejects.toThrow(/append-only \(UPDATE refused\)/);
      await expect(stack.db.query(`DELETE FROM audit_events WHERE id = $1`, [before[0].id])).rejects.toThrow(/append-only \(DELETE refused\)/);
      await expect(stack.db.query(`TRUNCATE audit_events`)).rejects.toThrow(/append-only \(TRUNCATE refused\)/);
      await expect(stack.db.getRepository(AuditEvent).delete({ id: before[0].id })).rejects.toThrow(/append-only/);

      expect(await stack.db.query(`SELECT * FROM audit_events ORDER BY id`)).toEqual(before);
    });
  });

  describe('auditEvents (the chief’s viewer)', () => {
    it('is FORBIDDEN to every role but the chief, and UNAUTHENTICATED without a session', async () => {
      const readsBefore = await stack.db.getRepository(AuditEvent).countBy({ action: 'audit.READ' });
      for (const user of [org.officerInCharge, org.officer, org.volunteer]) {
        const client = await stack.client().login(user.username, TEST_PASSWORD);
        expect(codeOf(await client.request(AUDIT, {}))).toBe('FORBIDDEN');
      }
      expect(codeOf(await stack.client().request(AUDIT, {}))).toBe('UNAUTHENTICATED');
      expect(await stack.db.getRepository(AuditEvent).countBy({ action: 'audit.READ' })).toBe(readsBefore);
    });

    it('shows events newest first with the actor as a User and before/after as JSON', async () => {
      const oic = await stack.client().login(org.officerInCharge.username, TEST_PASSWORD);
      await oic.ok(`mutation { logout }`);
      const { nodes } = await read({ actorId: org.officerInCharge.id });
      expect(nodes.map((n) => n.action)).toEqual(['user.LOGOUT', 'user.LOGIN', 'user.LOGIN']);
      expect(nodes[0]).toMatchObject({
        objectId: org.officerInCharge.id,
        actor: { id: org.officerInCharge.id, username: org.officerInCharge.username },
      });
      const ids = nodes.map((n) => BigInt(n.id));
      expect([...ids].sort((a, b) => (a > b ? -1 : 1))).toEqual(ids);
    });

    it('filters by action prefix, object type and id, actor and period (from inclusive, to exclusive)', async () => {
      await insertEvents('FilterTest', [
        { at: '2025-04-01T00:00:00Z', action: 'case.TAKE', objectId: 'c1', actorId: org.officer.id },
        { at: '2025-04-02T00:00:00Z', action: 'case.WARN', objectId: 'c1', actorId: org.officer.id },
        { at: '2025-04-03T00:00:00Z', action: 'case.WARN', objectId: 'c2' },
        { at: '2025-04-04T00:00:00Z', action: 'caseload.X', objectId: 'c3' },
        { at: '2025-04-05T00:00:00Z', action: 'user_x.Y', objectId: 'c4' },
      ]);
      const objectIds = async (filter: Record<string, unknown>) => (await read({ objectType: 'FilterTest', ...filter })).nodes.map((n) => n.objectId);

      expect(await objectIds({})).toEqual(['c4', 'c3', 'c2', 'c1', 'c1']);
      expect(await objectIds({ action: 'case.' })).toEqual(['c2', 'c1', 'c1']);
      expect(await objectIds({ action: 'case.WARN' })).toEqual(['c2', 'c1']);
      expect(await objectIds({ action: 'case' })).toEqual(['c3', 'c2', 'c1', 'c1']);
      expect(await objectIds({ action: 'user_' })).toEqual(['c4']); // "_" is literal, not a wildcard
      expect(await objectIds({ action: '%' })).toEqual([]);
      expect(await objectIds({ objectId: 'c1' })).toEqual(['c1', 'c1']);
      expect(await objectIds({ actorId: org.officer.id })).toEqual(['c1', 'c1']);
      expect(await objectIds({ from: '2025-04-02T00:00:00Z', to: '2025-04-04T00:00:00Z' })).toEqual(['c2', 'c1']);
      expect(await objectIds({ from: '2025-04-05T00:00:00Z' })).toEqual(['c4']);
      expect((await read({ objectType: 'NoSuchType' })).nodes).toEqual([]);

      const badPeriod = await chief.request(AUDIT, { filter: { from: '2025-04-04T00:00:00Z', to: '2025-04-01T00:00:00Z' } });
      expect(badPeriod.errors?.[0].extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'to' });
      const badActor = await chief.request(AUDIT, { filter: { actorId: 'nobody' } });
      expect(badActor.errors?.[0].extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'actorId' });
    });

    it('pages newest first with an opaque cursor, without gaps or repeats', async () => {
      await insertEvents(
        'PageTest',
        Array.from({ length: 7 }, (_, i) => ({ at: `2025-05-0${i + 1}T00:00:00Z`, action: 'page.TEST', objectId: `p${i + 1}` })),
      );
      const seen: string[] = [];
      let after: string | null = null;
      const sizes: number[] = [];
      for (;;) {
        const page = await read({ objectType: 'PageTest' }, 3, after);
        sizes.push(page.nodes.length);
        seen.push(...page.nodes.map((n) => n.objectId));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(sizes).toEqual([3, 3, 1]);
      expect(seen).toEqual(['p7', 'p6', 'p5', 'p4', 'p3', 'p2', 'p1']);
      // Events written after the first page do not shift the later pages.
      const first = await read({ objectType: 'PageTest' }, 3);
      await insertEvents('PageTest', [{ at: '2025-05-09T00:00:00Z', action: 'page.TEST', objectId: 'p8' }]);
      const second = await read({ objectType: 'PageTest' }, 3, first.pageInfo.endCursor);
      expect(second.nodes.map((n) => n.objectId)).toEqual(['p4', 'p3', 'p2']);

      const bad = await chief.request(AUDIT, { first: 3, after: Buffer.from('["x","1; DROP"]').toString('base64url') });
      expect(bad.errors?.[0].extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'after' });
    });

    it('writes an audit.READ event for every read, with the filter, in the log it reads', async () => {
      const filter = { action: 'user.', objectType: 'User', from: '2020-01-01T00:00:00.000Z' };
      const page = await read(filter, 2);
      const [event] = await stack.db.getRepository(AuditEvent).find({ where: { action: 'audit.READ' }, order: { id: 'DESC' }, take: 1 });
      expect(event).toMatchObject({
        actorId: org.chief.id,
        actorRole: 'CHIEF',
        objectType: 'AuditLog',
        after: { filter, first: 2, after: null, returned: page.nodes.length, newestId: page.nodes[0].id },
      });
      expect(event.requestId).toBeTruthy();

      // The next read of audit.READ events shows it.
      const reads = await read({ action: 'audit.READ' }, 1);
      expect(reads.nodes[0]).toMatchObject({ id: event.id, actor: { id: org.chief.id }, after: { filter } });
    });

    it('returns nothing when the audit.READ event cannot be written (same transaction)', async () => {
      // A test-only trigger that refuses audit.READ rows: the read must fail with it, not leak data unaudited.
      await stack.db.query(`
        CREATE FUNCTION test_refuse_audit_read() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.action = 'audit.READ' THEN RAISE EXCEPTION 'audit.READ refused for the test'; END IF;
          RETURN NEW;
        END $$`);
      await stack.db.query(`CREATE TRIGGER test_refuse_audit_read BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION test_refuse_audit_read()`);
      try {
        const res = await chief.request(AUDIT, { filter: {} });
        expect(res.data?.auditEvents ?? null).toBeNull();
        expect(codeOf(res)).toBe('INTERNAL_SERVER_ERROR');
      } finally {
        await stack.db.query(`DROP TRIGGER test_refuse_audit_read ON audit_events`);
        await stack.db.query(`DROP FUNCTION test_refuse_audit_read()`);
      }
      expect((await read({}, 1)).nodes).toHaveLength(1);
    });
  });

  it('never holds a password hash, whatever the user administration did', async () => {
    await chief.ok(`mutation($id: ID!) { resetUserPassword(id: $id, newPassword: "another-long-password") { id } }`, { id: org.volunteer.id });
    await chief.ok(
      `mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`,
      { i: { username: 'audit.check', displayName: '監査 確認', role: 'VOLUNTEER', unitId: org.station.id, initialPassword: 'yet-another-password' } },
    );
    const [{ n }] = await stack.db.query(`SELECT count(*)::int AS n FROM audit_events WHERE before::text ~ 'argon2|password_hash|passwordHash' OR after::text ~ 'argon2|password_hash|passwordHash'`);
    expect(n).toBe(0);
  });
});
