import { AuditEvent } from '../../src/modules/audit/audit-event.entity';
import { disableUnusedAccounts } from '../../src/modules/users/account-inactivity';
import { Role } from '../../src/modules/users/role';
import { Session } from '../../src/modules/users/session.entity';
import { User } from '../../src/modules/users/user.entity';
import { createLogger } from '../../src/core/logging/logger';
import { buildOrganisation, buildUser, TEST_PASSWORD } from '../factories';
import { startTestStack, type GraphQLTestClient, type TestStack } from '../harness';
import { CHANGE_PASSWORD, codeOf, LOGIN, ME, signIn, UNLOCK } from './support';

/**
 * Accounts (CJIS §5.5.3, §5.6.1, §5.6.2.1; OWASP ASVS V2): lockout after 5 failed logins within
 * 15 minutes until the chief unlocks, forced change of initial passwords, the password policy,
 * and disabling accounts unused for 90 days.
 */
describe('accounts: lockout, forced password change, password policy, unused accounts', () => {
  let stack: TestStack;
  let org: Awaited<ReturnType<typeof buildOrganisation>>;
  let chief: GraphQLTestClient;
  const logger = createLogger('silent', 'test');
  const events = (objectId: string) => stack.db.getRepository(AuditEvent).find({ where: { objectId }, order: { id: 'ASC' } });
  const wrong = (username: string) => stack.client().request(LOGIN, { u: username, p: 'not-the-password-0' });

  beforeAll(async () => {
    stack = await startTestStack();
    org = await buildOrganisation(stack.db);
    chief = await stack.client().login(org.chief.username, TEST_PASSWORD);
  });
  afterAll(() => stack?.close());

  describe('lockout', () => {
    it('locks the account at the 5th failed login, keeps refusing the right password, and records it for the chief', async () => {
      const officer = await buildUser(stack.db, { role: Role.OFFICER, unit: org.station });
      for (let i = 0; i < 4; i++) expect(codeOf(await wrong(officer.username))).toBe('UNAUTHENTICATED');
      // Four failures: the right password still works (and a completed login starts the count afresh).
      await stack.client().login(officer.username, TEST_PASSWORD);
      for (let i = 0; i < 4; i++) await wrong(officer.username);
      expect((await stack.db.getRepository(User).findOneByOrFail({ id: officer.id })).lockedAt).toBeNull();

      const fifth = await wrong(officer.username);
      expect(codeOf(fifth)).toBe('UNAUTHENTICATED'); // a wrong password never says more than that
      expect((await stack.db.getRepository(User).findOneByOrFail({ id: officer.id })).lockedAt).toBeInstanceOf(Date);
      const right = await stack.client().request(LOGIN, { u: officer.username, p: TEST_PASSWORD });
      expect(codeOf(right)).toBe('ACCOUNT_LOCKED');
      expect(right.errors?.[0].message).toMatch(/chief/);

      const actions = (await events(officer.id)).map((e) => e.action);
      expect(actions.filter((a) => a === 'user.LOGIN_FAILED')).toHaveLength(9);
      expect(actions.at(-1)).toBe('user.LOCK');
      const [lock] = (await events(officer.id)).filter((e) => e.action === 'user.LOCK');
      expect(lock).toMatchObject({ actorId: null, actorRole: 'SYSTEM', after: { failedAttempts: 5, windowMinutes: 15 } });

      // The chief sees who is locked.
      const locked = await chief.ok(`{ users(filter: { locked: true }, first: 100) { nodes { id lockedAt } } }`);
      expect(locked.users.nodes.map((u: { id: string }) => u.id)).toContain(officer.id);
      // ...and is told at once, in the app.
      const notices = await chief.ok(`{ myNotifications(unreadOnly: true) { kind subjectUser { id } } }`);
      expect(notices.myNotifications).toContainEqual({ kind: 'ACCOUNT_LOCKED', subjectUser: { id: officer.id } });
    });

    it('counts attempts made at the same moment: ten at once still lock the account', async () => {
      const officer = await buildUser(stack.db, { role: Role.OFFICER, unit: org.station });
      await Promise.all(Array.from({ length: 10 }, () => wrong(officer.username)));
      const failures = (await events(officer.id)).filter((e) => e.action === 'user.LOGIN_FAILED');
      expect(failures).toHaveLength(10);
      expect((await events(officer.id)).filter((e) => e.action === 'user.LOCK')).toHaveLength(1);
    });

    it('unlocks only by the chief (unlockUser); then the user logs in and the count starts afresh', async () => {
      const officer = await buildUser(stack.db, { role: Role.OFFICER, unit: org.station });
      for (let i = 0; i < 5; i++) await wrong(officer.username);
      const oic = await stack.client().login(org.officerInCharge.username, TEST_PASSWORD);
      expect(codeOf(await oic.request(UNLOCK, { id: officer.id }))).toBe('FORBIDDEN');

      expect((await chief.ok(UNLOCK, { id: officer.id })).unlockUser).toEqual({ id: officer.id, lockedAt: null });
      expect(codeOf(await chief.request(UNLOCK, { id: officer.id }))).toBe('CONFLICT'); // not locked any more
      expect((await (await stack.client().login(officer.username, TEST_PASSWORD)).ok(ME)).me.id).toBe(officer.id);
      // The failures before the unlock no longer count: four more do not lock it again.
      for (let i = 0; i < 4; i++) await wrong(officer.username);
      expect((await stack.db.getRepository(User).findOneByOrFail({ id: officer.id })).lockedAt).toBeNull();
      const [unlock] = (await events(officer.id)).filter((e) => e.action === 'user.UNLOCK');
      expect(unlock).toMatchObject({ actorId: org.chief.id, after: { locked: false } });
    });

    it('does not reveal which usernames exist: an unknown name answers like a wrong password, and is audited without the name', async () => {
      const res = await stack.client().request(LOGIN, { u: 'nobody.here', p: 'whatever-password-1' });
      expect(codeOf(res)).toBe('UNAUTHENTICATED');
      expect(res.errors?.[0].message).toBe('The username or password is wrong.');
      const [event] = await stack.db.getRepository(AuditEvent).find({ where: { action: 'auth.LOGIN_FAILED' }, order: { id: 'DESC' }, take: 1 });
      expect(event).toMatchObject({ objectType: 'Login', objectId: 'unknown-user', actorRole: 'ANONYMOUS' });
      expect(JSON.stringify(event)).not.toContain('nobody.here');
    });
  });

  describe('forced password change', () => {
    const created = async (role = 'OFFICER') => {
      const username = `new.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
      const unitId = role === 'OFFICER' ? org.station.id : org.division.id;
      await chief.ok(`mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, {
        i: { username, displayName: '新任 職員', role, unitId, initialPassword: 'initial-password-from-chief' },
      });
      return username;
    };

    it('answers PASSWORD_CHANGE_REQUIRED to everything but changePassword until the initial password is changed', async () => {
      const username = await created();
      const client = stack.client();
      expect((await signIn(client, username, 'initial-password-from-chief')).data.signIn).toEqual({ step: 'PASSWORD_CHANGE_REQUIRED', user: null });
      const pendingCookie = client.sessionCookie;
      for (const query of [ME, `{ units { id } }`, `mutation { submitReport(input: { url: "https://x.com/a/status/1" }) { duplicate } }`, `{ mySessions { id } }`]) {
        expect(codeOf(await client.request(query))).toBe('PASSWORD_CHANGE_REQUIRED');
      }
      // Other routes do not see a half-logged-in session at all.
      const queues = await fetch(`${stack.api.url}/admin/queues`, { headers: { cookie: pendingCookie! } });
      expect(queues.status).toBe(401);

      const weak = await client.request(CHANGE_PASSWORD, { current: 'initial-password-from-chief', next: 'password2026' });
      expect(weak.errors?.[0].extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'newPassword' });
      const same = await client.request(CHANGE_PASSWORD, { current: 'initial-password-from-chief', next: 'initial-password-from-chief' });
      expect(same.errors?.[0].extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'newPassword' });
      const badCurrent = await client.request(CHANGE_PASSWORD, { current: 'not-the-initial-one', next: 'a-phrase-of-my-own-7' });
      expect(badCurrent.errors?.[0].extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'currentPassword' });

      const done = await client.ok(CHANGE_PASSWORD, { current: 'initial-password-from-chief', next: 'a-phrase-of-my-own-7' });
      expect(done.changePassword).toEqual({ step: 'DONE', user: { id: expect.any(String) } });
      expect(client.sessionCookie).not.toBe(pendingCookie); // a new session ID once the step is passed
      expect((await client.ok(ME)).me.role).toBe('OFFICER');
      const stale = stack.client();
      (stale as unknown as { cookie: string }).cookie = pendingCookie!;
      expect(codeOf(await stale.request(ME))).toBe('UNAUTHENTICATED');

      // The next login goes straight in with the new password; the initial one is gone.
      expect(codeOf(await stack.client().request(LOGIN, { u: username, p: 'initial-password-from-chief' }))).toBe('UNAUTHENTICATED');
      expect((await (await stack.client().login(username, 'a-phrase-of-my-own-7')).ok(ME)).me.role).toBe('OFFICER');
    });

    it('also answers the step on the old login mutation, with the session for that step', async () => {
      const username = await created();
      const client = stack.client();
      const res = await client.request(LOGIN, { u: username, p: 'initial-password-from-chief' });
      expect(codeOf(res)).toBe('PASSWORD_CHANGE_REQUIRED');
      expect(res.data).toBeNull();
      expect(client.sessionCookie).toBeTruthy();
      expect((await client.ok(CHANGE_PASSWORD, { current: 'initial-password-from-chief', next: 'a-phrase-of-my-own-8' })).changePassword.step).toBe('DONE');
    });

    it('lets every role change its own password, ending its other sessions', async () => {
      const user = await buildUser(stack.db, { role: Role.VOLUNTEER, unit: org.station });
      const laptop = await stack.client().login(user.username, TEST_PASSWORD);
      const phone = await stack.client().login(user.username, TEST_PASSWORD);
      await laptop.ok(CHANGE_PASSWORD, { current: TEST_PASSWORD, next: 'volunteer-own-phrase-3' });
      expect((await laptop.ok(ME)).me.id).toBe(user.id);
      expect(codeOf(await phone.request(ME))).toBe('UNAUTHENTICATED');
      const [event] = (await events(user.id)).filter((e) => e.action === 'user.CHANGE_PASSWORD');
      expect(event.after).toEqual({ passwordChanged: true, otherSessionsEnded: 1 });
      expect(JSON.stringify(await events(user.id))).not.toMatch(/volunteer-own-phrase|argon2/);
    });

    it('refuses common and too-short initial passwords when the chief creates a user', async () => {
      for (const initialPassword of ['password1234', 'qwertyuiop12', 'short-one']) {
        const res = await chief.request(`mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, {
          i: { username: `weak.${Math.random().toString(36).slice(2, 8)}`, displayName: 'X', role: 'OFFICER', unitId: org.station.id, initialPassword },
        });
        expect(res.errors?.[0].extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'initialPassword' });
      }
    });
  });

  describe('unused accounts (90 days)', () => {
    const age = (id: string, days: number) =>
      stack.db.query(`UPDATE users SET created_at = now() - make_interval(days => $2), last_login_at = now() - make_interval(days => $2) WHERE id = $1`, [id, days]);

    it('refuses the login of an account unused for 90 days with a clear message, until the chief reactivates it', async () => {
      const officer = await buildUser(stack.db, { role: Role.OFFICER, unit: org.station });
      const session = await stack.client().login(officer.username, TEST_PASSWORD);
      await age(officer.id, 91);
      const res = await stack.client().request(LOGIN, { u: officer.username, p: TEST_PASSWORD });
      expect(codeOf(res)).toBe('ACCOUNT_DISABLED');
      expect(res.errors?.[0].message).toMatch(/90 days.*chief/);
      expect(codeOf(await session.request(ME))).toBe('UNAUTHENTICATED'); // its sessions ended with it
      const user = await chief.ok(`query($id: ID!) { user(id: $id) { active deactivationKind deactivationReason lastLoginAt } }`, { id: officer.id });
      expect(user.user).toMatchObject({ active: false, deactivationKind: 'INACTIVITY', deactivationReason: expect.stringMatching(/90 days/) });
      // A wrong password still says nothing about the account.
      expect(codeOf(await wrong(officer.username))).toBe('UNAUTHENTICATED');

      await chief.ok(`mutation($id: ID!) { reactivateUser(id: $id) { id } }`, { id: officer.id });
      expect((await (await stack.client().login(officer.username, TEST_PASSWORD)).ok(ME)).me.id).toBe(officer.id);
    });

    it('the scheduled check disables every unused account (sessions ended, audited) but keeps one active chief', async () => {
      const unusedOfficer = await buildUser(stack.db, { role: Role.OFFICER, unit: org.otherStation });
      const usedOfficer = await buildUser(stack.db, { role: Role.OFFICER, unit: org.otherStation });
      const unusedSession = await stack.client().login(unusedOfficer.username, TEST_PASSWORD);
      await age(unusedOfficer.id, 120);
      await age(usedOfficer.id, 30);
      // Every chief unused: the most recently active one stays.
      const chiefs: { id: string }[] = await stack.db.query(`SELECT id FROM users WHERE role = 'CHIEF' AND active`);
      for (const [i, c] of chiefs.entries()) await age(c.id, 200 + i);

      const disabled = await disableUnusedAccounts(stack.db, logger, 90);
      expect(disabled).toContain(unusedOfficer.id);
      expect(disabled).not.toContain(usedOfficer.id);
      const [{ n }] = await stack.db.query(`SELECT count(*)::int AS n FROM users WHERE role = 'CHIEF' AND active`);
      expect(n).toBe(1);
      const [event] = (await events(unusedOfficer.id)).filter((e) => e.action === 'user.DISABLE_UNUSED');
      expect(event).toMatchObject({ actorRole: 'SYSTEM', after: { active: false, deactivationKind: 'INACTIVITY', inactivityDays: 90 } });
      expect(await disableUnusedAccounts(stack.db, logger, 90)).toEqual([]); // a re-run changes nothing
      expect(codeOf(await unusedSession.request(ME))).toBe('UNAUTHENTICATED');
      expect((await stack.db.getRepository(Session).findBy({ userId: unusedOfficer.id })).every((s) => s.revokedAt)).toBe(true);

      // Put the chiefs back for the other tests.
      await stack.db.query(`UPDATE users SET active = true, deactivation_kind = NULL, last_login_at = now() WHERE role = 'CHIEF'`);
    });
  });
});
