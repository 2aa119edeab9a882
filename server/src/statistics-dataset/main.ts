import 'reflect-metadata';
import { Client } from 'pg';
import { SessionStore, SESSION_COOKIE } from '../core/auth/session-store';
import { loadConfig } from '../core/config/config';
import { createDataSource } from '../core/database/data-source';
import { runMigrations } from '../core/database/prepare';
import { startApiServer } from '../core/http/app';
import { createLogger } from '../core/logging/logger';
import { normalizeStatisticsQuery } from '../modules/statistics/statistics-query';
import { computeStatistics } from '../modules/statistics/statistics.service';
import { BENCH_PASSWORD, DATASET_VERSION, generateStatisticsDataset } from './generate-dataset';
import type { Measure } from '../modules/statistics/statistics-enums';
import { backendPids, benchmarkQuery, formatTiming, time, verifyAgainstDirectCount } from './verify-and-bench';

/**
 * npm run dataset -- --cases 1000000 --years 10 --seed 42 [--end 2026-01-01] [--full-audit]
 *                    [--verify] [--bench 300] [--bench-http 300] [--no-load] [--reuse] [--force]
 *
 * Recreates the database named by DATABASE_URL (default: patrol_desk_bench — never the demo
 * database), migrates it, loads the dataset and rebuilds the statistics rollups. --verify compares the
 * rollups with a direct count; --bench N times the year-by-month×category×unit query N times through
 * the service, --bench-http N over HTTP (GraphQL, logged in as gen.chief). --no-load keeps the data;
 * --reuse keeps it only when it is the same dataset (generator version, cases, years, seed, end, audit),
 * as recorded in the database's comment once a load has finished, and loads it otherwise.
 * The npm script runs it with NODE_ENV=production, so graphql-js skips its development-only checks as
 * in a deployment (they cost ~20% of a large response's CPU).
 */
const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/patrol_desk_bench';
const APP = 'patrol-desk-dataset';

function parseArgs(argv: string[]) {
  const args = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) throw new Error(`unexpected argument ${a}`);
    const next = argv[i + 1];
    if (next !== undefined && !next.startsWith('--')) {
      args.set(a.slice(2), next);
      i++;
    } else args.set(a.slice(2), true);
  }
  const num = (name: string, dflt: number) => {
    const v = args.get(name);
    if (v === undefined) return dflt;
    const n = Number(v);
    if (!Number.isFinite(n)) throw new Error(`--${name} needs a number`);
    return n;
  };
  const known = ['cases', 'years', 'seed', 'end', 'full-audit', 'verify', 'bench', 'bench-http', 'no-load', 'reuse', 'force'];
  for (const k of args.keys()) if (!known.includes(k)) throw new Error(`unknown option --${k} (known: ${known.map((x) => `--${x}`).join(' ')})`);
  return {
    cases: num('cases', 100_000),
    years: num('years', 10),
    seed: num('seed', 42),
    end: typeof args.get('end') === 'string' ? (args.get('end') as string) : undefined,
    fullAudit: args.has('full-audit'),
    verify: args.has('verify'),
    bench: args.has('bench') ? num('bench', 300) || 300 : 0,
    benchHttp: args.has('bench-http') ? num('bench-http', 300) || 300 : 0,
    load: !args.has('no-load'),
    reuse: args.has('reuse'),
    force: args.has('force'),
  };
}

