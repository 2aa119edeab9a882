import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/context';
import { InvalidInput } from '../../core/errors/errors';
import { AuditEvent } from '../audit/audit-event.entity';
import type { AuditEntry } from '../audit/audit.service';
import { accountForHandle } from '../x-accounts/x-account.service';
import { CaseStatus, ReportSource } from './case-enums';
import { Case } from './case.entity';
import { caseColumns, caseFromRow } from './case-rows';
import { Report } from './report.entity';
import { canonicalPostUrl, parsePostUrl, PostUrlError } from './x-post-url';

export const MAX_NOTE_LENGTH = 2000;

export interface SubmitReportCommand {
  url: string;
  note?: string | null;
  /** The post's text and the author's profile as the reporter saw them (optional). */
  postText?: string | null;
  profileText?: string | null;
  source: ReportSource;
}

export interface SubmitReportOutcome {
  report: Report;
  case: Case;
  /** True when the post was already known: the report is kept, the case is not reopened. */
  duplicate: boolean;
}

function cleanText(value: string | null | undefined, field: string, max: number): string | null {
  if (value == null) return null;
  // Keep line breaks and tabs, drop other control characters pasted from elsewhere.
  const cleaned = value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim();
  if (cleaned.length > max) {
    throw InvalidInput(`The ${field} is too long (${cleaned.length} characters; at most ${max}).`, field);
  }
  return cleaned.length > 0 ? cleaned : null;
}

/** Longest X post (25,000 for long posts) and profile (160) with room to spare. */
const MAX_POST_TEXT = 25_000;
const MAX_PROFILE_TEXT = 1_000;

/** The intake's audit events in one INSERT (as recordAudit writes each; ids keep the list's order). */
async function recordAuditsAtOnce(em: EntityManager, actor: Actor, entries: AuditEntry[]): Promise<void> {
  await em.insert(
    AuditEvent,
    entries.map((entry) => ({
      actorId: actor.user?.id ?? null,
      actorRole: actor.user?.role ?? 'SYSTEM',
      action: entry.action,
      objectType: entry.objectType,
      objectId: entry.objectId,
      before: entry.before ?? null,
      after: entry.after ?? null,
      requestId: actor.requestId,
      ip: actor.ip,
    })),
  );
}

/**
 * The first report of a post without a handle in its URL, in one statement: null when the post is
 * already known (ON CONFLICT: nothing is written) and the caller takes the general path. The audit
 * events are the ones recordAuditsAtOnce writes, in the same order (case.OPEN, then report.SUBMIT).
 */
async function firstReportAtOnce(
  db: DataSource,
  actor: Actor,
  r: {
    postId: string;
    canonicalUrl: string;
    url: string;
    note: string | null;
    postText: string | null;
    profileText: string | null;
    source: ReportSource;
  },
): Promise<SubmitReportOutcome | null> {
  const user = actor.user!;
  const rows: Record<string, unknown>[] = await db.query(
    `WITH c AS (
       INSERT INTO cases (post_id, post_url, status, first_reported_at, post_text, profile_text, x_account_id)
       VALUES ($1, $2, $3, $4, $5, $6, NULL)
       ON CONFLICT (post_id) DO NOTHING
       RETURNING ${caseColumns(db)}
     ), r AS (
       INSERT INTO reports (case_id, url, note, post_text, profile_text, source, reported_by_id, unit_id)
       SELECT c.id, $7, $8, $5, $6, $9, $10, $11 FROM c
       RETURNING id, created_at
     ), a AS (
       INSERT INTO audit_events (actor_id, actor_role, action, object_type, object_id, after, request_id, ip)
       SELECT $10, $12, 'case.OPEN', 'Case', c.id::text, jsonb_build_object('status', c.status, 'postId', c.post_id), $13, $14 FROM c
       UNION ALL
       SELECT $10, $12, 'report.SUBMIT', 'Report', r.id::text,
         jsonb_build_object('caseId', c.id, 'source', $9::text, 'duplicate', false), $13, $14 FROM c, r
     )
     SELECT c.*, r.id AS "__report_id", r.created_at AS "__report_created_at" FROM c, r`,
    [
      ...[r.postId, r.canonicalUrl, CaseStatus.RECEIVED, new Date(), r.postText, r.profileText, r.url, r.note, r.source],
      ...[user.id, user.unitId, user.role, actor.requestId, actor.ip],
    ],
  );
  if (rows.length === 0) return null;
  const theCase = caseFromRow(db, rows[0]);
  const report = db.getRepository(Report).create({
    id: rows[0].__report_id as string,
    caseId: theCase.id,
    url: r.url,
    note: r.note,
    postText: r.postText,
    profileText: r.profileText,
    source: r.source,
    reportedById: user.id,
    unitId: user.unitId,
    createdAt: rows[0].__report_created_at as Date,
  });
  return { report, case: theCase, duplicate: false };
}

