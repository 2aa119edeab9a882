import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { Config } from '../config/config';
import { AppError } from '../errors/errors';
import type { Logger } from '../logging/logger';

/**
 * Rate limits on logins and mutations, per user and per client IP (OWASP ASVS 2.2.1, 11.1.4).
 * Counters live in Redis, so every copy of the API counts the same attempts; keys carry
 * QUEUE_PREFIX so deployments and test runs sharing a Redis never mix. If Redis is unreachable,
 * each copy falls back to counting in its own memory (the "insurance" limiter) rather than failing
 * every login.
 */
export type LimitName = 'login-ip' | 'login-username' | 'mutation-user' | 'mutation-ip';

export class RateLimited extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super('RATE_LIMITED', `Too many requests. Wait ${retryAfterSeconds} seconds, then try again.`, {
      retryAfterSeconds,
      // Apollo Server turns this into the HTTP status and header, and leaves it out of the body.
      http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
    });
  }
}

/** Usernames are hashed in keys: Redis never holds what someone typed into the username field. */
const keyOf = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 32);

export class RateLimits {
  private readonly limiters: Record<LimitName, RateLimiterRedis>;

  constructor(
    redis: Redis,
    config: Config,
    private readonly logger: Logger,
  ) {
    const make = (name: LimitName, points: number, duration: number) =>
      new RateLimiterRedis({
        storeClient: redis,
        keyPrefix: `${config.QUEUE_PREFIX}:rl:${name}`,
        points,
        duration,
        rejectIfRedisNotReady: true,
        insuranceLimiter: new RateLimiterMemory({ keyPrefix: name, points, duration }),
      });
    this.limiters = {
      'login-ip': make('login-ip', config.RATE_LIMIT_LOGIN_PER_IP, config.RATE_LIMIT_LOGIN_WINDOW_SECONDS),
      'login-username': make('login-username', config.RATE_LIMIT_LOGIN_PER_USERNAME, config.RATE_LIMIT_LOGIN_WINDOW_SECONDS),
      'mutation-user': make('mutation-user', config.RATE_LIMIT_MUTATIONS_PER_USER, config.RATE_LIMIT_MUTATIONS_WINDOW_SECONDS),
      'mutation-ip': make('mutation-ip', config.RATE_LIMIT_MUTATIONS_PER_IP, config.RATE_LIMIT_MUTATIONS_WINDOW_SECONDS),
    };
  }

  /**
   * Counts `points` against each limit; throws RATE_LIMITED (with the wait in seconds) when one is spent.
   * In turn by default: a refused request is not counted against the later limits (a blocked IP
   * never uses up a username's login attempts). `together`: all at once, one Redis round trip of
   * latency instead of one per limit, for the hot path of mutations.
   */
  async consume(checks: Array<[LimitName, string | null | undefined]>, points = 1, mode: 'in-turn' | 'together' = 'in-turn'): Promise<void> {
    const active = checks.filter((c): c is [LimitName, string] => !!c[1]);
    const take = ([name, key]: [LimitName, string]) => this.limiters[name].consume(name === 'login-username' ? keyOf(key) : key, points);
    const settle = (name: LimitName, rejection: unknown): number => {
      if (rejection instanceof RateLimiterRes) {
        this.logger.warn({ limit: name }, 'rate limit reached');
        return rejection.msBeforeNext;
      }
      // Neither Redis nor the memory fallback answered: let the request through rather than lock everyone out.
      this.logger.error({ limit: name, err: (rejection as Error)?.message }, 'rate limiter unavailable');
      return 0;
    };
    let waitMs = 0;
    if (mode === 'together') {
      const outcomes = await Promise.allSettled(active.map(take));
      outcomes.forEach((o, i) => {
        if (o.status === 'rejected') waitMs = Math.max(waitMs, settle(active[i][0], o.reason));
      });
    } else {
      for (const check of active) {
        waitMs = await take(check).then(() => 0, (rejection: unknown) => settle(check[0], rejection));
        if (waitMs > 0) break;
      }
    }
    if (waitMs > 0) throw new RateLimited(Math.max(1, Math.ceil(waitMs / 1000)));
  }

  /** Login attempts: per client IP and per username typed. */
  consumeLogin(ip: string | null, username: string): Promise<void> {
    return this.consume([
      ['login-ip', ip],
      ['login-username', username],
    ]);
  }
}
