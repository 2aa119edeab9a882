import type { DataSource, QueryRunner } from 'typeorm';
import { hashPassword } from '../core/auth/passwords';
import { DIVISION, STATIONS } from '../demo/kumamoto-units';
import { generateCase, type DatasetContext, type GeneratedCase } from './dataset-model';

/**
 * Loads a seeded, realistic statistics dataset into an already migrated database: the division and
 * the 23 stations, generated users (password BENCH_PASSWORD), X accounts, cases in every state with
 * their reports, re-checks and audit events, then rebuilds the statistics rollups.
 *
 * Speed: cases are drawn in JavaScript (dataset-model.ts) and written in batches of multi-row
 * INSERT … SELECT FROM unnest(arrays), the next batch being drawn while the database writes the last;
 * the statistics triggers are off for this session only (patrol_desk.statistics_triggers; and the
 * foreign-key checks too when connected as a superuser) and the rollups are rebuilt once at the end.
 */
export const BENCH_PASSWORD = 'patrol-bench-2026';
/** Bump when the generated rows change: `--reuse` then loads the dataset again. */
export const DATASET_VERSION = 2;

export interface DatasetOptions {
  cases: number;
  years: number;
  seed: number;
  /** Japan-time day the dataset ends on (exclusive): its "now". Default 2026-01-01, so runs are identical. */
  end?: string;
  /** Write every audit event of every case (OPEN, TAKE, WARN, …); default: only the approval events statistics count. */
  fullAudit?: boolean;
  batchSize?: number;
  log?: (message: string) => void;
}

export interface DatasetSummary {
  cases: number;
  reports: number;
  postChecks: number;
  auditEvents: number;
  accounts: number;
  firstDay: string;
  endDay: string;
  loadMs: number;
  rebuildMs: number;
}

const DEFAULT_END = '2026-01-01';
const APPROVAL_ACTIONS = new Set(['case.REQUEST_APPROVAL', 'case.APPROVE', 'case.DECLINE', 'case.RETURN_FOR_SCREENING']);

interface Organisation {
  unitIdByCode: Map<string, string>;
  officerByUnit: Map<string, string>;
  volunteerByUnit: Map<string, string>;
  oic: string;
  chief: string;
}

async function ensureOrganisation(qr: QueryRunner): Promise<Organisation> {
  const divisions: { id: string }[] = await qr.query(`SELECT id FROM units WHERE kind = 'DIVISION'`);
  let divisionId = divisions[0]?.id;
  if (!divisionId) {
    [{ id: divisionId }] = await qr.query(`INSERT INTO units (code, name, kind) VALUES ($1, $2, 'DIVISION') RETURNING id`, [
      DIVISION.code,
      DIVISION.name,
    ]);
  }
  await qr.query(
    `INSERT INTO units (code, name, kind) SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) ON CONFLICT (code) DO NOTHING`,
    [STATIONS.map((s) => s.code), STATIONS.map((s) => s.name), STATIONS.map(() => 'STATION')],
  );
  const stations: { id: string; code: string }[] = await qr.query(`SELECT id, code FROM units WHERE code = ANY($1)`, [STATIONS.map((s) => s.code)]);
  const unitIdByCode = new Map<string, string>([['DIVISION', divisionId], ...stations.map((s) => [s.code, s.id] as [string, string])]);

  const hash = await hashPassword(BENCH_PASSWORD);
  const users: [string, string, string, string][] = [
    ['gen.oic', '生成 担当者', 'OFFICER_IN_CHARGE', divisionId],
    ['gen.chief', '生成 課長', 'CHIEF', divisionId],
  ];
  for (const [code, id] of unitIdByCode) {
    users.push([`gen.officer.${code.toLowerCase()}`, `生成 職員 ${code}`, 'OFFICER', id]);
    if (code !== 'DIVISION') users.push([`gen.volunteer.${code.toLowerCase()}`, `生成 ボランティア ${code}`, 'VOLUNTEER', id]);
  }
  await qr.query(
    `INSERT INTO users (username, display_name, role, unit_id, password_hash)
     SELECT u, d, r, unit::uuid, $5 FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS t(u, d, r, unit)
     ON CONFLICT (username) DO NOTHING`,
    [users.map((u) => u[0]), users.map((u) => u[1]), users.map((u) => u[2]), users.map((u) => u[3]), hash],
  );
  const rows: { id: string; username: string }[] = await qr.query(`SELECT id, username FROM users WHERE username LIKE 'gen.%'`);
  const byName = new Map(rows.map((r) => [r.username, r.id]));
  const officerByUnit = new Map<string, string>();
  const volunteerByUnit = new Map<string, string>();
  for (const code of unitIdByCode.keys()) {
    officerByUnit.set(code, byName.get(`gen.officer.${code.toLowerCase()}`)!);
    if (code !== 'DIVISION') volunteerByUnit.set(code, byName.get(`gen.volunteer.${code.toLowerCase()}`)!);
  }
  return { unitIdByCode, officerByUnit, volunteerByUnit, oic: byName.get('gen.oic')!, chief: byName.get('gen.chief')! };
}

