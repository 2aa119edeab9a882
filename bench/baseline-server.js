'use strict';
/**
 * The raw baseline: bare node:http + pg.Pool, no GraphQL, no ORM, no express. It runs the very SQL
 * statements Patrol Desk sent for the same request (captured by capture-sql.js, read from SQL_FILE),
 * in the same order and with the same parallelism (what DataLoader batches in one tick runs at once
 * here), on a pool of the same size, and answers JSON of the same shape.
 *
 *   POST /review-queue   body {}                 → the review queue's first page (20 cases)
 *   POST /intake         body { url }            → 発見報告 of a post URL (x.com/i/web/status/<id>)
 *   POST /case           body { id }             → case + reports (reporter, unit) + account history + timeline
 * The session cookie is resolved by the same statements as the API's.
 */
const http = require('node:http');
const { createHash, randomUUID } = require('node:crypto');
const fs = require('node:fs');
const { Pool } = require('pg');

const sql = JSON.parse(fs.readFileSync(process.env.SQL_FILE, 'utf8'));
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_SIZE ?? 10), application_name: 'patrol-desk-baseline' });
const COOKIE = process.env.SESSION_COOKIE ?? 'pd_session';

/** The captured statement of `op` matching `re`; null when Patrol Desk does not send one. */
function statement(op, re, required = true) {
  const found = sql[op].find((s) => re.test(s));
  if (!found && required) throw new Error(`baseline: no captured ${op} statement matches ${re}`);
  return found ?? null;
}
/** The loaders' hand-written SELECTs (core/loaders/rows.ts) take an array: `= ANY($1::uuid[])`. */

/** The intake as one statement (a new post: case, report and audit events together), when the API sends it so. */
const INTAKE_AT_ONCE = sql.intake.find((s) => /^WITH c AS \(\s*INSERT INTO cases/.test(s)) ?? null;
const general = !INTAKE_AT_ONCE;

const S = {
  intakeAtOnce: INTAKE_AT_ONCE,
  queue: statement('reviewQueue', /FROM "?cases"? "?c"? WHERE "?c"?\."?status"? IN/),
  reportCount: statement('reviewQueue', /count\(\*\) AS n FROM reports/),
  usersIn: statement('reviewQueue', /FROM "users" WHERE id = ANY\(\$1::uuid\[\]\)/),
  begin: statement('intake', /^START TRANSACTION$/, general),
  isolation: statement('intake', /^SET TRANSACTION ISOLATION LEVEL/, false),
  insertCase: statement('intake', /^INSERT INTO cases/, general),
  updateCase: statement('intake', /^UPDATE cases SET post_text/, false),
  caseByPostId: statement('intake', /FROM "cases" "Case" WHERE \(\("Case"\."post_id" = \$1\)\)/, false),
  insertAudit: statement('intake', /^INSERT INTO "audit_events"/, general),
  insertReport: statement('intake', /^INSERT INTO "reports"/, general),
  commit: statement('intake', /^COMMIT$/, general),
  caseById: statement('casePage', /FROM "cases" WHERE id = ANY\(\$1::uuid\[\]\)/),
  timelineReports: statement('casePage', /WHERE \(\("Report"\."case_id" = \$1\)\)/, false),
  auditOfCase: statement('casePage', /FROM "audit_events" WHERE object_type = \$1 AND object_id = \$2/),
  reportsIn: statement('casePage', /FROM "reports" WHERE case_id = ANY\(\$1::uuid\[\]\)/),
  xAccountIn: statement('casePage', /FROM "x_accounts" WHERE id = ANY\(\$1::uuid\[\]\)/),
  unitsIn: statement('casePage', /FROM "units" WHERE id = ANY\(\$1::uuid\[\]\)/),
  casesByAccount: statement('casePage', /FROM "cases" WHERE x_account_id = ANY\(\$1::uuid\[\]\)/),
};
/** The session read: every statement the API sent on "sessions" before the operation's own, in order. */
const SESSION = sql.reviewQueue.filter((s) => /FROM "?sessions"?\s/.test(s));
if (!SESSION.length) throw new Error('baseline: no captured session statement');
const params = (text) => Math.max(0, ...[...text.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])));
const used = new Set([...Object.values(S).filter(Boolean), ...SESSION]);
const notReplayed = Object.entries(sql).flatMap(([op, list]) => list.filter((s) => !used.has(s)).map((s) => `${op}: ${s.slice(0, 100)}`));

/** TypeORM's aliased columns ("Case_post_id") → API field names (postId). */
function fields(row, prefix) {
  const out = {};
  for (const [k, v] of Object.entries(row)) {
    if (!k.startsWith(prefix)) continue;
    out[k.slice(prefix.length).replace(/_([a-z])/g, (_, c) => c.toUpperCase())] = v;
  }
  return out;
}

const ids = (list) => [...new Set(list.filter(Boolean))];
const byId = (rows, prefix) => new Map(rows.map((r) => [r[`${prefix}id`], r]));

