import type { DataSource } from 'typeorm';
import type { Actor } from '../../../core/auth/context';
import { inTransaction } from '../../../core/database/transaction';
import type { Logger } from '../../../core/logging/logger';
import { recordAudit } from '../../audit/audit.service';

/**
 * DESIGN §7: once a case has been CLOSED for RETENTION_DAYS, the personal data it holds is purged:
 *
 * - cases: the post text and profile text; the post URL loses the author's handle
 *   (https://x.com/<handle>/status/<id> → https://x.com/i/web/status/<id>);
 * - reports: the same texts and URL, and the reporter's note (it usually quotes the post or names
 *   the account);
 * - x_accounts: handle, display name, profile text and X user id — once no case of the account is
 *   left unpurged (an account with an open case keeps them).
 *
 * - escalations DONE or CANCELLED for RETENTION_DAYS (purgeEscalations below): their free texts
 *   and handles, and those of their timeline and incident reports.
 *
 * What the statistics count is kept: every case and report row with its dates, unit, source,
 * status, categories, audience, region and outcome, and the case → account link (repeat posters
 * are still counted, just no longer named). The purge runs in batches, each one transaction with
 * one audit event (retention.PURGE) listing the cases; cases are claimed with SKIP LOCKED, so two
 * worker copies never purge the same case and a re-run finds nothing left to do.
 */
export interface PurgeOptions {
  retentionDays: number;
  batchSize: number;
  requestId?: string;
}

export interface PurgeResult {
  cases: number;
  reports: number;
  xAccounts: number;
  batches: number;
  escalations: number;
}

/** The form of a post's URL without the author's handle (the one x-post-url.ts builds when no handle is known). */
const ANONYMOUS_POST_URL = `'https://x.com/i/web/status/' || c.post_id`;

export async function purgePersonalData(db: DataSource, logger: Logger, opts: PurgeOptions): Promise<PurgeResult> {
  const actor: Actor = { user: null, requestId: opts.requestId ?? 'retention-purge', ip: null };
  const total: PurgeResult = { cases: 0, reports: 0, xAccounts: 0, batches: 0, escalations: 0 };
  for (;;) {
    const batch = await inTransaction(db, async (em) => {
      const due: { id: string }[] = await em.query(
        `SELECT id FROM cases
         WHERE status = 'CLOSED' AND personal_data_purged_at IS NULL AND closed_at < now() - make_interval(days => $1)
         ORDER BY closed_at, id
         LIMIT $2
         FOR UPDATE SKIP LOCKED`,
        [opts.retentionDays, opts.batchSize],
      );
      if (due.length === 0) return null;
      const ids = due.map((r) => r.id);
      await em.query(
        `UPDATE cases c SET post_text = NULL, profile_text = NULL, post_url = ${ANONYMOUS_POST_URL}, personal_data_purged_at = now()
         WHERE c.id = ANY($1::uuid[])`,
        [ids],
      );
      // CTEs, so the driver answers the returned rows (an UPDATE's own answer is [rows, count]).
      const reports: unknown[] = await em.query(
        `WITH purged AS (
           UPDATE reports r SET post_text = NULL, profile_text = NULL, note = NULL, url = ${ANONYMOUS_POST_URL}
           FROM cases c WHERE r.case_id = c.id AND c.id = ANY($1::uuid[])
           RETURNING r.id
         ) SELECT id FROM purged`,
        [ids],
      );
      const accounts: unknown[] = await em.query(
        `WITH purged AS (
           UPDATE x_accounts a SET username = NULL, display_name = NULL, profile_text = NULL, x_user_id = NULL, personal_data_purged_at = now()
           WHERE a.personal_data_purged_at IS NULL
             AND a.id IN (SELECT x_account_id FROM cases WHERE id = ANY($1::uuid[]) AND x_account_id IS NOT NULL)
             AND NOT EXISTS (SELECT 1 FROM cases c2 WHERE c2.x_account_id = a.id AND c2.personal_data_purged_at IS NULL)
           RETURNING a.id
         ) SELECT id FROM purged`,
        [ids],
      );
      const counts = { cases: ids.length, reports: reports.length, xAccounts: accounts.length };
      await recordAudit(em, actor, {
        action: 'retention.PURGE',
        objectType: 'Retention',
        objectId: 'personal-data',
        after: { retentionDays: opts.retentionDays, ...counts, caseIds: ids },
      });
      return counts;
    });
    if (!batch) break;
    total.cases += batch.cases;
    total.reports += batch.reports;
    total.xAccounts += batch.xAccounts;
    total.batches += 1;
    if (batch.cases < opts.batchSize) break;
  }
  const escalations = await purgeEscalations(db, actor, opts);
  total.escalations = escalations.escalations;
  total.batches += escalations.batches;
  if (total.cases > 0 || total.escalations > 0) logger.info({ ...total, retentionDays: opts.retentionDays }, 'personal data of closed cases and escalations purged');
  return total;
}

