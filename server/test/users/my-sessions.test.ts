import { AuditEvent } from '../../src/modules/audit/audit-event.entity';
import { Session } from '../../src/modules/users/session.entity';
import { buildOrganisation, TEST_PASSWORD } from '../factories';
import { startTestStack, type TestStack } from '../harness';

const MY_SESSIONS = `{ mySessions { id createdAt lastSeenAt ip current } }`;
const END = `mutation($id: ID!) { endSession(id: $id) }`;
const END_OTHERS = `mutation { endOtherSessions }`;
const ME = `{ me { id } }`;

interface SessionRow {
  id: string;
  current: boolean;
  ip: string | null;
}

describe('own sessions: mySessions, endSession, endOtherSessions', () => {
  let stack: TestStack;
  let org: Awaited<ReturnType<typeof buildOrganisation>>;
  const codeOf = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    stack = await startTestStack();
    org = await buildOrganisation(stack.db);
  });
  afterAll(() => stack?.close());

  it('lists only the caller’s live sessions, marks the current one, and never shows the token hash', async () => {
    const laptop = await stack.client().login(org.officer.username, TEST_PASSWORD);
    const phone = await stack.client().login(org.officer.username, TEST_PASSWORD);
    await stack.client().login(org.otherOfficer.username, TEST_PASSWORD);
    const ended = await stack.client().login(org.officer.username, TEST_PASSWORD);
    await ended.ok(`mutation { logout }`);

    const fromLaptop: SessionRow[] = (await laptop.ok(MY_SESSIONS)).mySessions;
    const fromPhone: SessionRow[] = (await phone.ok(MY_SESSIONS)).mySessions;
    const stored = await stack.db.getRepository(Session).findBy({ userId: org.officer.id });
    const live = stored.filter((s) => !s.revokedAt);
    expect(fromLaptop.map((s) => s.id).sort()).toEqual(live.map((s) => s.id).sort());
    expect(fromLaptop).toHaveLength(2);
    expect(fromLaptop.filter((s) => s.current)).toHaveLength(1);
    expect(fromPhone.find((s) => s.current)!.id).not.toBe(fromLaptop.find((s) => s.current)!.id);
    expect(fromLaptop[0].ip).toMatch(/127\.0\.0\.1/);
    const hashes = stored.map((s) => s.tokenHash);
    const body = JSON.stringify(fromLaptop);
    for (const h of hashes) expect(body).not.toContain(h);
    for (const s of fromLaptop) expect(s.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('ends one of my other sessions: that cookie stops working, mine keeps working', async () => {
    const laptop = await stack.client().login(org.officerInCharge.username, TEST_PASSWORD);
    const phone = await stack.client().login(org.officerInCharge.username, TEST_PASSWORD);
    const phoneSession = (await phone.ok(MY_SESSIONS)).mySessions.find((s: SessionRow) => s.current);

    expect((await laptop.ok(END, { id: phoneSession.id })).endSession).toBe(true);
    expect(codeOf(await phone.request(ME))).toBe('UNAUTHENTICATED');
    expect((await laptop.ok(ME)).me.id).toBe(org.officerInCharge.id);
    expect(codeOf(await laptop.request(END, { id: phoneSession.id }))).toBe('NOT_FOUND'); // already ended

    const [event] = await stack.db.getRepository(AuditEvent).findBy({ action: 'session.END', objectId: phoneSession.id });
    expect(event).toMatchObject({ actorId: org.officerInCharge.id, objectType: 'Session', after: { current: false } });
  });

  it('cannot touch someone else’s session: NOT_FOUND, and it stays alive', async () => {
    const victim = await stack.client().login(org.chief.username, TEST_PASSWORD);
    const victimSession = (await victim.ok(MY_SESSIONS)).mySessions.find((s: SessionRow) => s.current);
    const attacker = await stack.client().login(org.volunteer.username, TEST_PASSWORD);

    expect(codeOf(await attacker.request(END, { id: victimSession.id }))).toBe('NOT_FOUND');
    expect(codeOf(await attacker.request(END, { id: 'not-a-uuid' }))).toBe('NOT_FOUND');
    expect(await attacker.ok(END_OTHERS)).toEqual({ endOtherSessions: expect.any(Number) });
    expect((await victim.ok(ME)).me.id).toBe(org.chief.id);
    expect((await attacker.ok(MY_SESSIONS)).mySessions.map((s: SessionRow) => s.id)).not.toContain(victimSession.id);
  });

  it('endOtherSessions ends every other session of mine and keeps the current one', async () => {
    const clients = [];
    for (let i = 0; i < 3; i++) clients.push(await stack.client().login(org.otherOfficer.username, TEST_PASSWORD));
    const [keep, ...others] = clients;
    const before = (await keep.ok(MY_SESSIONS)).mySessions.length;
    const { endOtherSessions } = await keep.ok(END_OTHERS);
    expect(endOtherSessions).toBe(before - 1);
    for (const c of others) expect(codeOf(await c.request(ME))).toBe('UNAUTHENTICATED');
    expect((await keep.ok(MY_SESSIONS)).mySessions).toEqual([expect.objectContaining({ current: true })]);
    const [event] = await stack.db.getRepository(AuditEvent).findBy({ action: 'session.END_OTHERS', actorId: org.otherOfficer.id });
    expect(event.after).toMatchObject({ sessionsEnded: before - 1 });
    expect(JSON.stringify(event)).not.toMatch(/[0-9a-f]{64}/); // no token hashes in the log
  });

  it('ending the current session logs me out, and logout is audited', async () => {
    const client = await stack.client().login(org.volunteer.username, TEST_PASSWORD);
    const current = (await client.ok(MY_SESSIONS)).mySessions.find((s: SessionRow) => s.current);
    await client.ok(END, { id: current.id });
    expect(client.sessionCookie).toBeNull();
    expect(codeOf(await client.request(ME))).toBe('UNAUTHENTICATED');

    const other = await stack.client().login(org.volunteer.username, TEST_PASSWORD);
    await other.ok(`mutation { logout }`);
    expect(await stack.db.getRepository(AuditEvent).countBy({ action: 'user.LOGOUT', actorId: org.volunteer.id })).toBe(1);
  });

  it('is refused without a session', async () => {
    const anon = stack.client();
    for (const q of [MY_SESSIONS, END_OTHERS]) expect(codeOf(await anon.request(q))).toBe('UNAUTHENTICATED');
  });
});