async function resolveSession(req) {
  const cookie = (req.headers.cookie ?? '').split(/;\s*/).find((c) => c.startsWith(`${COOKIE}=`));
  if (!cookie) return null;
  const tokenHash = createHash('sha256').update(decodeURIComponent(cookie.slice(COOKIE.length + 1))).digest('hex');
  let s = null;
  for (const text of SESSION) {
    const { rows } = await pool.query(text, Array(params(text)).fill(tokenHash));
    s = rows[0];
    if (!s) return null;
  }
  // The user's columns: "u__…" (the session store's own SELECT), "u_…" (query builder) or "Session__Session_user_…" (findOne).
  const u = (name) => s[`u__${name}`] ?? s[`u_${name}`] ?? s[`Session__Session_user_${name}`];
  if (!u('active')) return null;
  return { id: u('id'), role: u('role'), unitId: u('unit_id') };
}

async function usersById(list) {
  if (!list.length) return new Map();
  return byId((await pool.query(S.usersIn, [list])).rows, '');
}

/** Case columns as TypeORM's query builder aliases them ("c_…", "Case_…") or plain (hand-written SELECT). */
const caseId = (c) => c.c_id ?? c.Case_id ?? c.id;
const caseListFields = (c, counts, users) => ({
  ...fields(c, c.c_id !== undefined ? 'c_' : c.Case_id !== undefined ? 'Case_' : ''),
  reportCount: counts.get(caseId(c)) ?? 0,
  claimedBy: (() => {
    const u = users.get(c.c_claimed_by_id ?? c.Case_claimed_by_id ?? c.claimed_by_id);
    return u ? { id: u.id, displayName: u.display_name } : null;
  })(),
});

async function reviewQueue(user) {
  // The page size + 1 is a parameter of the hand-written query, a literal in the query builder's.
  const { rows } = await pool.query(S.queue, params(S.queue) === 3 ? ['RECEIVED', 'SCREENING', 21] : ['RECEIVED', 'SCREENING']);
  const page = rows.slice(0, 20);
  const [counts, users] = await Promise.all([
    pool.query(S.reportCount, [page.map(caseId)]).then((r) => new Map(r.rows.map((x) => [x.case_id, Number(x.n)]))),
    usersById(ids(page.map((c) => c.c_claimed_by_id ?? c.claimed_by_id))),
  ]);
  return {
    reviewQueue: {
      nodes: page.map((c) => caseListFields(c, counts, users)),
      pageInfo: { hasNextPage: rows.length > 20, endCursor: page.length ? caseId(page[page.length - 1]) : null },
    },
    viewer: user.id,
  };
}

