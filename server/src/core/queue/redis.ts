import { Redis } from 'ioredis';

/**
 * Workers block on Redis and must retry forever (maxRetriesPerRequest: null); producers used
 * from requests fail fast instead of queueing commands in memory while Redis is down.
 */
export function createRedis(url: string, role: 'worker' | 'producer'): Redis {
  return new Redis(url, {
    maxRetriesPerRequest: role === 'worker' ? null : 1,
    enableOfflineQueue: role === 'worker',
    retryStrategy: (times) => Math.min(times * 200, 2000),
    lazyConnect: false,
  });
}
