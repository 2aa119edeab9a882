import { createClient } from 'graphql-ws';
import { SUBSCRIPTION_ROLE_MATRIX } from '../../src/core/auth/role-matrix';
import { startApiServer, type RunningApp } from '../../src/core/http/app';
import { createLogger } from '../../src/core/logging/logger';
import { LIVE_QUEUE_APPLICATION_NAME, parseCaseChange } from '../../src/modules/live-queue/work-queue-listener';
import { Role } from '../../src/modules/users/role';
import { wsUrl, wsWithCookie } from '../alerts/support';
import { buildOrganisation, buildUser, TEST_PASSWORD } from '../factories';
import { startTestStack, waitFor, type GraphQLTestClient, type TestStack } from '../harness';
import { submitNewPost, subscribeWorkQueue, untilLive, WORK_QUEUE_SUBSCRIPTION, type LiveQueue } from './support';

const TAKE = `mutation($id: ID!, $v: Int!) { takeCase(caseId: $id, expectedVersion: $v) { id status version } }`;
const NOT_APPLICABLE = `mutation($input: MarkNotApplicableInput!) { markNotApplicable(input: $input) { id status version } }`;

/** The first error code of a subscription over graphql-ws, or null when it stayed open without one. */
function subscribeError(url: string, cookie: string, query: string): Promise<string | null> {
  const client = createClient({ url, webSocketImpl: wsWithCookie(cookie), retryAttempts: 0 });
  return new Promise((resolve) => {
    const done = (code: string | null) => {
      void client.dispose();
      resolve(code);
    };
    // Not a timed assertion: an allowed subscription simply stays open and silent.
    const timer = setTimeout(() => done(null), 1500);
    client.subscribe(
      { query },
      {
        next: (v) => {
          if (v.errors?.length) {
            clearTimeout(timer);
            done(String(v.errors[0]!.extensions?.code));
          }
        },
        error: (e) => {
          clearTimeout(timer);
          const list = Array.isArray(e) ? (e as Array<{ extensions?: { code?: string } }>) : [];
          done(list.length ? String(list[0]!.extensions?.code) : 'SOCKET_CLOSED');
        },
        complete: () => undefined,
      },
    );
  });
}