/** A post URL of an escalation without the author's handle, as for cases. */
const ANONYMOUS_ESCALATION_POST_URL = `CASE WHEN e.post_id IS NULL THEN NULL ELSE 'https://x.com/i/web/status/' || e.post_id END`;
/** Keys of escalation_events.data that can hold free text (DETAILS_UPDATED copies the new summary and asset, INCIDENT_REPORTED the recipient's name). */
const EVENT_TEXT_KEYS = ['summary', 'incidentAffectedAsset', 'recipientName'];

/**
 * Escalations DONE or CANCELLED for RETENTION_DAYS (DESIGN §7, like cases): the summary, cancel
 * reason, disclosure texts, account URL and the incident's affected asset become NULL; post URLs
 * lose the author's handle; timeline notes, the free-text keys of timeline data, and incident
 * reports' notes and recipient names are erased. Kept for escalationStatistics and the record:
 * kind, urgency, status, every time (raised, due, completed, disclosure sent/answered, deletion
 * requested/removed, incident detected), enums (deletion reason and outcome, X's answer), X's
 * reference numbers, the checklist ticks and who acted. The version is bumped, so a board still
 * showing the old texts gets a CONFLICT instead of writing over the purge. Batches as for cases.
 */
async function purgeEscalations(db: DataSource, actor: Actor, opts: PurgeOptions): Promise<{ escalations: number; batches: number }> {
  const total = { escalations: 0, batches: 0 };
  for (;;) {
    const purged = await inTransaction(db, async (em) => {
      const due: { id: string }[] = await em.query(
        `SELECT id FROM escalations
         WHERE status IN ('DONE', 'CANCELLED') AND personal_data_purged_at IS NULL AND completed_at < now() - make_interval(days => $1)
         ORDER BY completed_at, id
         LIMIT $2
         FOR UPDATE SKIP LOCKED`,
        [opts.retentionDays, opts.batchSize],
      );
      if (due.length === 0) return 0;
      const ids = due.map((r) => r.id);
      await em.query(
        `UPDATE escalations e SET
           summary = NULL, cancel_reason = NULL, post_url = ${ANONYMOUS_ESCALATION_POST_URL},
           disclosure_account_url = NULL,
           disclosure_post_urls = ARRAY(SELECT regexp_replace(u, '^https://x\\.com/[A-Za-z0-9_]{1,15}/status/', 'https://x.com/i/web/status/') FROM unnest(e.disclosure_post_urls) u),
           disclosure_person_at_risk = NULL, disclosure_danger = NULL, disclosure_information_needed = NULL,
           disclosure_reason = NULL, disclosure_contact = NULL, disclosure_answer_text = NULL,
           incident_affected_asset = NULL,
           version = e.version + 1, personal_data_purged_at = now()
         WHERE e.id = ANY($1::uuid[])`,
        [ids],
      );
      await em.query(`UPDATE escalation_events SET note = NULL, data = data - $2::text[] WHERE escalation_id = ANY($1::uuid[])`, [ids, EVENT_TEXT_KEYS]);
      await em.query(`UPDATE escalation_incident_reports SET note = NULL, recipient_name = NULL WHERE escalation_id = ANY($1::uuid[])`, [ids]);
      await recordAudit(em, actor, {
        action: 'retention.PURGE',
        objectType: 'Retention',
        objectId: 'escalations',
        after: { retentionDays: opts.retentionDays, escalations: ids.length, escalationIds: ids },
      });
      return ids.length;
    });
    if (purged === 0) break;
    total.escalations += purged;
    total.batches += 1;
    if (purged < opts.batchSize) break;
  }
  return total;
}
