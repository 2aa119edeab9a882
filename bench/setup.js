'use strict';
/** Shared by the benchmark's steps: the bench user, the server's environment, logging in, picking cases. */
require('reflect-metadata');
const path = require('node:path');
const { randomBytes } = require('node:crypto');
const { Client } = require('pg');

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'server/dist/server/src');
const BENCH_USER = 'bench.oic';
const BENCH_PASSWORD = 'patrol-bench-2026';

/** The benchmark's own officer in charge (division), with a known password. */
async function ensureBenchUser(databaseUrl) {
  const { hashPassword } = require(`${DIST}/core/auth/passwords`);
  const hash = await hashPassword(BENCH_PASSWORD);
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query(
      `INSERT INTO users (username, display_name, role, unit_id, password_hash)
       SELECT $1, 'ベンチマーク 担当者', 'OFFICER_IN_CHARGE', id, $2 FROM units WHERE kind = 'DIVISION'
       ON CONFLICT (username) DO UPDATE SET password_hash = EXCLUDED.password_hash, active = true, locked_at = NULL,
         must_change_password = false, deactivated_at = NULL, last_login_at = now()
       RETURNING id`,
      [BENCH_USER, hash],
    );
    if (!rows.length) throw new Error('the bench database has no division unit: load the dataset first');
    return rows[0].id;
  } finally {
    await db.end();
  }
}

/**
 * The production server's environment for the benchmark. Security stays on; only limits meant for
 * people are raised so that one load generator on one IP is not throttled as an attacker would be:
 * mutation rate limits (per user and IP) and login limits. MFA is not required of the bench user
 * (as in the demo), since a load generator cannot read an authenticator app.
 */
function serverEnv(databaseUrl, port, extra = {}) {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl,
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: 'patrol-desk-bench',
    MFA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    MFA_REQUIRED_ROLES: '',
    RATE_LIMIT_MUTATIONS_PER_USER: '100000000',
    RATE_LIMIT_MUTATIONS_PER_IP: '100000000',
    RATE_LIMIT_LOGIN_PER_IP: '1000',
    RATE_LIMIT_LOGIN_PER_USERNAME: '1000',
    SESSION_IDLE_MINUTES: '120',
    LOG_LEVEL: 'warn',
    ...extra,
  };
}

/** Logs the bench user in over HTTP; returns the Cookie header value. */
async function login(url) {
  const { SESSION_COOKIE } = require(`${DIST}/core/auth/session-store`);
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({
      query: 'mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { id } }',
      variables: { u: BENCH_USER, p: BENCH_PASSWORD },
    }),
  });
  const json = await res.json();
  if (json.errors) throw new Error(`login failed: ${JSON.stringify(json.errors)}`);
  const cookie = (res.headers.getSetCookie?.() ?? [res.headers.get('set-cookie')])
    .map((c) => c && c.split(';')[0])
    .find((c) => c && c.startsWith(`${SESSION_COOKIE}=`));
  if (!cookie) throw new Error('login answered no session cookie');
  return cookie;
}

/** A seeded spread of case IDs over the whole dataset (every age, state and size). */
async function pickCaseIds(databaseUrl, count, seed = 42, datasetCases = null) {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    // hashint4 spreads 1..count over the dataset's case numbers: the same IDs on every run of one dataset
    // (bounded by the dataset's size when given: the intake runs add cases after it), in the same order.
    const { rows } = await db.query(
      `SELECT c.id FROM generate_series(1, $1) g
       JOIN cases c ON c.number = (abs(hashint4(g + $2)::bigint) % greatest(1, coalesce($3::bigint, (SELECT max(number) FROM cases))) + 1)::bigint
       ORDER BY g`,
      [count, seed, datasetCases],
    );
    return rows.map((r) => r.id);
  } finally {
    await db.end();
  }
}

async function waitForHttp(url, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not yet listening */
    }
    if (Date.now() > until) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

module.exports = { ROOT, DIST, BENCH_USER, BENCH_PASSWORD, ensureBenchUser, serverEnv, login, pickCaseIds, waitForHttp };
