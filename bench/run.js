'use strict';
/**
 * npm run bench: builds the server, loads (or reuses) the 1,000,000-case dataset, starts the production
 * server and the raw baseline (node:http + pg, the same SQL), measures both with autocannon and prints
 * the side-by-side table; results go to bench/results/<timestamp>.json.
 *
 * Environment: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/patrol_desk_bench),
 * BENCH_CASES (1000000), BENCH_DURATION (seconds per measurement, 10), BENCH_WARMUP (3),
 * BENCH_SKIP_BUILD=1, BENCH_PROFILE=1 (server under node --cpu-prof; top frames printed at the end),
 * BENCH_PROCESSES (default "1,2": each measurement with the API at WEB_CONCURRENCY=n and the baseline
 * with n processes as well).
 */
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const autocannon = require('autocannon');
const { Client } = require('pg');
const { ROOT, DIST, BENCH_USER, ensureBenchUser, serverEnv, login, pickCaseIds, waitForHttp } = require('./setup');
const { REVIEW_QUEUE, CASE_PAGE, SUBMIT_REPORT, STATISTICS_YEAR, STATISTICS_TABLE_YEAR, STATISTICS_TABLE_YEAR_TYPED, STATISTICS_FIGURES } = require('./operations');

const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/patrol_desk_bench';
const CASES = Number(process.env.BENCH_CASES ?? 1_000_000);
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const CONNECTIONS = 32;
/** The API's pool (createDataSource's default) and the baseline's. */
const POOL_SIZE = 10;
const PROFILE = process.env.BENCH_PROFILE === '1';
const PROCESSES = (process.env.BENCH_PROCESSES ?? '1,2').split(',').map(Number);
if (!PROCESSES.length || PROCESSES.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('BENCH_PROCESSES: a list of process counts, e.g. 1,2');
const RESULTS = path.join(__dirname, 'results');
const started = Date.now();
const log = (m) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${m}`);

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status})`);
}

