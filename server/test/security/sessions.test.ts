import { loadConfig } from '../../src/core/config/config';
import { Session } from '../../src/modules/users/session.entity';
import { buildOrganisation, buildUser, TEST_PASSWORD } from '../factories';
import { startTestStack, type TestStack } from '../harness';
import { Role } from '../../src/modules/users/role';
import { codeOf, LOGIN, ME } from './support';

/**
 * Sessions (CJIS §5.5.5 session lock, OWASP ASVS V3): a new session ID at every login, idle and
 * absolute expiry from configuration, revocation at once on logout and deactivation, and the
 * cookie's attributes. (Seeing and ending one's own sessions: server/test/users/my-sessions.test.ts.)
 */
describe('sessions', () => {
  let stack: TestStack;
  let org: Awaited<ReturnType<typeof buildOrganisation>>;
  const cookieOf = async (username: string) => {
    const res = await fetch(`${stack.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', cookie: 'pd_session=attacker-chosen-value' },
      body: JSON.stringify({ query: LOGIN, variables: { u: username, p: TEST_PASSWORD } }),
    });
    return res.headers.get('set-cookie')!;
  };
  const sessionOf = async (cookie: string) => {
    const s = stack.client();
    (s as unknown as { cookie: string }).cookie = cookie.split(';')[0];
    return s;
  };

  beforeAll(async () => {
    // A short idle timeout, to show it is read from the configuration.
    stack = await startTestStack({ env: { SESSION_IDLE_MINUTES: '5', SESSION_ABSOLUTE_HOURS: '8' } });
    org = await buildOrganisation(stack.db);
  });
  afterAll(() => stack?.close());

  it('issues a new random session ID at every login and ignores one the client brings (no fixation)', async () => {
    const a = await cookieOf(org.officer.username);
    const b = await cookieOf(org.officer.username);
    expect(a).toMatch(/^pd_session=[A-Za-z0-9_-]{43};/);
    expect(a.split(';')[0]).not.toBe(b.split(';')[0]);
    expect(a).not.toContain('attacker-chosen-value');
    expect(a).toMatch(/HttpOnly/);
    expect(a).toMatch(/SameSite=Strict/);
    expect(a).toMatch(/Path=\//);
    expect(a).toMatch(/Max-Age=28800/); // SESSION_ABSOLUTE_HOURS=8
    expect(a).not.toMatch(/Secure/); // plain HTTP in tests; production sets it:
    expect(loadConfig({ NODE_ENV: 'production', MFA_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64') }).cookieSecure).toBe(true);
    // Only a hash of the token is stored.
    const stored = await stack.db.getRepository(Session).findBy({ userId: org.officer.id });
    expect(stored.map((s) => s.tokenHash)).not.toContain(a.split(';')[0].split('=')[1]);
  });

  it('expires a session idle for longer than SESSION_IDLE_MINUTES, and any session past its absolute end', async () => {
    const idle = await sessionOf(await cookieOf(org.officerInCharge.username));
    const busy = await sessionOf(await cookieOf(org.officerInCharge.username));
    const old = await sessionOf(await cookieOf(org.officerInCharge.username));
    const [idleRow, busyRow, oldRow] = (await stack.db.getRepository(Session).find({ where: { userId: org.officerInCharge.id }, order: { createdAt: 'ASC' } })).slice(-3);
    await stack.db.query(`UPDATE sessions SET last_seen_at = now() - interval '6 minutes' WHERE token_hash = $1`, [idleRow.tokenHash]);
    await stack.db.query(`UPDATE sessions SET last_seen_at = now() - interval '4 minutes' WHERE token_hash = $1`, [busyRow.tokenHash]);
    await stack.db.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE token_hash = $1`, [oldRow.tokenHash]);

    expect(codeOf(await idle.request(ME))).toBe('UNAUTHENTICATED');
    expect((await busy.ok(ME)).me.id).toBe(org.officerInCharge.id); // 4 of 5 minutes: still alive, and the clock is touched
    const [touched] = await stack.db.query(`SELECT last_seen_at > now() - interval '1 minute' AS fresh FROM sessions WHERE token_hash = $1`, [busyRow.tokenHash]);
    expect(touched.fresh).toBe(true);
    expect(codeOf(await old.request(ME))).toBe('UNAUTHENTICATED');
    // Absolute end = creation + SESSION_ABSOLUTE_HOURS, whatever the activity.
    const [fresh] = await stack.db.query(`SELECT extract(epoch FROM expires_at - created_at)::int AS s FROM sessions WHERE token_hash = $1`, [busyRow.tokenHash]);
    expect(Math.abs(fresh.s - 8 * 3600)).toBeLessThan(5);
  });

  it('revokes at once on logout and on deactivation', async () => {
    const user = await buildUser(stack.db, { role: Role.OFFICER, unit: org.station });
    const cookie = await cookieOf(user.username);
    const session = await sessionOf(cookie);
    const other = await sessionOf(await cookieOf(user.username));
    await session.ok(`mutation { logout }`);
    expect(codeOf(await (await sessionOf(cookie)).request(ME))).toBe('UNAUTHENTICATED'); // the same cookie replayed

    const chief = await stack.client().login(org.chief.username, TEST_PASSWORD);
    await chief.ok(`mutation($id: ID!) { deactivateUser(id: $id, reason: "異動") { id } }`, { id: user.id });
    expect(codeOf(await other.request(ME))).toBe('UNAUTHENTICATED');
  });
});