/** Column arrays for one batch: what unnest() turns back into rows. */
function columns<T>(items: T[], spec: Record<string, (item: T) => unknown>): unknown[][] {
  const keys = Object.keys(spec);
  const out = keys.map(() => [] as unknown[]);
  for (const item of items) keys.forEach((k, i) => out[i].push(spec[k](item)));
  return out;
}

const CASE_COLUMNS = {
  i: 'int',
  status: 'text',
  version: 'int',
  first_ms: 'float8',
  claimed_ms: 'float8',
  cats: 'text',
  audience: 'text',
  decided_ms: 'float8',
  decided_chief: 'bool',
  reply_text: 'text',
  attempted_ms: 'float8',
  posted_ms: 'float8',
  channel: 'text',
  failure: 'text',
  acct: 'int',
  post_text: 'text',
  profile: 'text',
  region: 'text',
  child_ind: 'text',
  ind_src: 'text',
  na_reason: 'text',
  approval_reason: 'text',
  requested_ms: 'float8',
  approved_ms: 'float8',
  chief_comment: 'text',
  reported_ms: 'float8',
  acked_ms: 'float8',
  closed_ms: 'float8',
  close_reason: 'text',
  close_note: 'text',
  updated_ms: 'float8',
} as const;

function unnestOf(spec: Record<string, string>): string {
  const names = Object.keys(spec);
  return `unnest(${names.map((n, i) => `$${i + 1}::${spec[n]}[]`).join(', ')}) AS t(${names.join(', ')})`;
}

/** The tables a load writes in bulk: their indexes and keys are dropped for the load and rebuilt after it. */
const BULK_TABLES = ['cases', 'reports', 'post_checks', 'audit_events', 'x_accounts', 'case_statistics'];

interface SavedSchema {
  foreignKeys: { table: string; name: string; def: string }[];
  keys: { table: string; name: string; type: 'p' | 'u'; indexDef: string }[];
  indexes: { name: string; def: string }[];
}

/**
 * Drops the indexes, keys and foreign keys of the bulk tables, returning how to recreate them: building
 * an index once over sorted data is several times cheaper than maintaining it row by row (random UUID
 * keys above all). Read from the catalog, so indexes added by later migrations come along.
 */