/** Starts a child process; resolves once `ready` says so. */
function startProcess(args, env, ready) {
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited (${code}) before it was ready:\n${out}`)));
    child.stdout.on('data', (d) => {
      out += d;
      const value = ready(out);
      if (value) resolve({ child, value });
    });
  });
}

function stopProcess(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    // A process that has not drained in 20 s is killed (the timer also keeps this process alive meanwhile).
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

async function freePort() {
  const net = require('node:net');
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/**
 * CPU seconds (user + system) a process has used so far, from /proc (Linux); null elsewhere. CPU per
 * request is the figure that compares across runs on a machine shared with other work: throughput and
 * latency there depend on what else runs, the CPU a request costs much less so.
 */
function cpuSecondsOf(pid) {
  // The process and its children (the copies node:cluster forks): every /proc/<p>/stat whose parent is in the tree.
  try {
    const stats = new Map();
    for (const p of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(p)) continue;
      try {
        const stat = fs.readFileSync(`/proc/${p}/stat`, 'utf8');
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        stats.set(Number(p), { ppid: Number(f[1]), cpu: (Number(f[11]) + Number(f[12])) / 100 }); // utime, stime (USER_HZ = 100)
      } catch {
        /* exited meanwhile */
      }
    }
    if (!stats.has(pid)) return null;
    const tree = new Set([pid]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const [p, { ppid }] of stats) if (!tree.has(p) && tree.has(ppid)) (tree.add(p), (grew = true));
    }
    let total = 0;
    for (const p of tree) total += stats.get(p).cpu;
    return total;
  } catch {
    return null;
  }
}

/**
 * One autocannon run (after a warm-up run of the same requests). `next()` gives each request's body;
 * a response counts as ok only when it is 200 without GraphQL errors.
 */
async function load({ url, cookie, connections = CONNECTIONS, next, graphql, pid }) {
  const once = async (duration) => {
    let bad = 0;
    let firstBad = null;
    const result = await autocannon({
      url,
      connections,
      duration,
      pipelining: 1,
      headers: { 'content-type': 'application/json', cookie, ...(graphql ? { 'apollo-require-preflight': 'true' } : {}) },
      requests: [
        {
          method: 'POST',
          setupRequest: (req) => ({ ...req, body: next() }),
          onResponse: (status, body) => {
            if (status !== 200 || body.includes('"errors"')) {
              bad++;
              firstBad ??= `${status} ${body.slice(0, 300)}`;
            }
          },
        },
      ],
    });
    return { result, bad, firstBad };
  };
  await once(WARMUP);
  const cpuBefore = cpuSecondsOf(pid);
  const { result, bad, firstBad } = await once(DURATION);
  const cpuAfter = cpuSecondsOf(pid);
  const ok = result.requests.total - bad;
  return {
    requestsPerSecond: ok / DURATION,
    serverCpuMsPerRequest: cpuBefore !== null && cpuAfter !== null && result.requests.total ? ((cpuAfter - cpuBefore) * 1000) / result.requests.total : null,
    completed: result.requests.total,
    failed: bad + result.errors + result.timeouts,
    firstFailure: firstBad,
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
  };
}

/** Sequential requests (one at a time) for `seconds`: wall-clock percentiles of a single user's query. */
async function sequential({ url, cookie, body, seconds, pid }) {
  const send = async () => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', cookie },
      body,
    });
    const text = await res.text();
    if (res.status !== 200 || text.includes('"errors"')) throw new Error(`statistics: ${res.status} ${text.slice(0, 300)}`);
  };
  const until = performance.now() + WARMUP * 1000;
  while (performance.now() < until) await send();
  const samples = [];
  const cpuBefore = cpuSecondsOf(pid);
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    const t = performance.now();
    await send();
    samples.push(performance.now() - t);
  }
  const cpuAfter = cpuSecondsOf(pid);
  samples.sort((a, b) => a - b);
  const p = (q) => samples[Math.min(samples.length - 1, Math.max(0, Math.ceil(q * samples.length) - 1))];
  const serverCpuMsPerRequest = cpuBefore !== null && cpuAfter !== null ? ((cpuAfter - cpuBefore) * 1000) / samples.length : null;
  return { runs: samples.length, serverCpuMsPerRequest, latencyMs: { p50: p(0.5), p95: p(0.95), p99: p(0.99), max: samples[samples.length - 1] } };
}

async function caseWithAccount(ids) {
  const db = new Client({ connectionString: DATABASE_URL });
  await db.connect();
  try {
    const { rows } = await db.query(`SELECT id FROM cases WHERE id = ANY($1::uuid[]) AND x_account_id IS NOT NULL`, [ids]);
    const withAccount = new Set(rows.map((r) => r.id));
    const id = ids.find((i) => withAccount.has(i));
    if (!id) throw new Error('No picked case has an X account: the case page statements cannot be captured.');
    return id;
  } finally {
    await db.end();
  }
}

async function countReportsOf(username) {
  const db = new Client({ connectionString: DATABASE_URL });
  await db.connect();
  try {
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM reports r JOIN users u ON u.id = r.reported_by_id WHERE u.username = $1`, [username]);
    return rows[0].n;
  } finally {
    await db.end();
  }
}

/** The statistics benchmark's year: the dataset's last whole year (the query the dataset command times). */
async function statisticsInput() {
  const db = new Client({ connectionString: DATABASE_URL });
  await db.connect();
  try {
    // The dataset ends on 2026-01-01 by default; intake runs add today's cases, so the year is fixed to the dataset's end.
    const { rows } = await db.query(`SELECT shobj_description(oid, 'pg_database') AS c FROM pg_database WHERE datname = current_database()`);
    const end = /end=(\d{4}-\d{2}-\d{2})/.exec(rows[0].c ?? '')?.[1] ?? '2026-01-01';
    const endDate = new Date(`${end}T00:00:00Z`);
    const toDate = new Date(Date.UTC(endDate.getUTCFullYear(), endDate.getUTCMonth(), 0));
    const fromDate = new Date(Date.UTC(toDate.getUTCFullYear() - 1, toDate.getUTCMonth() + 1, 1));
    const day = (d) => d.toISOString().slice(0, 10);
    return { from: day(fromDate), to: day(toDate), groupBy: ['MONTH', 'CATEGORY', 'UNIT'] };
  } finally {
    await db.end();
  }
}

function summariseProfile(dir) {
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')) : [];
  if (!files.length) return null;
  const { summarise } = require('./profile-summary');
  return summarise(path.join(dir, files.sort().pop()), 25);
}

