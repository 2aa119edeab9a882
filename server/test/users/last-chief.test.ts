import { Client } from 'pg';
import { Unit, UnitKind } from '../../src/modules/units/unit.entity';
import { Role } from '../../src/modules/users/role';
import { USER_ADMIN_LOCK_KEY } from '../../src/modules/users/user-admin.service';
import { User } from '../../src/modules/users/user.entity';
import { buildUnit, buildUser, TEST_PASSWORD } from '../factories';
import { startTestStack, waitFor, type TestStack } from '../harness';

const DEMOTE = `mutation($id: ID!) { updateUser(id: $id, input: { role: OFFICER_IN_CHARGE }) { id role } }`;
const DEACTIVATE = `mutation($id: ID!) { deactivateUser(id: $id, reason: "異動") { id active } }`;

/**
 * A deployment must never lose its last chief. With one chief the self-rules already refuse it; the
 * last-chief rule matters when two chiefs act on each other at the same moment. Its own database:
 * this file is about the only two chiefs there are.
 */
describe('the last active chief', () => {
  let stack: TestStack;
  let holder: Client;

  beforeAll(async () => {
    stack = await startTestStack();
    holder = new Client({ connectionString: stack.config.databaseUrl });
    await holder.connect();
  });
  afterAll(async () => {
    await holder?.end();
    await stack?.close();
  });

  /** Runs both requests queued behind the user-administration lock, so both are past authentication before either decides. */
  async function race<T>(requests: () => Promise<T>[]): Promise<T[]> {
    await holder.query(`SELECT pg_advisory_lock($1)`, [USER_ADMIN_LOCK_KEY]);
    try {
      let settled = false;
      const running = Promise.all(requests()).finally(() => (settled = true));
      // Without the lock in the code both would simply finish: stop waiting then, and let the assertions say why.
      await waitFor('both requests to wait on the lock', async () => {
        if (settled) return true;
        const { rows } = await holder.query(
          `SELECT count(*)::int AS n FROM pg_locks
            WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
        );
        return rows[0].n === 2;
      });
      await holder.query(`SELECT pg_advisory_unlock($1)`, [USER_ADMIN_LOCK_KEY]);
      return await running;
    } catch (e) {
      await holder.query(`SELECT pg_advisory_unlock_all()`);
      throw e;
    }
  }

  async function twoChiefs() {
    const division =
      (await stack.db.getRepository(Unit).findOneBy({ kind: UnitKind.DIVISION })) ??
      (await buildUnit(stack.db, { kind: UnitKind.DIVISION, name: '生活安全企画課' }));
    // Retire the chiefs of earlier tests, so A and B are the only active ones.
    await stack.db.getRepository(User).update({ role: Role.CHIEF }, { active: false });
    const a = await buildUser(stack.db, { role: Role.CHIEF, unit: division, displayName: '課長 A' });
    const b = await buildUser(stack.db, { role: Role.CHIEF, unit: division, displayName: '課長 B' });
    return {
      a,
      b,
      clientA: await stack.client().login(a.username, TEST_PASSWORD),
      clientB: await stack.client().login(b.username, TEST_PASSWORD),
    };
  }

  const activeChiefs = () => stack.db.getRepository(User).countBy({ role: Role.CHIEF, active: true });

  it('survives two chiefs demoting each other at once: one wins, the other gets CONFLICT', async () => {
    const { a, b, clientA, clientB } = await twoChiefs();
    const results = await race(() => [clientA.request(DEMOTE, { id: b.id }), clientB.request(DEMOTE, { id: a.id })]);
    const refused = results.filter((r) => r.errors?.length);
    expect(results.length - refused.length).toBe(1);
    expect(refused).toHaveLength(1);
    expect(refused[0].errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(refused[0].errors?.[0].message).toMatch(/課長 [AB] is the last active chief/);
    expect(await activeChiefs()).toBe(1);
  });

  it('survives two chiefs deactivating each other at once', async () => {
    const { a, b, clientA, clientB } = await twoChiefs();
    const results = await race(() => [clientA.request(DEACTIVATE, { id: b.id }), clientB.request(DEACTIVATE, { id: a.id })]);
    expect(results.filter((r) => !r.errors?.length)).toHaveLength(1);
    expect(results.find((r) => r.errors?.length)?.errors?.[0].message).toMatch(/is the last active chief/);
    expect(await activeChiefs()).toBe(1);
  });

  it('lets one chief demote the other when they do not race', async () => {
    const { b, clientA } = await twoChiefs();
    expect((await clientA.ok(DEMOTE, { id: b.id })).updateUser.role).toBe('OFFICER_IN_CHARGE');
    expect(await activeChiefs()).toBe(1);
  });
});
