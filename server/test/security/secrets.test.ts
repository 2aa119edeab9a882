import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { totpCode } from '../../src/core/auth/totp';
import { CaseStatus } from '../../src/modules/cases/case-enums';
import { buildOrganisation, TEST_PASSWORD } from '../factories';
import { startTestStack, waitFor, type GraphQLTestClient, type TestStack } from '../harness';
import { addQualifyingPost, screeningCase, warn } from '../replies/support';
import { CHANGE_PASSWORD, CONFIRM_ENROLMENT, LOGIN, signIn, START_ENROLMENT, VERIFY_MFA } from './support';

/**
 * No secret in the logs or in the repository (OWASP ASVS 7.1.1, CJIS §5.10.1.2): a flow through
 * logins (wrong, right, initial, changed), the second factor, a warning posted to X by the worker
 * with OAuth credentials, and a rate-limited attempt runs with LOG_LEVEL=debug while every line the
 * API and the worker log is captured; none may contain a configured secret, a password used, a
 * session token, a TOTP secret, a recovery code or a password hash.
 */
const ROOT = path.resolve(__dirname, '../../..');

describe('secrets', () => {
  let stack: TestStack;
  let captured = '';
  const secret = (name: string) => `${name}-${randomBytes(12).toString('hex')}`;
  const X = {
    X_APP_KEY: secret('appkey'),
    X_APP_SECRET: secret('appsecret'),
    X_ACCESS_TOKEN: secret('accesstoken'),
    X_ACCESS_SECRET: secret('accesssecret'),
  };
  const MFA_ENCRYPTION_KEY = randomBytes(32).toString('base64');
  const seen: string[] = []; // every other secret the flow handles

  beforeAll(async () => {
    stack = await startTestStack({
      worker: true,
      logDestination: { write: (line: string) => void (captured += line) },
      env: {
        LOG_LEVEL: 'debug',
        ...X,
        MFA_ENCRYPTION_KEY,
        MFA_REQUIRED_ROLES: 'CHIEF',
        RATE_LIMIT_LOGIN_PER_USERNAME: '8',
        X_REQUEST_TIMEOUT_MS: '1500',
        REPLY_LOOKUP_GRACE_MS: '0',
      },
    });
  });
  afterAll(() => stack?.close());

  const cookieOf = (c: GraphQLTestClient) => {
    if (c.sessionCookie) seen.push(c.sessionCookie.split('=')[1]);
    return c;
  };

  it('never logs a secret, a password, a session token, a TOTP secret or a recovery code (LOG_LEVEL=debug)', async () => {
    const org = await buildOrganisation(stack.db);
    seen.push(TEST_PASSWORD);

    // Wrong passwords, a wrong username, a lockout (5 failures) and a rate limit (8 attempts per username).
    const wrongPassword = secret('wrong-password');
    seen.push(wrongPassword);
    await stack.client().request(LOGIN, { u: org.officer.username, p: wrongPassword });
    await stack.client().request(LOGIN, { u: `${wrongPassword}-as-username`, p: wrongPassword });
    for (let i = 0; i < 9; i++) await stack.client().request(LOGIN, { u: org.volunteer.username, p: wrongPassword });

    // The chief: first login enrols the second factor; the secret and the recovery codes are shown once.
    const chief = stack.client();
    await signIn(chief, org.chief.username, TEST_PASSWORD);
    cookieOf(chief);
    const { startMfaEnrolment } = await chief.ok(START_ENROLMENT);
    seen.push(startMfaEnrolment.secret);
    const at = Date.now();
    const enrolled = await chief.ok(CONFIRM_ENROLMENT, { code: totpCode(startMfaEnrolment.secret, at) });
    seen.push(...enrolled.confirmMfaEnrolment.recoveryCodes);
    cookieOf(chief);
    const again = stack.client();
    await signIn(again, org.chief.username, TEST_PASSWORD);
    await again.ok(VERIFY_MFA, { code: totpCode(startMfaEnrolment.secret, at + 30_000) });
    cookieOf(again);

    // A new user with an initial password, changed at the first login.
    const initial = secret('initial-password');
    const chosen = secret('chosen-password');
    seen.push(initial, chosen);
    await again.ok(`mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, {
      i: { username: 'log.check', displayName: 'ログ 確認', role: 'OFFICER', unitId: org.station.id, initialPassword: initial },
    });
    const newcomer = stack.client();
    await signIn(newcomer, 'log.check', initial);
    cookieOf(newcomer);
    await newcomer.ok(CHANGE_PASSWORD, { current: initial, next: chosen });
    cookieOf(newcomer);

    // A warning posted to X by the worker, signed with the OAuth credentials.
    const oic = cookieOf(await stack.client().login(org.officerInCharge.username, TEST_PASSWORD));
    const post = addQualifyingPost(stack);
    const c = await screeningCase(stack.db, post.id, org.officerInCharge);
    expect((await warn(oic, c.id, c.version)).errors).toBeUndefined();
    await waitFor('the reply to be posted', async () => {
      const [row] = await stack.db.query(`SELECT status FROM cases WHERE id = $1`, [c.id]);
      return row.status === CaseStatus.WARNING_POSTED;
    });
    await oic.ok(`mutation { logout }`);

    const hashes: { password_hash: string }[] = await stack.db.query(`SELECT password_hash FROM users`);
    const forbidden = [...Object.values(X), MFA_ENCRYPTION_KEY, ...seen, ...hashes.map((h) => h.password_hash)];

    // The capture works: debug lines from the API and the worker are there.
    const lines = captured.split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThanOrEqual(5);
    expect(lines.some((l) => JSON.parse(l).level === 20)).toBe(true); // debug
    expect(captured).toMatch(/rate limit reached/);
    expect(captured).toMatch(/account locked/);
    expect(captured).toMatch(/reply|relay|outbox/i);

    const leaks = forbidden.filter((s) => s && captured.includes(s));
    expect(leaks).toEqual([]);
    expect(captured).not.toMatch(/\$argon2id\$|pd_session=|oauth_signature|oauth_token=|authorization/i);
  });

  it('keeps no secret in the repository: no private keys, tokens or .env files are tracked', () => {
    let files: string[];
    try {
      files = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\0').filter(Boolean);
    } catch {
      // Not a git checkout (an exported tree): scan nothing rather than guess which files are the project's.
      return;
    }
    expect(files.filter((f) => /(^|\/)\.env($|\.)/.test(f) && !f.endsWith('.env.example'))).toEqual([]);
    const patterns: Array<[string, RegExp]> = [
      ['private key', /-----BEGIN [A-Z ]*PRIVATE KEY-----/],
      ['AWS access key', /\bAKIA[0-9A-Z]{16}\b/],
      ['GitHub token', /\bgh[pousr]_[A-Za-z0-9]{36,}\b/],
      ['Slack token', /\bxox[abposr]-[A-Za-z0-9-]{10,}/],
      ['X bearer token', /\bAAAAAAAAAAAAAAAAAAAAA[A-Za-z0-9%]{30,}/],
      ['npm token', /\bnpm_[A-Za-z0-9]{36}\b/],
      ['password in a URL', /\b(postgres|postgresql|redis|amqp):\/\/[^:\s/]+:(?!\$\{|patrol-desk-local@)[^@\s/]{6,}@/],
    ];
    const found: string[] = [];
    for (const file of files) {
      if (/\.(png|jpe?g|gif|ico|woff2?|ttf|lock)$/.test(file) || file.endsWith('package-lock.json')) continue;
      let text: string;
      try {
        text = readFileSync(path.join(ROOT, file), 'utf8');
      } catch {
        continue; // deleted in the work tree
      }
      for (const [what, re] of patterns) if (re.test(text)) found.push(`${file}: ${what}`);
    }
    expect(found).toEqual([]);
  });
});
