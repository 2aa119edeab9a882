/**
 * Measures the latency of a live alert: from sending the raising mutation (raiseEscalation of a
 * SUICIDE_NOTICE, as an officer, over HTTP) to the alertRaised event arriving at a chief's
 * graphql-ws client. The whole path is real: PostgreSQL (escalation + alert + outbox row in one
 * transaction), the outbox relay (LISTEN/NOTIFY) → BullMQ `alerts` → the worker (notices and
 * delivery rows) → Redis pub/sub → the API's subscription → WebSocket. API, worker and client run
 * in this one process (one CPU's worth of contention included).
 *
 *   npm run build -w server && node server/dist/server/test/alerts/alert-latency.js [samples=120]
 *
 * Uses PostgreSQL and Redis from TEST_PG_URL (default postgres://postgres@127.0.0.1:5432) and
 * REDIS_URL; creates and drops its own database and Redis prefix.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { loadConfig } from '../../src/core/config/config';
import { createDataSource } from '../../src/core/database/data-source';
import { runMigrations } from '../../src/core/database/prepare';
import { startApiServer } from '../../src/core/http/app';
import { createLogger } from '../../src/core/logging/logger';
import { createRedis } from '../../src/core/queue/redis';
import { startWorker } from '../../src/worker';
import { buildOrganisation, TEST_PASSWORD } from '../factories';
import { GraphQLTestClient } from '../harness';
import { subscribeAlerts, waitForRedisSubscriber } from './support';

const SAMPLES = Number(process.argv[2] ?? 120);
const WARMUP = 5;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

async function main(): Promise<void> {
  const pg = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432';
  const name = `pdbench_alerts_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: `${pg}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    DATABASE_URL: `${pg}/${name}`,
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: `pdbench-${randomBytes(4).toString('hex')}`,
    LOG_LEVEL: 'silent',
    MFA_REQUIRED_ROLES: '',
    ALERT_REPEAT_MS: '600000',
    RATE_LIMIT_MUTATIONS_PER_USER: '100000',
    RATE_LIMIT_MUTATIONS_PER_IP: '100000',
  });
  const logger = createLogger('silent', 'bench');
  const db = createDataSource(config.databaseUrl, { poolSize: 10 });
  await db.initialize();
  await runMigrations(db);
  const api = await startApiServer({ config, db, logger });
  const worker = await startWorker(config, logger);
  const latencies: number[] = [];
  try {
    const org = await buildOrganisation(db);
    const chief = await new GraphQLTestClient(api.url).login(org.chief.username, TEST_PASSWORD);
    const officer = await new GraphQLTestClient(api.url).login(org.officer.username, TEST_PASSWORD);
    const live = subscribeAlerts(api.url, chief.sessionCookie!);
    await waitForRedisSubscriber(config.redisUrl, config.QUEUE_PREFIX, org.chief.id);
    for (let i = 0; i < SAMPLES + WARMUP; i++) {
      const postId = String(1_860_000_000_000_000_000n + BigInt(i));
      const sent = Date.now();
      const data = await officer.ok<{ raiseEscalation: { id: string } }>(
        `mutation($input: RaiseEscalationInput!) { raiseEscalation(input: $input) { id } }`,
        { input: { kind: 'SUICIDE_NOTICE', postUrl: `https://x.com/bench/status/${postId}`, summary: 'ベンチマーク' } },
      );
      const escalationId = data.raiseEscalation.id;
      const event = await live.next((e) => e.escalationId === escalationId && e.step === 0, `the alert of sample ${i}`, 30_000);
      const ms = event.receivedAt - sent;
      if (i >= WARMUP) latencies.push(ms);
      await chief.ok(`mutation($id: ID!) { acknowledgeAlert(id: $id) { id } }`, { id: event.alertId });
    }
    await live.close();
  } finally {
    await worker.stop();
    await api.close();
    await db.destroy();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
    const redis = createRedis(config.redisUrl, 'worker');
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${config.QUEUE_PREFIX}:*`, 'COUNT', 500);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
    redis.disconnect();
  }
  const sorted = [...latencies].sort((a, b) => a - b);
  const fmt = (n: number) => `${n.toFixed(1)} ms`;
  console.log(
    JSON.stringify({
      samples: sorted.length,
      p50: fmt(percentile(sorted, 50)),
      p90: fmt(percentile(sorted, 90)),
      p99: fmt(percentile(sorted, 99)),
      min: fmt(sorted[0]!),
      max: fmt(sorted[sorted.length - 1]!),
    }),
  );
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