describe('live work lists: workQueueChanged (committed case changes over graphql-ws)', () => {
  let stack: TestStack;
  let org: Awaited<ReturnType<typeof buildOrganisation>>;
  let officer: GraphQLTestClient;
  let otherOfficer: GraphQLTestClient;
  let volunteer: GraphQLTestClient;
  let oic: GraphQLTestClient;
  let chief: GraphQLTestClient;
  const open: LiveQueue[] = [];
  const live = (url: string, client: GraphQLTestClient) => {
    const l = subscribeWorkQueue(url, client.sessionCookie!);
    open.push(l);
    return l;
  };

  beforeAll(async () => {
    stack = await startTestStack({ env: { RATE_LIMIT_MUTATIONS_PER_USER: '5000' } });
    org = await buildOrganisation(stack.db);
    officer = await stack.client().login(org.officer.username, TEST_PASSWORD);
    otherOfficer = await stack.client().login(org.otherOfficer.username, TEST_PASSWORD);
    volunteer = await stack.client().login(org.volunteer.username, TEST_PASSWORD);
    oic = await stack.client().login(org.officerInCharge.username, TEST_PASSWORD);
    chief = await stack.client().login(org.chief.username, TEST_PASSWORD);
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((l) => l.close()));
  });
  afterAll(() => stack?.close());

  it('reads the trigger payload, and refuses anything else', () => {
    const id = '6f1c3c52-8f5e-4a39-9b8a-3d1f0a6c2b11';
    expect(parseCaseChange(JSON.stringify({ id, number: 7, old: null, new: 'RECEIVED', units: [id] }))).toEqual({
      caseId: id,
      caseNumber: 7,
      fromStatus: null,
      toStatus: 'RECEIVED',
      unitIds: [id],
    });
    expect(parseCaseChange(JSON.stringify({ id, number: 7, old: 'RECEIVED', new: 'SCREENING', units: null }))?.unitIds).toBeNull();
    expect(parseCaseChange(JSON.stringify({ id, number: 7, old: 'RECEIVED', new: 'NOPE', units: [] }))).toBeNull();
    expect(parseCaseChange('not json')).toBeNull();
    expect(parseCaseChange(undefined)).toBeNull();
  });

  it('answers per role as SUBSCRIPTION_ROLE_MATRIX says: a volunteer cannot subscribe', async () => {
    const allowed = SUBSCRIPTION_ROLE_MATRIX.workQueueChanged as readonly Role[];
    expect([...allowed].sort()).toEqual([Role.CHIEF, Role.OFFICER, Role.OFFICER_IN_CHARGE]);
    const clients = { OFFICER: officer, VOLUNTEER: volunteer, OFFICER_IN_CHARGE: oic, CHIEF: chief };
    const answers: Record<string, string | null> = {};
    for (const role of Object.values(Role)) {
      answers[role] = await subscribeError(wsUrl(stack.api.url), clients[role].sessionCookie!, WORK_QUEUE_SUBSCRIPTION);
    }
    expect(answers).toEqual({ OFFICER: null, VOLUNTEER: 'FORBIDDEN', OFFICER_IN_CHARGE: null, CHIEF: null });
  });

  it("tells the chief of the case an officer's report opened and of each screening transition", async () => {
    const chiefLive = live(stack.api.url, chief);
    const oicLive = live(stack.api.url, oic);
    await untilLive(chiefLive, officer);
    await untilLive(oicLive, officer);

    const opened = await submitNewPost(officer);
    for (const l of [chiefLive, oicLive]) {
      expect(await l.next((c) => c.caseId === opened.id, 'the new case')).toEqual({
        caseId: opened.id,
        caseNumber: opened.number,
        fromStatus: null,
        toStatus: 'RECEIVED',
      });
    }

    const taken = (await oic.ok(TAKE, { id: opened.id, v: opened.version })).takeCase;
    expect(await chiefLive.next((c) => c.caseId === opened.id && c.toStatus === 'SCREENING', 'the take')).toMatchObject({ fromStatus: 'RECEIVED' });

    await oic.ok(NOT_APPLICABLE, { input: { caseId: opened.id, expectedVersion: taken.version, reason: 'OUT_OF_REGION' } });
    expect(await chiefLive.next((c) => c.caseId === opened.id && c.toStatus === 'CLOSED', 'the close')).toMatchObject({ fromStatus: 'SCREENING' });
    expect(await oicLive.next((c) => c.caseId === opened.id && c.toStatus === 'CLOSED', 'the close (officer in charge)')).toBeTruthy();

    // Each change once, in commit order.
    expect(chiefLive.changes().filter((c) => c.caseId === opened.id).map((c) => c.toStatus)).toEqual(['RECEIVED', 'SCREENING', 'CLOSED']);
    expect(chiefLive.errors).toEqual([]);
  });

  it('tells an officer only of the cases their own unit reported', async () => {
    const mine = live(stack.api.url, officer);
    const theirs = live(stack.api.url, otherOfficer);
    await untilLive(mine, officer);
    await untilLive(theirs, otherOfficer);

    const otherUnitsCase = await submitNewPost(otherOfficer);
    const ownCase = await submitNewPost(officer);
    await theirs.next((c) => c.caseId === otherUnitsCase.id, "the other unit's case, to its officer");
    // Notifications arrive in commit order: once the later case is heard, the earlier one would have been.
    await mine.next((c) => c.caseId === ownCase.id, "the officer's own case");
    expect(mine.changes().some((c) => c.caseId === otherUnitsCase.id)).toBe(false);

    await oic.ok(TAKE, { id: ownCase.id, v: ownCase.version });
    await mine.next((c) => c.caseId === ownCase.id && c.toStatus === 'SCREENING', "the take of the officer's case");
    await oic.ok(TAKE, { id: otherUnitsCase.id, v: otherUnitsCase.version });
    await theirs.next((c) => c.caseId === otherUnitsCase.id && c.toStatus === 'SCREENING', "the take of the other unit's case");
    expect(theirs.changes().some((c) => c.caseId === ownCase.id)).toBe(false);
  });

  it("follows an officer moved to another unit by the chief: an open socket stops hearing the old unit's cases", async () => {
    // The chief's updateUser leaves the moved officer's sessions (and sockets) open.
    const movedUser = await buildUser(stack.db, { role: Role.OFFICER, unit: org.station });
    const moved = await stack.client().login(movedUser.username, TEST_PASSWORD);
    const formerColleague = officer;
    const newColleague = otherOfficer;
    const movedLive = live(stack.api.url, moved);
    const oicLive = live(stack.api.url, oic);
    await untilLive(movedLive, formerColleague);
    await untilLive(oicLive, formerColleague);

    await chief.ok(`mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id unit { id } } }`, {
      id: movedUser.id,
      input: { unitId: org.otherStation.id },
    });
    // A second subscription on the same socket (as the client does when a page opens) reads the user again.
    movedLive.client.subscribe({ query: WORK_QUEUE_SUBSCRIPTION }, { next: () => undefined, error: () => undefined, complete: () => undefined });
    await untilLive(movedLive, newColleague, 15);

    const oldUnitsCase = await submitNewPost(formerColleague);
    const newUnitsCase = await submitNewPost(newColleague);
    await oicLive.next((c) => c.caseId === newUnitsCase.id, 'both cases, to the officer in charge');
    await movedLive.next((c) => c.caseId === newUnitsCase.id, "the new unit's case, to the moved officer");
    expect(movedLive.changes().some((c) => c.caseId === oldUnitsCase.id)).toBe(false);
  });

  it('sends nothing for a change that was rolled back (a failed mutation, a failed transaction)', async () => {
    const chiefLive = live(stack.api.url, chief);
    await untilLive(chiefLive, officer);
    const failing = await submitNewPost(officer);
    const rolledBack = await submitNewPost(officer);
    const marker = await submitNewPost(officer);
    await chiefLive.next((c) => c.caseId === marker.id, 'the cases opened');

    // The mutation updates the case's status, then its audit event fails: the transaction rolls back.
    await stack.db.query(`
      CREATE FUNCTION test_fail_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.object_id = '${failing.id}' THEN RAISE EXCEPTION 'audit refused by the test'; END IF;
        RETURN NEW;
      END $$`);
    await stack.db.query(`CREATE TRIGGER test_fail_audit BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION test_fail_audit()`);
    try {
      const res = await oic.request(TAKE, { id: failing.id, v: failing.version });
      expect(res.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await stack.db.query(`DROP TRIGGER test_fail_audit ON audit_events`);
      await stack.db.query(`DROP FUNCTION test_fail_audit()`);
    }
    // A status change in a transaction that then fails.
    await expect(
      stack.db.transaction(async (em) => {
        await em.query(`UPDATE cases SET status = 'SCREENING', version = version + 1 WHERE id = $1`, [rolledBack.id]);
        throw new Error('rolled back on purpose');
      }),
    ).rejects.toThrow('rolled back on purpose');
    const rows: { id: string; status: string }[] = await stack.db.query(`SELECT id, status FROM cases WHERE id = ANY($1::uuid[])`, [[failing.id, rolledBack.id]]);
    expect(rows.map((r) => r.status)).toEqual(['RECEIVED', 'RECEIVED']);

    // A committed change afterwards: once it is heard, anything committed before it would have been.
    await oic.ok(TAKE, { id: marker.id, v: marker.version });
    await chiefLive.next((c) => c.caseId === marker.id && c.toStatus === 'SCREENING', 'the committed take');
    const heard = chiefLive.changes().filter((c) => c.caseId === failing.id || c.caseId === rolledBack.id);
    expect(heard.map((c) => c.toStatus)).toEqual(['RECEIVED', 'RECEIVED']);
  });

  it('coalesces a bulk change into a few events that list every change once', async () => {
    const chiefLive = live(stack.api.url, chief);
    await untilLive(chiefLive, officer);
    const before = chiefLive.events.length;
    const N = 300;
    const ids: { id: string }[] = await stack.db.transaction((em) =>
      em.query(
        `INSERT INTO cases (post_id, post_url, status, first_reported_at)
         SELECT p::text, 'https://x.com/i/web/status/' || p, 'RECEIVED', now()
         FROM generate_series(1920000000000000001::bigint, 1920000000000000000::bigint + $1) AS p
         RETURNING id`,
        [N],
      ),
    );
    const bulk = new Set(ids.map((r) => r.id));
    const counted = () => {
      const burst = chiefLive.events.slice(before);
      return burst.reduce((n, e) => n + e.omitted + e.changes.filter((c) => bulk.has(c.caseId)).length, 0);
    };
    await waitFor(`${N} bulk changes heard`, async () => counted() >= N);
    // A later change as a barrier: nothing more of the bulk can still be on its way.
    const marker = await submitNewPost(officer);
    await chiefLive.next((c) => c.caseId === marker.id, 'the marker');
    const burst = chiefLive.events.slice(before).filter((e) => e.omitted > 0 || e.changes.some((c) => bulk.has(c.caseId)));
    const listed = burst.flatMap((e) => e.changes.map((c) => c.caseId)).filter((id) => bulk.has(id));
    expect(new Set(listed).size).toBe(listed.length);
    expect(counted()).toBe(N);
    // One notification per case, but far fewer events (one per 250 ms window, at most 200 listed each).
    expect(burst.length).toBeLessThanOrEqual(5);
    expect(Math.max(...burst.map((e) => e.changes.length))).toBeLessThanOrEqual(200);
  });

  describe('with a second API copy', () => {
    let copy: RunningApp;
    beforeAll(async () => {
      copy = await startApiServer({ config: stack.config, db: stack.db, logger: createLogger('silent', 'test-copy') });
    });
    afterAll(() => copy?.close());

    it('each copy hears the database itself: every subscriber gets each change exactly once', async () => {
      const onFirst = live(stack.api.url, chief);
      const onSecond = live(copy.url, chief);
      const oicOnSecond = live(copy.url, oic);
      await untilLive(onFirst, officer);
      await untilLive(onSecond, officer);
      await untilLive(oicOnSecond, officer);

      const opened = await submitNewPost(officer);
      await oic.ok(TAKE, { id: opened.id, v: opened.version });
      const marker = await submitNewPost(officer);
      for (const l of [onFirst, onSecond, oicOnSecond]) {
        await l.next((c) => c.caseId === marker.id, 'the marker');
        expect(l.changes().filter((c) => c.caseId === opened.id).map((c) => c.toStatus)).toEqual(['RECEIVED', 'SCREENING']);
        expect(l.changes().filter((c) => c.caseId === marker.id)).toHaveLength(1);
      }
    });
  });

  it('after the listener loses its database connection, subscribers get a resync event, then changes again', async () => {
    const chiefLive = live(stack.api.url, chief);
    await untilLive(chiefLive, officer);
    const killed: { pg_terminate_backend: boolean }[] = await stack.db.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1`,
      [LIVE_QUEUE_APPLICATION_NAME],
    );
    expect(killed.length).toBeGreaterThanOrEqual(1);
    await waitFor('a resync event', async () => chiefLive.events.some((e) => e.resync));
    const opened = await submitNewPost(officer);
    await chiefLive.next((c) => c.caseId === opened.id, 'a change after the reconnect');
  });
});