async function main() {
  fs.mkdirSync(RESULTS, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  if (process.env.BENCH_SKIP_BUILD !== '1') {
    log('Building the server (tsc) …');
    run('npm', ['run', 'build', '-w', 'server']);
  }
  log(`Dataset: ${CASES.toLocaleString('en')} cases over 10 years, seed 42, in ${new URL(DATABASE_URL).pathname.slice(1)} …`);
  const loadStarted = Date.now();
  run(process.execPath, [path.join(DIST, 'statistics-dataset/main.js'), '--cases', String(CASES), '--years', '10', '--seed', '42', '--reuse'], {
    NODE_ENV: 'production',
    DATABASE_URL,
  });
  const datasetSeconds = (Date.now() - loadStarted) / 1000;
  await ensureBenchUser(DATABASE_URL);
  const caseIds = await pickCaseIds(DATABASE_URL, 1000, 42, CASES);
  log(`Dataset ready (${datasetSeconds.toFixed(0)} s); ${caseIds.length} case IDs picked for the case page.`);

  const input = await statisticsInput();
  const { SESSION_COOKIE } = require(`${DIST}/core/auth/session-store`);
  let captured = null;
  let sqlFile = null;
  const runs = {};
  let profile = null;
  for (const processes of PROCESSES) {
    const port = await freePort();
    const env = serverEnv(DATABASE_URL, port, { WEB_CONCURRENCY: String(processes) });
    const profileDir = path.join(RESULTS, `profile-${stamp}-${processes}`);
    const serverArgs = [...(PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), path.join(DIST, 'main.js')];
    log(`Starting the production server (NODE_ENV=production, WEB_CONCURRENCY=${processes}, pool ${POOL_SIZE} per process)${PROFILE ? ' under --cpu-prof' : ''} …`);
    const server = spawn(process.execPath, serverArgs, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
    const apiUrl = `http://127.0.0.1:${port}`;
    let baseline = null;
    try {
      await waitForHttp(`${apiUrl}/healthz`);
      const cookie = await login(apiUrl);
      if (!captured) {
        // Capture the SQL of one request of each operation, for the baseline.
        const { captureOrmSql } = require('./capture-sql');
        // A case with an X account: the captured case page then holds the account statements the baseline replays.
        captured = await captureOrmSql({ env, cookie, caseId: await caseWithAccount(caseIds), intakeUrl: `https://x.com/i/web/status/${Date.now()}999` });
        sqlFile = path.join(RESULTS, `sql-${stamp}.json`);
        fs.writeFileSync(sqlFile, JSON.stringify(captured, null, 2));
      }
      baseline = await startProcess(
        [path.join(__dirname, 'baseline-server.js')],
        { PATH: process.env.PATH, DATABASE_URL, POOL_SIZE: String(POOL_SIZE), SQL_FILE: sqlFile, SESSION_COOKIE, BASELINE_PROCESSES: String(processes) },
        (out) => (out.includes('\n') ? JSON.parse(out.split('\n')[0]) : null),
      );
      const baseUrl = baseline.value.url;
      if (baseline.value.notReplayed.length) log(`WARNING: captured statements the baseline does not replay:\n  ${baseline.value.notReplayed.join('\n  ')}`);
      log(`Captured ${captured.reviewQueue.length} / ${captured.intake.length} / ${captured.casePage.length} statements (review queue / intake / case page); baseline (${processes} process${processes > 1 ? 'es' : ''}) at ${baseUrl}.`);

      const gql = `${apiUrl}/graphql`;
      const results = {};
      runs[processes] = results;
      const measure = async (name, fn) => {
        log(`${name} (${processes} process${processes > 1 ? 'es' : ''}) …`);
        results[name] = await fn();
        const r = results[name];
        log(
          `  ${r.requestsPerSecond !== undefined ? `${r.requestsPerSecond.toFixed(0)} req/s, ` : ''}p50 ${r.latencyMs.p50} ms, ` +
            `${r.latencyMs.p95 !== undefined ? `p95 ${r.latencyMs.p95.toFixed(1)} ms, ` : ''}p99 ${Number(r.latencyMs.p99).toFixed(1)} ms` +
            `${r.serverCpuMsPerRequest != null ? `, server CPU ${r.serverCpuMsPerRequest.toFixed(2)} ms/req` : ''}` +
            `${r.failed ? `, ${r.failed} FAILED (${r.firstFailure})` : ''}`,
        );
      };

      // 1. Review queue, first page.
      const rq = JSON.stringify({ query: REVIEW_QUEUE, variables: { first: 20 } });
      const pid = server.pid;
      const basePid = baseline.child.pid;
      await measure('reviewQueue', () => load({ url: gql, cookie, graphql: true, next: () => rq, pid }));
      await measure('reviewQueueBaseline', () => load({ url: `${baseUrl}/review-queue`, cookie, next: () => '{}', pid: basePid }));

      // 2. Statistics: a year by month × category × unit, as the table of columns (statisticsTable); the typed
      //    lists and the rows of objects (statistics) beside it.
      const statsBody = (query, figures = STATISTICS_FIGURES) => JSON.stringify({ query, variables: { input, ...(figures ? { figures } : {}) } });
      await measure('statisticsYear', () => sequential({ url: gql, cookie, body: statsBody(STATISTICS_TABLE_YEAR), seconds: DURATION, pid }));
      await measure('statisticsYearTyped', () => sequential({ url: gql, cookie, body: statsBody(STATISTICS_TABLE_YEAR_TYPED), seconds: DURATION, pid }));
      await measure('statisticsYearRows', () => sequential({ url: gql, cookie, body: statsBody(STATISTICS_YEAR, null), seconds: DURATION, pid }));
      results.statisticsYear.input = input;

      // 3. Intake with unique URLs; committed rows counted afterwards.
      let postId = BigInt(Date.now()) * 1000n;
      const intakeBody = () => JSON.stringify({ query: SUBMIT_REPORT, variables: { input: { url: `https://x.com/i/web/status/${postId++}` } } });
      for (const [name, url, body, graphql, cpuPid] of [
        ['intake', gql, intakeBody, true, pid],
        ['intakeBaseline', `${baseUrl}/intake`, () => JSON.stringify({ url: `https://x.com/i/web/status/${postId++}` }), false, basePid],
      ]) {
        const before = await countReportsOf(BENCH_USER);
        await measure(name, () => load({ url, cookie, graphql, next: body, pid: cpuPid }));
        const committed = (await countReportsOf(BENCH_USER)) - before;
        const answered = results[name].completed - results[name].failed;
        results[name].committedRows = committed;
        results[name].durable = committed >= answered;
        log(`  ${committed} reports committed for ${answered} successful answers (warm-up included in the rows: ${committed - answered})`);
      }

      // 4. Case page over a spread of cases.
      let k = 0;
      const caseBody = () => JSON.stringify({ query: CASE_PAGE, variables: { id: caseIds[k++ % caseIds.length], withAccount: true } });
      await measure('casePage', () => load({ url: gql, cookie, graphql: true, next: caseBody, pid }));
      let j = 0;
      await measure('casePageBaseline', () =>
        load({ url: `${baseUrl}/case`, cookie, next: () => JSON.stringify({ id: caseIds[j++ % caseIds.length] }), pid: basePid }),
      );
      results.loadAverage = require('node:os').loadavg();

      await stopProcess(baseline.child);
      await stopProcess(server);
      if (PROFILE) profile = summariseProfile(profileDir);
    } finally {
      if (baseline) await stopProcess(baseline.child);
      await stopProcess(server);
    }
  }
  report({ stamp, runs, datasetSeconds, captured, profile });
}

/** The table of one process count's run. */
function tableOf(r) {
  const ratio = (a, b) => (b ? a / b : NaN);
  const rows = [
    ['review queue (32 conn.)', 'req/s', r.reviewQueue.requestsPerSecond, r.reviewQueueBaseline.requestsPerSecond, '≥ 0.5 × baseline', ratio(r.reviewQueue.requestsPerSecond, r.reviewQueueBaseline.requestsPerSecond) >= 0.5],
    ['review queue (32 conn.)', 'p50 ms', r.reviewQueue.latencyMs.p50, r.reviewQueueBaseline.latencyMs.p50, '', null],
    ['review queue (32 conn.)', 'p99 ms', r.reviewQueue.latencyMs.p99, r.reviewQueueBaseline.latencyMs.p99, '≤ 50 ms', r.reviewQueue.latencyMs.p99 <= 50],
    ['review queue (32 conn.)', 'server CPU ms/req', r.reviewQueue.serverCpuMsPerRequest, r.reviewQueueBaseline.serverCpuMsPerRequest, '', null],
    ['statistics year (1 conn.)', 'p50 ms', r.statisticsYear.latencyMs.p50, null, '', null],
    ['statistics year (1 conn.)', 'p95 ms', r.statisticsYear.latencyMs.p95, null, '≤ 25 ms', r.statisticsYear.latencyMs.p95 <= 25],
    ['statistics year (1 conn.)', 'server CPU ms/req', r.statisticsYear.serverCpuMsPerRequest, null, '', null],
    ['statistics year, typed lists', 'p50 / p95 ms', `${fmt(r.statisticsYearTyped.latencyMs.p50)} / ${fmt(r.statisticsYearTyped.latencyMs.p95)}`, null, '', null],
    ['statistics year, typed lists', 'server CPU ms/req', r.statisticsYearTyped.serverCpuMsPerRequest, null, '', null],
    ['statistics year, rows (`statistics`)', 'p50 / p95 ms', `${fmt(r.statisticsYearRows.latencyMs.p50)} / ${fmt(r.statisticsYearRows.latencyMs.p95)}`, null, '', null],
    ['statistics year, rows (`statistics`)', 'server CPU ms/req', r.statisticsYearRows.serverCpuMsPerRequest, null, '', null],
    ['intake (32 conn.)', 'mut/s', r.intake.requestsPerSecond, r.intakeBaseline.requestsPerSecond, '≥ 1,000/s and ≥ 0.5 × baseline',
      r.intake.requestsPerSecond >= 1000 && ratio(r.intake.requestsPerSecond, r.intakeBaseline.requestsPerSecond) >= 0.5],
    ['intake (32 conn.)', 'p99 ms', r.intake.latencyMs.p99, r.intakeBaseline.latencyMs.p99, '', null],
    ['intake (32 conn.)', 'server CPU ms/req', r.intake.serverCpuMsPerRequest, r.intakeBaseline.serverCpuMsPerRequest, '', null],
    ['case page (32 conn.)', 'req/s', r.casePage.requestsPerSecond, r.casePageBaseline.requestsPerSecond, '', null],
    ['case page (32 conn.)', 'p50 ms', r.casePage.latencyMs.p50, r.casePageBaseline.latencyMs.p50, '', null],
    ['case page (32 conn.)', 'p99 ms', r.casePage.latencyMs.p99, r.casePageBaseline.latencyMs.p99, '≤ 50 ms', r.casePage.latencyMs.p99 <= 50],
    ['case page (32 conn.)', 'server CPU ms/req', r.casePage.serverCpuMsPerRequest, r.casePageBaseline.serverCpuMsPerRequest, '', null],
  ];
  const lines = [
    '| measurement | figure | Patrol Desk | raw baseline | ratio | target | met |',
    '|---|---|---:|---:|---:|---|---|',
    ...rows.map(([m, f, pd, base, target, met]) =>
      `| ${m} | ${f} | ${fmt(pd)} | ${fmt(base)} | ${base ? ratio(pd, base).toFixed(2) : '–'} | ${target} | ${met === null ? '' : met ? 'met' : 'NOT met'} |`,
    ),
  ];
  return { table: lines.join('\n'), rows };
}

function fmt(v) {
  if (typeof v === 'string') return v;
  return v === null || v === undefined || Number.isNaN(v) ? '–' : v >= 100 ? Math.round(v).toLocaleString('en') : Number(v).toFixed(v < 10 ? 2 : 1);
}

function report({ stamp, runs, datasetSeconds, captured, profile }) {
  const tables = Object.fromEntries(Object.entries(runs).map(([n, r]) => [n, tableOf(r)]));
  const file = path.join(RESULTS, `${stamp}.json`);
  const os = require('node:os');
  fs.writeFileSync(
    file,
    JSON.stringify(
      {
        at: new Date().toISOString(),
        machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, loadAverage: os.loadavg(), node: process.version },
        settings: { cases: CASES, durationSeconds: DURATION, warmupSeconds: WARMUP, connections: CONNECTIONS, poolSize: POOL_SIZE },
        datasetSeconds,
        statementsPerRequest: { reviewQueue: captured.reviewQueue.length, intake: captured.intake.length, casePage: captured.casePage.length },
        results: runs,
        targets: Object.fromEntries(
          Object.entries(tables).map(([n, t]) => [n, Object.fromEntries(t.rows.filter((x) => x[5] !== null).map((x) => [`${x[0]} ${x[1]}`, x[5]]))]),
        ),
        profile,
      },
      null,
      2,
    ),
  );
  for (const [n, t] of Object.entries(tables)) {
    const la = runs[n].loadAverage?.map((x) => x.toFixed(1)).join(' ');
    console.log(`\nAPI WEB_CONCURRENCY=${n}, baseline ${n} process${n > 1 ? 'es' : ''} (load average at its end: ${la}):\n\n${t.table}\n`);
  }
  console.log(`Load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')} (2 cores shared with the load generator and anything else running).`);
  console.log(`SQL statements per request (Patrol Desk = baseline): review queue ${captured.reviewQueue.length}, intake ${captured.intake.length}, case page ${captured.casePage.length}.`);
  if (profile) console.log(`\nServer CPU profile, top self-time frames:\n${profile.text}`);
  console.log(`Results: ${path.relative(ROOT, file)}; whole run ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
