import { totpCode } from '../../src/core/auth/totp';
import { AuditEvent } from '../../src/modules/audit/audit-event.entity';
import { Role } from '../../src/modules/users/role';
import { User } from '../../src/modules/users/user.entity';
import { buildOrganisation, buildUser, TEST_PASSWORD } from '../factories';
import { startTestStack, type TestStack } from '../harness';
import { CONFIRM_ENROLMENT, codeOf, ME, signIn, START_ENROLMENT, VERIFY_MFA } from './support';

/**
 * The TOTP second factor (CJIS §5.6.2.2, OWASP ASVS 2.8): required for officers in charge and the
 * chief (MFA_REQUIRED_ROLES, on here as in production), optional for the others; enrolment, login
 * step 2, single-use codes and recovery codes, and the chief's reset.
 */
describe('second factor (TOTP)', () => {
  let stack: TestStack;
  let org: Awaited<ReturnType<typeof buildOrganisation>>;

  beforeAll(async () => {
    stack = await startTestStack({ env: { MFA_REQUIRED_ROLES: 'OFFICER_IN_CHARGE,CHIEF' } });
    org = await buildOrganisation(stack.db);
  });
  afterAll(() => stack?.close());

  /** Signs in and enrols (the first login of a role that requires a second factor). */
  async function enrol(username: string) {
    const client = stack.client();
    expect((await signIn(client, username, TEST_PASSWORD)).data.signIn.step).toBe('MFA_ENROLMENT_REQUIRED');
    const { startMfaEnrolment } = await client.ok(START_ENROLMENT);
    const at = Date.now();
    const code = totpCode(startMfaEnrolment.secret, at);
    const confirmed = await client.ok(CONFIRM_ENROLMENT, { code });
    return { client, secret: startMfaEnrolment.secret as string, code, at, recoveryCodes: confirmed.confirmMfaEnrolment.recoveryCodes as string[] };
  }

  it('makes an officer in charge enrol at the first login: secret and otpauth URI, confirmed by a code; recovery codes stored hashed', async () => {
    const oic = await buildUser(stack.db, { role: Role.OFFICER_IN_CHARGE, unit: org.division });
    const client = stack.client();
    expect((await signIn(client, oic.username, TEST_PASSWORD)).data.signIn).toEqual({ step: 'MFA_ENROLMENT_REQUIRED', user: null });
    expect(codeOf(await client.request(ME))).toBe('MFA_ENROLMENT_REQUIRED');
    expect(codeOf(await client.request(`{ reviewQueue { nodes { id } } }`))).toBe('MFA_ENROLMENT_REQUIRED');

    const { startMfaEnrolment: enrolment } = await client.ok(START_ENROLMENT);
    expect(enrolment.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(enrolment.otpauthUri).toBe(
      `otpauth://totp/Patrol%20Desk:${oic.username}?secret=${enrolment.secret}&period=30&digits=6&algorithm=SHA1&issuer=Patrol%20Desk`,
    );
    const wrongCode = await client.request(CONFIRM_ENROLMENT, { code: '000000' === totpCode(enrolment.secret) ? '111111' : '000000' });
    expect(wrongCode.errors?.[0].extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'code' });

    const pendingCookie = client.sessionCookie;
    const { confirmMfaEnrolment } = await client.ok(CONFIRM_ENROLMENT, { code: totpCode(enrolment.secret) });
    expect(confirmMfaEnrolment.step).toBe('DONE');
    expect(confirmMfaEnrolment.user).toEqual({ id: oic.id });
    expect(confirmMfaEnrolment.recoveryCodes).toHaveLength(10);
    expect(client.sessionCookie).not.toBe(pendingCookie);
    expect((await client.ok(ME)).me.id).toBe(oic.id);
    expect((await client.ok(`{ me { mfaEnabled mfaRequired } }`)).me).toEqual({ mfaEnabled: true, mfaRequired: true });

    // At rest: the secret encrypted, the recovery codes as hashes only.
    const [row] = await stack.db.query(`SELECT totp_secret FROM users WHERE id = $1`, [oic.id]);
    expect(row.totp_secret).toMatch(/^v1\./);
    expect(row.totp_secret).not.toContain(enrolment.secret);
    const stored = JSON.stringify(await stack.db.query(`SELECT * FROM mfa_recovery_codes WHERE user_id = $1`, [oic.id]));
    for (const code of confirmMfaEnrolment.recoveryCodes) expect(stored).not.toContain(code);
    const audit = JSON.stringify(await stack.db.getRepository(AuditEvent).findBy({ objectId: oic.id }));
    expect(audit).not.toContain(enrolment.secret);
    expect(audit).toContain('user.MFA_ENABLE');
  });

  it('asks for the code at every later login; a code works once, a recovery code works once', async () => {
    const oic = await buildUser(stack.db, { role: Role.OFFICER_IN_CHARGE, unit: org.division });
    const { client: first, secret, code: enrolmentCode, at, recoveryCodes } = await enrol(oic.username);
    await first.ok(`mutation { logout }`);

    const second = stack.client();
    expect((await signIn(second, oic.username, TEST_PASSWORD)).data.signIn).toEqual({ step: 'MFA_CODE_REQUIRED', user: null });
    expect(codeOf(await second.request(ME))).toBe('MFA_REQUIRED');
    expect((await second.request(VERIFY_MFA, { code: '12345' })).errors?.[0].extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'code' });
    // The code of the enrolment was used: it is refused even within its 30 seconds; the next step's code works.
    const replayed = await second.request(VERIFY_MFA, { code: enrolmentCode });
    expect(codeOf(replayed)).toBe('INVALID_INPUT');
    const next = totpCode(secret, at + 30_000);
    expect((await second.ok(VERIFY_MFA, { code: next })).verifyMfa).toEqual({ step: 'DONE', user: { id: oic.id } });
    expect((await second.ok(ME)).me.id).toBe(oic.id);

    const third = stack.client();
    await signIn(third, oic.username, TEST_PASSWORD);
    expect(codeOf(await third.request(VERIFY_MFA, { code: next }))).toBe('INVALID_INPUT'); // no replay
    expect((await third.ok(VERIFY_MFA, { code: recoveryCodes[0].toLowerCase() })).verifyMfa.step).toBe('DONE');

    const fourth = stack.client();
    await signIn(fourth, oic.username, TEST_PASSWORD);
    expect(codeOf(await fourth.request(VERIFY_MFA, { code: recoveryCodes[0] }))).toBe('INVALID_INPUT'); // single use
    expect((await fourth.ok(VERIFY_MFA, { code: recoveryCodes[1] })).verifyMfa.step).toBe('DONE');
    const [verify] = await stack.db.getRepository(AuditEvent).find({ where: { objectId: oic.id, action: 'user.MFA_VERIFY' }, order: { id: 'DESC' }, take: 1 });
    expect(verify.after).toEqual({ method: 'RECOVERY_CODE', recoveryCodesLeft: 8 });
  });

  it('counts wrong codes towards the lockout: five lock the account', async () => {
    const oic = await buildUser(stack.db, { role: Role.OFFICER_IN_CHARGE, unit: org.division });
    const { secret } = await enrol(oic.username);
    const client = stack.client();
    await signIn(client, oic.username, TEST_PASSWORD);
    const wrong = totpCode(secret) === '999999' ? '999998' : '999999';
    for (let i = 0; i < 4; i++) expect(codeOf(await client.request(VERIFY_MFA, { code: wrong }))).toBe('INVALID_INPUT');
    expect(codeOf(await client.request(VERIFY_MFA, { code: wrong }))).toBe('ACCOUNT_LOCKED');
    expect(codeOf(await client.request(VERIFY_MFA, { code: totpCode(secret, Date.now() + 30_000) }))).toBe('ACCOUNT_LOCKED');
    expect((await stack.db.getRepository(User).findOneByOrFail({ id: oic.id })).lockedAt).toBeInstanceOf(Date);
  });

  it('lets the chief reset a lost second factor: sessions end and the next login enrols again', async () => {
    const { client: chief } = await enrol(org.chief.username);
    const oic = await buildUser(stack.db, { role: Role.OFFICER_IN_CHARGE, unit: org.division });
    const { client: oicClient } = await enrol(oic.username);
    const reset = await chief.ok(`mutation($id: ID!) { resetUserMfa(id: $id) { id mfaEnabled } }`, { id: oic.id });
    expect(reset.resetUserMfa).toEqual({ id: oic.id, mfaEnabled: false });
    expect(codeOf(await oicClient.request(ME))).toBe('UNAUTHENTICATED');
    expect(await stack.db.query(`SELECT * FROM mfa_recovery_codes WHERE user_id = $1`, [oic.id])).toEqual([]);
    expect((await signIn(stack.client(), oic.username, TEST_PASSWORD)).data.signIn.step).toBe('MFA_ENROLMENT_REQUIRED');

    const officerClient = await stack.client().login(org.officer.username, TEST_PASSWORD);
    expect(codeOf(await officerClient.request(`mutation($id: ID!) { resetUserMfa(id: $id) { id } }`, { id: oic.id }))).toBe('FORBIDDEN');
  });

  it('is optional for officers: enrol, then switch it off with the password; required roles may not switch it off', async () => {
    const officer = await buildUser(stack.db, { role: Role.OFFICER, unit: org.station });
    const client = await stack.client().login(officer.username, TEST_PASSWORD); // no step for an optional role
    expect((await client.ok(`{ me { mfaEnabled mfaRequired } }`)).me).toEqual({ mfaEnabled: false, mfaRequired: false });
    const { startMfaEnrolment } = await client.ok(START_ENROLMENT);
    const confirmed = await client.ok(CONFIRM_ENROLMENT, { code: totpCode(startMfaEnrolment.secret) });
    expect(confirmed.confirmMfaEnrolment).toMatchObject({ step: 'DONE', recoveryCodes: expect.any(Array) });
    expect(codeOf(await client.request(START_ENROLMENT))).toBe('CONFLICT');

    const later = stack.client();
    expect((await signIn(later, officer.username, TEST_PASSWORD)).data.signIn.step).toBe('MFA_CODE_REQUIRED');
    await later.ok(VERIFY_MFA, { code: totpCode(startMfaEnrolment.secret, Date.now() + 30_000) });

    expect(codeOf(await later.request(`mutation { disableMfa(password: "not-my-password-1") }`))).toBe('INVALID_INPUT');
    expect((await later.ok(`mutation($p: String!) { disableMfa(password: $p) }`, { p: TEST_PASSWORD })).disableMfa).toBe(true);
    expect((await signIn(stack.client(), officer.username, TEST_PASSWORD)).data.signIn.step).toBe('DONE');

    const oic = await buildUser(stack.db, { role: Role.OFFICER_IN_CHARGE, unit: org.division });
    const { client: oicClient } = await enrol(oic.username);
    expect(codeOf(await oicClient.request(`mutation($p: String!) { disableMfa(password: $p) }`, { p: TEST_PASSWORD }))).toBe('FORBIDDEN');
  });

  it('shows whether a second factor is set up only to the user and the chief', async () => {
    const officer = await stack.client().login(org.officer.username, TEST_PASSWORD);
    const other = await officer.request(`query($id: ID!) { user(id: $id) { mfaEnabled } }`, { id: org.officerInCharge.id });
    expect(codeOf(other)).toBe('FORBIDDEN'); // the user query itself is the chief's
    expect((await officer.ok(`{ me { mfaEnabled } }`)).me.mfaEnabled).toBe(false);
  });
});