/**
 * 発見報告: records a found post. The first report of a post opens its case (RECEIVED); later
 * reports of the same post, in any URL form, are kept on that case without reopening it.
 */
export async function submitReport(db: DataSource, actor: Actor, cmd: SubmitReportCommand): Promise<SubmitReportOutcome> {
  const user = actor.user;
  if (!user) throw new Error('submitReport needs a user');
  let parsed;
  try {
    parsed = parsePostUrl(cmd.url);
  } catch (e) {
    if (e instanceof PostUrlError) throw InvalidInput(e.message, 'url');
    throw e;
  }
  const note = cleanText(cmd.note, 'note', MAX_NOTE_LENGTH);
  const postText = cleanText(cmd.postText, 'postText', MAX_POST_TEXT);
  const profileText = cleanText(cmd.profileText, 'profileText', MAX_PROFILE_TEXT);

  const url = cmd.url.slice(0, 2048);
  // The common case, a post nobody reported yet (and no handle to look up): one statement, atomic on
  // its own, writes the case, the report and both audit events (1 round trip instead of 5).
  if (!parsed.username) {
    const first = await firstReportAtOnce(db, actor, {
      postId: parsed.postId,
      canonicalUrl: canonicalPostUrl(parsed),
      url,
      note,
      postText,
      profileText,
      source: cmd.source,
    });
    if (first) return first;
  }

  // READ COMMITTED is PostgreSQL's default: db.transaction() without a level saves a SET per intake.
  return db.transaction(async (em) => {
    const now = new Date();
    const account = parsed.username ? await accountForHandle(em, parsed.username) : null;
    // ON CONFLICT keeps two simultaneous first reports of one post from opening two cases. A new case
    // gets the observed texts and the account straight away (one statement on the common path).
    const returning = caseColumns(em.connection);
    const inserted: Record<string, unknown>[] = await em.query(
      `INSERT INTO cases (post_id, post_url, status, first_reported_at, post_text, profile_text, x_account_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (post_id) DO NOTHING
       RETURNING ${returning}`,
      [parsed.postId, canonicalPostUrl(parsed), CaseStatus.RECEIVED, now, postText, profileText, account?.id ?? null],
    );
    const duplicate = inserted.length === 0;
    // A known post: keep the latest observed texts on its case, and link the account when the URL names it.
    const rows = duplicate
      ? ((await em.query(
          `UPDATE cases SET post_text = COALESCE($2, post_text), profile_text = COALESCE($3, profile_text),
             x_account_id = COALESCE(x_account_id, $4)
           WHERE post_id = $1
           RETURNING ${returning}`,
          [parsed.postId, postText, profileText, account?.id ?? null],
        )) as [Record<string, unknown>[], number])[0]
      : inserted;
    const theCase = caseFromRow(em.connection, rows[0]);
    // insert(), not save(): one INSERT … RETURNING id, created_at merged into the entity, no diffing.
    const report = em.getRepository(Report).create({
      caseId: theCase.id,
      url,
      note,
      postText,
      profileText,
      source: cmd.source,
      reportedById: user.id,
      unitId: user.unitId,
    });
    await em.insert(Report, report);
    const audits: AuditEntry[] = [];
    if (!duplicate) {
      const after = { status: theCase.status, postId: theCase.postId };
      audits.push({ action: 'case.OPEN', objectType: 'Case', objectId: theCase.id, after });
    }
    const after = { caseId: theCase.id, source: cmd.source, duplicate };
    audits.push({ action: 'report.SUBMIT', objectType: 'Report', objectId: report.id, after });
    await recordAuditsAtOnce(em, actor, audits);
    return { report, case: theCase, duplicate };
  });
}
