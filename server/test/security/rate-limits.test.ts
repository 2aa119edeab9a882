import { startApiServer, type RunningApp } from '../../src/core/http/app';
import { createLogger } from '../../src/core/logging/logger';
import { createRedis } from '../../src/core/queue/redis';
import { buildOrganisation, TEST_PASSWORD } from '../factories';
import { GraphQLTestClient, startTestStack, type TestStack } from '../harness';
import { LOGIN } from './support';

/**
 * Rate limits (OWASP ASVS 2.2.1, 11.1.4): logins per client IP and per username, mutations per
 * user and per IP, counted in Redis so that every copy of the API shares them; a typed
 * RATE_LIMITED error with the seconds to wait, HTTP 429 and Retry-After.
 */
describe('rate limits', () => {
  let stack: TestStack;
  let second: RunningApp;
  let org: Awaited<ReturnType<typeof buildOrganisation>>;

  /** A login attempt as if from `ip` (the API trusts X-Forwarded-For from the loopback proxy, as behind nginx). */
  const attempt = (baseUrl: string, ip: string, username: string, password = 'wrong-password-00') =>
    fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', 'x-forwarded-for': ip },
      body: JSON.stringify({ query: LOGIN, variables: { u: username, p: password } }),
    }).then(async (res) => ({ status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as any }));

  beforeAll(async () => {
    stack = await startTestStack({
      env: {
        RATE_LIMIT_LOGIN_PER_IP: '6',
        RATE_LIMIT_LOGIN_PER_USERNAME: '4',
        RATE_LIMIT_LOGIN_WINDOW_SECONDS: '600',
        RATE_LIMIT_MUTATIONS_PER_USER: '5',
        RATE_LIMIT_MUTATIONS_PER_IP: '1000',
        RATE_LIMIT_MUTATIONS_WINDOW_SECONDS: '60',
        // Lockout is tested elsewhere; here it must not get in the way of counting attempts.
        LOGIN_LOCKOUT_ATTEMPTS: '1000',
      },
    });
    // A second copy of the API: same database, same Redis, same key prefix — as behind a load balancer.
    second = await startApiServer({ config: stack.config, db: stack.db, logger: createLogger('silent', 'second') });
    org = await buildOrganisation(stack.db);
  });
  afterAll(async () => {
    await second?.close();
    await stack?.close();
  });

  it('limits logins per client IP, across copies of the API, with a typed error and Retry-After', async () => {
    const ip = '203.0.113.10';
    const names = ['a.one', 'a.two', 'a.three', 'a.four', 'a.five', 'a.six'];
    for (const [i, name] of names.entries()) {
      const res = await attempt(i % 2 ? second.url : stack.api.url, ip, name); // alternate between the copies
      expect(res.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
    const limited = await attempt(second.url, ip, 'a.seven');
    expect(limited.status).toBe(429);
    expect(limited.body.errors[0].extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    expect(limited.body.errors[0].extensions.retryAfterSeconds).toBeGreaterThan(500);
    expect(Number(limited.retryAfter)).toBe(limited.body.errors[0].extensions.retryAfterSeconds);
    expect(limited.body.errors[0].message).toMatch(/Wait \d+ seconds/);
    // Even the right password waits: the limit comes before the password check.
    expect((await attempt(stack.api.url, ip, org.officer.username, TEST_PASSWORD)).status).toBe(429);
    // Another IP is not affected.
    expect((await attempt(stack.api.url, '203.0.113.11', org.officer.username, TEST_PASSWORD)).body.data.login.id).toBe(org.officer.id);
  });

  it('limits logins per username from any number of IPs (password spraying from many addresses)', async () => {
    const target = org.volunteer.username;
    for (let i = 0; i < 4; i++) await attempt(i % 2 ? second.url : stack.api.url, `198.51.100.${i}`, target);
    const limited = await attempt(stack.api.url, '198.51.100.99', target.toUpperCase()); // the same name, however typed
    expect(limited.status).toBe(429);
    expect(limited.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    // Redis holds no username in clear.
    const redisKeys = await redisKeysOf(stack);
    expect(redisKeys.filter((k) => k.includes(':rl:login-username:'))).toHaveLength(new Set([target, 'a.one', 'a.two', 'a.three', 'a.four', 'a.five', 'a.six', org.officer.username]).size);
    expect(redisKeys.some((k) => k.includes(target))).toBe(false);
  });

  it('limits mutations per user, counting each mutation field, across copies', async () => {
    const first = await stack.client().login(org.officerInCharge.username, TEST_PASSWORD); // 1 (login is anonymous: per IP only)
    const other = new GraphQLTestClient(second.url);
    (other as unknown as { cookie: string | null }).cookie = first.sessionCookie;
    expect((await first.request(`mutation { endOtherSessions }`)).errors).toBeUndefined(); // 1
    expect((await other.request(`mutation { a: endOtherSessions b: endOtherSessions }`)).errors).toBeUndefined(); // 3
    expect((await first.request(`mutation { endOtherSessions }`)).errors).toBeUndefined(); // 4
    expect((await other.request(`mutation { endOtherSessions }`)).errors).toBeUndefined(); // 5
    const limited = await first.request(`mutation { endOtherSessions }`);
    expect(limited.status).toBe(429);
    expect(limited.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
    // Queries are not limited, and another user is not affected.
    expect((await first.request(`{ me { id } }`)).data.me.id).toBe(org.officerInCharge.id);
    const chief = await stack.client().login(org.chief.username, TEST_PASSWORD);
    expect((await chief.request(`mutation { endOtherSessions }`)).errors).toBeUndefined();
  });
});

async function redisKeysOf(stack: TestStack): Promise<string[]> {
  const redis = createRedis(stack.config.redisUrl, 'worker');
  try {
    return await redis.keys(`${stack.config.QUEUE_PREFIX}:rl:*`);
  } finally {
    redis.disconnect();
  }
}