async function intake(user, url) {
  const m = /status\/(\d{1,20})/.exec(url ?? '');
  if (!m) throw Object.assign(new Error('bad url'), { status: 400 });
  const postId = m[1];
  if (S.intakeAtOnce) {
    // The same parameters as the API's (texts and note empty, the bench's URLs name no account).
    const { rows } = await pool.query(S.intakeAtOnce, [
      postId, `https://x.com/i/web/status/${postId}`, 'RECEIVED', new Date(), null, null, url.slice(0, 2048), null, 'OFFICER',
      user.id, user.unitId, user.role, randomUUID(), '127.0.0.1',
    ]);
    if (!rows.length) throw new Error('the baseline replays first reports only (unique URLs)');
    return { submitReport: { duplicate: false, case: { id: rows[0].id, status: rows[0].status } } };
  }
  const client = await pool.connect();
  try {
    await client.query(S.begin);
    if (S.isolation) await client.query(S.isolation);
    // New case: post ID, URL, status, time, then (when the statement has them) texts and account.
    const caseParams = [postId, `https://x.com/i/web/status/${postId}`, 'RECEIVED', new Date()];
    const inserted = await client.query(S.insertCase, [...caseParams, ...Array(params(S.insertCase) - 4).fill(null)]);
    const duplicate = inserted.rows.length === 0;
    // Only when the API sent it for a new post (the capture is of one).
    if (S.updateCase) await client.query(S.updateCase, [postId, null, null, null]);
    // Captured order: one INSERT of both audit events after the report (9 parameters a row), or one each around it.
    const together = params(S.insertAudit) > 9;
    if (duplicate && (together || !S.caseByPostId)) throw new Error('the baseline replays first reports only (unique URLs)');
    // The case read back by its own SELECT, or returned by the INSERT itself.
    const c = S.caseByPostId
      ? (await client.query(S.caseByPostId, [postId])).rows[0]
      : { Case_id: inserted.rows[0].id, Case_status: inserted.rows[0].status };
    const audit = (action, type, objectId, after) => [user.id, user.role, action, type, objectId, null, after, null, '127.0.0.1'];
    const open = audit('case.OPEN', 'Case', c.Case_id, { status: c.Case_status, postId });
    if (!duplicate && !together) await client.query(S.insertAudit, open);
    const report = (
      await client.query(S.insertReport, [c.Case_id, url.slice(0, 2048), null, null, null, 'OFFICER', user.id, user.unitId])
    ).rows[0];
    const submit = audit('report.SUBMIT', 'Report', report.id, { caseId: c.Case_id, source: 'OFFICER', duplicate });
    await client.query(S.insertAudit, together ? [...open, ...submit] : submit);
    await client.query(S.commit);
    return { submitReport: { duplicate, case: { id: c.Case_id, status: c.Case_status } } };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

async function casePage(user, id) {
  const c = (await pool.query(S.caseById, [[id]])).rows[0];
  if (!c) throw Object.assign(new Error('not found'), { status: 404 });
  const [timelineReports, events, counts, claimed, reports, accounts] = await Promise.all([
    S.timelineReports ? pool.query(S.timelineReports, [id]).then((r) => r.rows) : null,
    pool.query(S.auditOfCase, ['Case', id]).then((r) => r.rows),
    pool.query(S.reportCount, [[id]]).then((r) => new Map(r.rows.map((x) => [x.case_id, Number(x.n)]))),
    usersById(ids([c.claimed_by_id])),
    pool.query(S.reportsIn, [[id]]).then((r) => r.rows),
    c.x_account_id ? pool.query(S.xAccountIn, [[c.x_account_id]]).then((r) => r.rows) : [],
  ]);
  const reporterIds = ids(reports.map((r) => r.reported_by_id)).filter((u) => !claimed.has(u));
  const unitIds = ids(reports.map((r) => r.unit_id));
  const [reporters, units, accountCases] = await Promise.all([
    usersById(reporterIds),
    unitIds.length ? pool.query(S.unitsIn, [unitIds]).then((r) => byId(r.rows, '')) : new Map(),
    accounts.length ? pool.query(S.casesByAccount, [[c.x_account_id]]).then((r) => r.rows) : [],
  ]);
  const people = new Map([...claimed, ...reporters]);
  const timeline = [
    ...(timelineReports ?? reports).map((r) => ({ at: r.created_at, kind: 'REPORT', action: 'report.SUBMIT', actorId: r.reported_by_id, actorRole: r.source, toStatus: null, note: r.note })),
    ...events.map((e) => ({ at: e.at, kind: 'ACTION', action: e.action, actorId: e.actor_id, actorRole: e.actor_role, toStatus: e.after?.status ?? null, note: null })),
  ].sort((a, b) => a.at - b.at);
  const account = accounts[0];
  return {
    case: {
      ...caseListFields(c, counts, claimed),
      reports: reports.map((r) => ({
        ...fields(r, ''),
        reportedBy: { id: r.reported_by_id, displayName: people.get(r.reported_by_id)?.display_name },
        unit: { id: r.unit_id, name: units.get(r.unit_id)?.name },
      })),
      xAccount: account
        ? {
            ...fields(account, ''),
            caseCount: accountCases.length,
            cases: accountCases.map((x) => ({ id: x.id, number: x.number, postUrl: x.post_url, status: x.status, firstReportedAt: x.first_reported_at })),
          }
        : null,
    },
    caseTimeline: timeline,
  };
}

const ROUTES = { '/review-queue': (u) => reviewQueue(u), '/intake': (u, b) => intake(u, b.url), '/case': (u, b) => casePage(u, b.id) };

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', async () => {
    try {
      const route = ROUTES[req.url];
      if (req.method !== 'POST' || !route) throw Object.assign(new Error('not found'), { status: 404 });
      const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
      const user = await resolveSession(req);
      if (!user) throw Object.assign(new Error('unauthenticated'), { status: 401 });
      const data = await route(user, body);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ data }));
    } catch (err) {
      res.writeHead(err.status ?? 500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: err.message }] }));
    }
  });
});

// BASELINE_PROCESSES=n: n copies sharing the port (node:cluster), as the API's WEB_CONCURRENCY.
const cluster = require('node:cluster');
const PROCESSES = Number(process.env.BASELINE_PROCESSES ?? 1);
const announce = (url) => process.stdout.write(`${JSON.stringify({ url, notReplayed, processes: PROCESSES })}\n`);
if (PROCESSES > 1 && cluster.isPrimary) {
  // The primary serves nothing (its pool is never used): it forks, reports the shared URL once every copy listens, and stops them.
  const urls = [];
  for (let i = 0; i < PROCESSES; i++) {
    cluster.fork().on('message', (m) => {
      urls.push(m.url);
      if (urls.length === PROCESSES) announce(urls[0]);
    });
  }
  let stopping = false;
  cluster.on('exit', () => {
    if (stopping && Object.keys(cluster.workers).length === 0) process.exit(0);
    if (!stopping) process.exit(1);
  });
  process.on('SIGTERM', () => {
    stopping = true;
    for (const w of Object.values(cluster.workers)) w.process.kill('SIGTERM');
  });
} else {
  server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
    const url = `http://127.0.0.1:${server.address().port}`;
    // The parent reads this line: where to send requests, and which captured statements are not replayed.
    if (cluster.isWorker) process.send({ url });
    else announce(url);
  });
  process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
}