async function dropIndexes(qr: QueryRunner): Promise<SavedSchema> {
  const foreignKeys: SavedSchema['foreignKeys'] = await qr.query(
    `SELECT conrelid::regclass::text AS "table", conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint
     WHERE contype = 'f' AND (conrelid::regclass::text = ANY($1) OR confrelid::regclass::text = ANY($1)) ORDER BY 1, 2`,
    [BULK_TABLES],
  );
  const keys: SavedSchema['keys'] = await qr.query(
    `SELECT conrelid::regclass::text AS "table", conname AS name, contype AS type, pg_get_indexdef(conindid) AS "indexDef" FROM pg_constraint
     WHERE contype IN ('p', 'u') AND conrelid::regclass::text = ANY($1) ORDER BY 1, 2`,
    [BULK_TABLES],
  );
  const indexes: SavedSchema['indexes'] = await qr.query(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def FROM pg_index i
     WHERE i.indrelid::regclass::text = ANY($1) AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid) ORDER BY 1`,
    [BULK_TABLES],
  );
  for (const f of foreignKeys) await qr.query(`ALTER TABLE "${f.table}" DROP CONSTRAINT "${f.name}"`);
  for (const k of keys) await qr.query(`ALTER TABLE "${k.table}" DROP CONSTRAINT "${k.name}"`);
  for (const i of indexes) await qr.query(`DROP INDEX "${i.name}"`);
  return { foreignKeys, keys, indexes };
}

/** Rebuilds what dropIndexes removed: the index builds shared between the sessions, then keys and foreign keys (validated). */
async function restoreIndexes(sessions: QueryRunner[], saved: SavedSchema): Promise<void> {
  const builds = [...saved.keys.map((k) => k.indexDef), ...saved.indexes.map((i) => i.def)];
  let next = 0;
  await Promise.all(
    sessions.map(async (s) => {
      await s.query(`SET maintenance_work_mem = '256MB'`);
      while (next < builds.length) await s.query(builds[next++]);
    }),
  );
  const qr = sessions[0];
  for (const k of saved.keys) {
    const index = /^CREATE UNIQUE INDEX (\S+) ON/.exec(k.indexDef)![1];
    await qr.query(`ALTER TABLE "${k.table}" ADD CONSTRAINT "${k.name}" ${k.type === 'p' ? 'PRIMARY KEY' : 'UNIQUE'} USING INDEX ${index}`);
  }
  for (const f of saved.foreignKeys) await qr.query(`ALTER TABLE "${f.table}" ADD CONSTRAINT "${f.name}" ${f.def}`);
}

export async function generateStatisticsDataset(db: DataSource, opts: DatasetOptions): Promise<DatasetSummary> {
  const log = opts.log ?? (() => undefined);
  if (!Number.isInteger(opts.cases) || opts.cases < 1 || opts.cases > 50_000_000) throw new Error('--cases must be between 1 and 50,000,000');
  if (!(opts.years > 0 && opts.years <= 30)) throw new Error('--years must be more than 0 and at most 30');
  if (!Number.isInteger(opts.seed) || opts.seed < 0 || opts.seed > 99_999_999) throw new Error('--seed must be an integer from 0 to 99,999,999');
  const endDay = opts.end ?? DEFAULT_END;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(endDay)) throw new Error('--end must be a day, YYYY-MM-DD');
  const endMs = Date.parse(`${endDay}T00:00:00+09:00`);
  const days = Math.round(opts.years * 365.25);
  const startMs = endMs - days * 86_400_000;
  const ctx: DatasetContext = { seed: opts.seed, startMs, days, endMs };
  const accounts = Math.max(1, Math.round(opts.cases * 0.6));
  const batchSize = opts.batchSize ?? 20_000;
  const S = String(opts.seed);
  // Post IDs of different seeds never collide (cases < 10^10 each).
  const postBase = `(1200000000000000000 + ${S}::bigint * 10000000000)`;
  const replyBase = `(1300000000000000000 + ${S}::bigint * 10000000000)`;
  const caseId = (i: string) => `md5('case-${S}-' || ${i})::uuid`;

  const started = Date.now();
  // Two sessions write alternate batches (PostgreSQL then uses both cores); each has the settings.
  const writers = [db.createQueryRunner(), db.createQueryRunner()];
  const qr = writers[0];
  const totals = { reports: 0, postChecks: 0, auditEvents: 0 };
  try {
    for (const w of writers) {
      await w.connect();
      await w.query(`SET patrol_desk.statistics_triggers = 'off'`);
      await w.query(`SET synchronous_commit = off`);
      // A superuser may also skip the foreign-key checks (the data is consistent by construction): ~2× faster.
      const [{ rolsuper }] = await w.query(`SELECT rolsuper FROM pg_roles WHERE rolname = current_user`);
      if (rolsuper) await w.query(`SET session_replication_role = replica`);
    }
    const org = await ensureOrganisation(qr);
    const actor = (a: 'OIC' | 'CHIEF' | 'SYSTEM') => (a === 'OIC' ? org.oic : a === 'CHIEF' ? org.chief : null);
    const roleOf = (a: 'OIC' | 'CHIEF' | 'SYSTEM') => (a === 'OIC' ? 'OFFICER_IN_CHARGE' : a);

    const saved = await dropIndexes(qr);

    await qr.query(
      `INSERT INTO x_accounts (id, username, display_name, profile_text, first_seen_at, last_seen_at)
       SELECT md5('account-${S}-' || n)::uuid, 'gen_${S}_' || n, '生成アカウント' || n, NULL, $1::timestamptz, $1::timestamptz
       FROM generate_series(0, $2::int - 1) AS n`,
      [new Date(startMs), accounts],
    );

    // Case numbers (整理番号) follow the case index whatever writer inserts it; the sequence is moved past them.
    const [{ base: numberBase }] = await qr.query(`SELECT coalesce(max(number), 0)::int AS base FROM cases`);
    const caseSql = `
      INSERT INTO cases (id, number, post_id, post_url, status, version, first_reported_at, claimed_by_id, claimed_at, categories, audience,
        decided_by_id, decided_at, reply_text, reply_attempted_at, reply_post_id, reply_posted_at, failure_reason, x_account_id,
        post_text, profile_text, region, child_indication, child_indication_source, reply_channel, not_applicable_reason,
        approval_reason, approval_requested_by_id, approval_requested_at, approved_by_id, approved_at, chief_comment,
        reported_to_chief_by_id, reported_to_chief_at, acknowledged_by_id, acknowledged_at, closed_at, close_reason, close_note,
        created_at, updated_at)
      OVERRIDING SYSTEM VALUE
      SELECT ${caseId('t.i')}, ${numberBase} + t.i + 1, (${postBase} + t.i)::text, 'https://x.com/i/web/status/' || (${postBase} + t.i)::text,
        t.status, t.version, to_timestamp(t.first_ms / 1000.0),
        CASE WHEN t.claimed_ms IS NOT NULL THEN '${org.oic}'::uuid END, to_timestamp(t.claimed_ms / 1000.0),
        string_to_array(t.cats, ','), t.audience,
        CASE WHEN t.decided_ms IS NULL THEN NULL WHEN t.decided_chief THEN '${org.chief}'::uuid ELSE '${org.oic}'::uuid END,
        to_timestamp(t.decided_ms / 1000.0), t.reply_text, to_timestamp(t.attempted_ms / 1000.0),
        CASE WHEN t.posted_ms IS NOT NULL THEN (${replyBase} + t.i)::text END, to_timestamp(t.posted_ms / 1000.0), t.failure,
        md5('account-${S}-' || t.acct)::uuid, t.post_text, t.profile, t.region, t.child_ind, t.ind_src, t.channel, t.na_reason,
        t.approval_reason, CASE WHEN t.requested_ms IS NOT NULL THEN '${org.oic}'::uuid END, to_timestamp(t.requested_ms / 1000.0),
        CASE WHEN t.approved_ms IS NOT NULL THEN '${org.chief}'::uuid END, to_timestamp(t.approved_ms / 1000.0), t.chief_comment,
        CASE WHEN t.reported_ms IS NOT NULL THEN '${org.oic}'::uuid END, to_timestamp(t.reported_ms / 1000.0),
        CASE WHEN t.acked_ms IS NOT NULL THEN '${org.chief}'::uuid END, to_timestamp(t.acked_ms / 1000.0),
        to_timestamp(t.closed_ms / 1000.0), t.close_reason, t.close_note, to_timestamp(t.first_ms / 1000.0), to_timestamp(t.updated_ms / 1000.0)
      FROM ${unnestOf(CASE_COLUMNS)}`;
    const reportSpec = { i: 'int', note: 'text', source: 'text', reporter: 'uuid', unit: 'uuid', at: 'float8' };
    const reportSql = `
      INSERT INTO reports (case_id, url, note, source, reported_by_id, unit_id, created_at)
      SELECT ${caseId('t.i')}, 'https://x.com/i/web/status/' || (${postBase} + t.i)::text, t.note, t.source, t.reporter, t.unit,
             to_timestamp(t.at / 1000.0)
      FROM ${unnestOf(reportSpec)}`;
    const checkSpec = { i: 'int', after: 'text', due: 'float8', checked: 'float8', outcome: 'text' };
    const checkSql = `
      INSERT INTO post_checks (case_id, after, due_at, checked_at, outcome, created_at)
      SELECT ${caseId('t.i')}, t.after, to_timestamp(t.due / 1000.0), to_timestamp(t.checked / 1000.0), t.outcome,
             to_timestamp(t.due / 1000.0) - interval '1 day'
      FROM ${unnestOf(checkSpec)}`;
    const auditSpec = { i: 'int', at: 'float8', actor: 'uuid', role: 'text', action: 'text', object_type: 'text', before_status: 'text', after_status: 'text' };
    const auditSql = `
      INSERT INTO audit_events (at, actor_id, actor_role, action, object_type, object_id, before, after)
      SELECT to_timestamp(t.at / 1000.0), t.actor, t.role, t.action, t.object_type, ${caseId('t.i')}::text,
             CASE WHEN t.before_status IS NOT NULL THEN jsonb_build_object('status', t.before_status) END,
             jsonb_build_object('status', t.after_status)
      FROM ${unnestOf(auditSpec)}`;

    const draw = (from: number, to: number) => {
      const cases: GeneratedCase[] = [];
      for (let i = from; i < to; i++) cases.push(generateCase(ctx, i, accounts));
      const reports = cases.flatMap((c) => c.reports.map((r) => ({ c, r })));
      const checks = cases.flatMap((c) => c.checks.map((k) => ({ c, k })));
      const events = cases.flatMap((c) => [
        ...(opts.fullAudit
          ? [
              { c, at: c.firstReportedAt, actor: null as string | null, role: 'OFFICER', action: 'case.OPEN', before: null as string | null, after: 'RECEIVED' },
            ]
          : []),
        ...c.events
          .filter((e) => opts.fullAudit || APPROVAL_ACTIONS.has(e.action))
          .map((e) => ({ c, at: e.at, actor: actor(e.actor), role: roleOf(e.actor), action: e.action, before: e.from as string | null, after: e.to })),
      ]);
      return {
        count: cases.length,
        reports: reports.length,
        checks: checks.length,
        events: events.length,
        caseColumns: columns(cases, {
          i: (c) => c.index,
          status: (c) => c.status,
          version: (c) => c.version,
          first_ms: (c) => c.firstReportedAt,
          claimed_ms: (c) => c.claimedAt,
          cats: (c) => c.categories.join(','),
          audience: (c) => c.audience,
          decided_ms: (c) => c.decidedAt,
          decided_chief: (c) => c.decidedByChief,
          reply_text: (c) => c.replyText,
          attempted_ms: (c) => c.replyAttemptedAt,
          posted_ms: (c) => c.replyPostedAt,
          channel: (c) => c.replyChannel,
          failure: (c) => c.failureReason,
          acct: (c) => c.accountIndex,
          post_text: (c) => c.postText,
          profile: (c) => c.profileText,
          region: (c) => c.region,
          child_ind: (c) => c.childIndication,
          ind_src: (c) => c.indicationSource,
          na_reason: (c) => c.notApplicableReason,
          approval_reason: (c) => c.approvalReason,
          requested_ms: (c) => c.approvalRequestedAt,
          approved_ms: (c) => c.approvedAt,
          chief_comment: (c) => c.chiefComment,
          reported_ms: (c) => c.reportedToChiefAt,
          acked_ms: (c) => c.acknowledgedAt,
          closed_ms: (c) => c.closedAt,
          close_reason: (c) => c.closeReason,
          close_note: (c) => c.closeNote,
          updated_ms: (c) => c.updatedAt,
        }),
        reportColumns: columns(reports, {
          i: ({ c }) => c.index,
          note: ({ r }) => r.note,
          source: ({ r }) => r.source,
          reporter: ({ r }) => (r.source === 'VOLUNTEER' ? org.volunteerByUnit.get(r.unitCode) : org.officerByUnit.get(r.unitCode)),
          unit: ({ r }) => org.unitIdByCode.get(r.unitCode),
          at: ({ r }) => r.at,
        }),
        checkColumns: columns(checks, {
          i: ({ c }) => c.index,
          after: ({ k }) => k.after,
          due: ({ k }) => k.dueAt,
          checked: ({ k }) => k.checkedAt,
          outcome: ({ k }) => k.outcome,
        }),
        auditColumns: columns(events, {
          i: (e) => e.c.index,
          at: (e) => e.at,
          actor: (e) => e.actor,
          role: (e) => e.role,
          action: (e) => e.action,
          object_type: () => 'Case',
          before_status: (e) => e.before,
          after_status: (e) => e.after,
        }),
      };
    };

    const write = async (w: QueryRunner, batch: ReturnType<typeof draw>) => {
      await w.query(caseSql, batch.caseColumns);
      await w.query(reportSql, batch.reportColumns);
      if (batch.checks) await w.query(checkSql, batch.checkColumns);
      if (batch.events) await w.query(auditSql, batch.auditColumns);
      totals.reports += batch.reports;
      totals.postChecks += batch.checks;
      totals.auditEvents += batch.events;
    };

    // Batch k goes to writer k mod 2; the next batch is drawn while the writers work.
    const pending: (Promise<void> | null)[] = writers.map(() => null);
    let logged = 0;
    for (let from = 0, k = 0; from < opts.cases; from += batchSize, k++) {
      const batch = draw(from, Math.min(opts.cases, from + batchSize));
      const slot = k % writers.length;
      if (pending[slot]) await pending[slot];
      pending[slot] = write(writers[slot], batch);
      if (from + batch.count - logged >= 100_000 || from + batch.count === opts.cases) {
        logged = from + batch.count;
        log(`  ${logged.toLocaleString('en')} cases drawn (${Math.round((Date.now() - started) / 1000)} s)`);
      }
    }
    await Promise.all(pending);
    await qr.query(`SELECT setval(pg_get_serial_sequence('cases', 'number'), (SELECT max(number) FROM cases))`);
    const loadMs = Date.now() - started;

    log(`  rows written (${Math.round(loadMs / 1000)} s); rebuilding the statistics rollups …`);
    const rebuildStarted = Date.now();
    await qr.query(`SELECT statistics_rebuild()`);
    const rebuildMs = Date.now() - rebuildStarted;
    log(`  rollups rebuilt (${Math.round(rebuildMs / 1000)} s); building indexes and keys …`);
    const indexStarted = Date.now();
    await restoreIndexes(writers, saved);
    log(`  indexes and keys built (${Math.round((Date.now() - indexStarted) / 1000)} s); vacuum analyze …`);
    // Fresh planner statistics and visibility map (index-only scans on the fact table).
    await qr.query(
      `VACUUM ANALYZE case_statistics, statistics_daily, statistics_monthly, statistics_monthly_units, statistics_monthly_categories, cases, reports, post_checks, audit_events, x_accounts`,
    );
    return {
      cases: opts.cases,
      reports: totals.reports,
      postChecks: totals.postChecks,
      auditEvents: totals.auditEvents,
      accounts,
      firstDay: new Date(startMs + 9 * 3600_000).toISOString().slice(0, 10),
      endDay,
      loadMs,
      rebuildMs,
    };
  } finally {
    for (const w of writers) {
      await w.query(`RESET patrol_desk.statistics_triggers`).catch(() => undefined);
      await w.query(`RESET synchronous_commit`).catch(() => undefined);
      await w.query(`RESET session_replication_role`).catch(() => undefined);
      await w.release();
    }
  }
}