/** Drops and recreates the target database, refusing when it holds anything but generated data. */
async function recreateDatabase(url: string, force: boolean): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`unsupported database name "${name}"`);
  if (name === 'patrol_desk' && !force) throw new Error('Refusing to overwrite the demo database patrol_desk. Set DATABASE_URL to another database.');
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const exists = (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount! > 0;
    if (exists && !force) {
      const probe = new Client({ connectionString: url });
      await probe.connect();
      try {
        const [{ foreign }] = (
          await probe.query(`SELECT CASE WHEN to_regclass('users') IS NULL THEN 0 ELSE (SELECT count(*) FROM users WHERE username NOT LIKE 'gen.%') END AS foreign`)
        ).rows;
        if (Number(foreign) > 0) throw new Error(`Database ${name} holds users this generator did not create; refusing to drop it (use --force if you are sure).`);
      } finally {
        await probe.end();
      }
    }
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

/** What identifies a loaded dataset: a load with the same signature would write the same rows. */
function signatureOf(opts: ReturnType<typeof parseArgs>): string {
  return `patrol-desk-dataset v${DATASET_VERSION} cases=${opts.cases} years=${opts.years} seed=${opts.seed} end=${opts.end ?? 'default'} full-audit=${opts.fullAudit}`;
}

/** The signature recorded on the database by the last finished load, or null (no database, or an unfinished load). */
async function storedSignature(url: string): Promise<string | null> {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const rows = (
      await client.query(`SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`, [
        decodeURIComponent(new URL(url).pathname.slice(1)),
      ])
    ).rows;
    return rows[0]?.comment ?? null;
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const url = process.env.DATABASE_URL ?? DEFAULT_URL;
  const log = (m: string) => console.log(m);
  const started = Date.now();
  const signature = signatureOf(opts);
  if (opts.load && opts.reuse && (await storedSignature(url)) === signature) {
    log(`${new URL(url).pathname.slice(1)} already holds this dataset (${signature}): not loading it again.`);
    opts.load = false;
  }
  if (opts.load) {
    log(`Recreating ${new URL(url).pathname.slice(1)} and migrating …`);
    await recreateDatabase(url, opts.force);
  }
  const db = createDataSource(url, { poolSize: 4, applicationName: APP });
  await db.initialize();
  try {
    await runMigrations(db);
    if (opts.load) {
      log(`Loading ${opts.cases.toLocaleString('en')} cases over ${opts.years} years (seed ${opts.seed}) …`);
      const s = await generateStatisticsDataset(db, { cases: opts.cases, years: opts.years, seed: opts.seed, end: opts.end, fullAudit: opts.fullAudit, log });
      log(
        `Loaded ${s.cases.toLocaleString('en')} cases, ${s.reports.toLocaleString('en')} reports, ${s.postChecks.toLocaleString('en')} re-checks, ` +
          `${s.auditEvents.toLocaleString('en')} audit events, ${s.accounts.toLocaleString('en')} X accounts, ${s.firstDay} to ${s.endDay} (exclusive).`,
      );
      log(`  rows ${(s.loadMs / 1000).toFixed(1)} s, rollup rebuild ${(s.rebuildMs / 1000).toFixed(1)} s, whole command so far ${((Date.now() - started) / 1000).toFixed(1)} s`);
      // Recorded last: an interrupted load leaves no signature and is loaded again next time.
      const dbName = new URL(url).pathname.slice(1);
      await db.query(`COMMENT ON DATABASE "${dbName}" IS '${signature.replace(/'/g, "''")}'`);
      log(`  log in as gen.chief, gen.oic or gen.officer.st01 with password ${BENCH_PASSWORD}`);
    }
    const input = await benchmarkQuery(db);
    if (opts.verify) {
      log('Verifying the rollups against a direct count …');
      if (!(await verifyAgainstDirectCount(db, log))) process.exitCode = 1;
    }
    if (opts.bench) {
      const q = normalizeStatisticsQuery(input);
      for (const [label, measures] of [
        ['every figure', undefined],
        ['cases, reports, warned', ['cases', 'reports', 'warned'] as Measure[]],
      ] as const) {
        // Warm up first: the pool then holds the connections whose backends are measured.
        for (let i = 0; i < 20; i++) await computeStatistics(db, q, { measures });
        const t = await time(opts.bench, 0, () => computeStatistics(db, q, { measures }), await backendPids(db, APP));
        log(`Service, ${q.from}..${q.to} by month × category × unit (${label}): ${formatTiming(t)}`);
      }
    }
    if (opts.benchHttp) {
      const config = loadConfig({ ...process.env, DATABASE_URL: url, PORT: '0', LOG_LEVEL: 'silent', NODE_ENV: 'test' });
      const api = await startApiServer({ config, db, logger: createLogger('silent', 'bench') });
      try {
        const [{ id }] = await db.query(`SELECT id FROM users WHERE username = 'gen.chief'`);
        const token = await new SessionStore(db, { idleMinutes: 60, absoluteHours: 12 }).create(db.manager, id, null);
        const body = JSON.stringify({
          query: `query($input: StatisticsInput!) { statistics(input: $input) { totals { cases } rows { month category unitId reports cases warned } } }`,
          variables: { input },
        });
        for (let i = 0; i < 20; i++) await computeStatistics(db, normalizeStatisticsQuery(input)); // warm the pool
        const t = await time(opts.benchHttp, 20, async () => {
          const res = await fetch(`${api.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', cookie: `${SESSION_COOKIE}=${token}` },
            body,
          });
          const json = (await res.json()) as { errors?: unknown };
          if (json.errors) throw new Error(JSON.stringify(json.errors));
        }, await backendPids(db, APP));
        log(`HTTP /graphql, same query (${input.from}..${input.to}; cases, reports, warned): ${formatTiming(t)}`);
      } finally {
        await api.close();
      }
    }
  } finally {
    await db.destroy();
  }
  log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
