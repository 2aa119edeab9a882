import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub } from '@graphql-yoga/subscription';
import type { PubSub } from 'type-graphql';
import { createRedis } from '../queue/redis';
import type { Redis } from 'ioredis';
import type { Logger } from '../logging/logger';

/** Topics of the live events (per-user topics: `<topic>.<userId>`). */
export const Topic = {
  /** An alert delivered to one user (published by the worker, per recipient). */
  ALERT: 'alerts',
} as const;

export const userTopic = (topic: string, userId: string) => `${topic}.${userId}`;

/** The Redis channel of a topic. */
export const pubSubChannel = (prefix: string, routingKey: string) => `${prefix}:pubsub:${routingKey}`;

/**
 * Publishes one event from outside a GraphQL server (the worker), awaiting Redis: the caller learns
 * of a failure instead of an unhandled rejection. Same wire format as the pub/sub (JSON).
 * Returns how many server connections received it.
 */
export function publishEvent(redis: Redis, prefix: string, routingKey: string, payload: unknown): Promise<number> {
  return redis.publish(pubSubChannel(prefix, routingKey), JSON.stringify(payload));
}

export interface AppPubSub extends PubSub {
  close(): Promise<void>;
}

/**
 * Publish/subscribe through Redis, so an event published by the worker (or any API copy) reaches a
 * subscriber connected to any API copy. Every channel name starts with the deployment's
 * QUEUE_PREFIX: deployments and parallel test runs sharing one Redis never hear each other.
 * Two connections: a Redis connection in subscriber mode can do nothing else. Publishing while
 * Redis is down fails fast (the in-app notification rows are the durable record); the subscriber
 * connection reconnects and re-subscribes by itself.
 */
export function createAppPubSub(redisUrl: string, prefix: string, logger: Logger): AppPubSub {
  const publishClient = createRedis(redisUrl, 'producer');
  const subscribeClient = createRedis(redisUrl, 'worker');
  publishClient.on('error', (err) => logger.debug({ err: err.message }, 'redis (pubsub publish) error'));
  subscribeClient.on('error', (err) => logger.debug({ err: err.message }, 'redis (pubsub subscribe) error'));
  const inner = createPubSub({ eventTarget: createRedisEventTarget({ publishClient, subscribeClient }) });
  const channel = (routingKey: string) => pubSubChannel(prefix, routingKey);
  return {
    publish: (routingKey: string, ...args: unknown[]) => (inner.publish as (k: string, ...a: unknown[]) => void)(channel(routingKey), ...args),
    subscribe: (routingKey: string, dynamicId?: unknown) =>
      dynamicId === undefined
        ? (inner.subscribe as (k: string) => AsyncIterable<unknown>)(channel(routingKey))
        : (inner.subscribe as (k: string, id: unknown) => AsyncIterable<unknown>)(channel(routingKey), dynamicId),
    close: async () => {
      publishClient.disconnect();
      subscribeClient.disconnect();
    },
  };
}
