import type { DataSource } from 'typeorm';
import type { Actor } from '../../src/core/auth/context';
import { inTransaction } from '../../src/core/database/transaction';
import { ChildIndication, IndicationSource, NotApplicableReason, Region, ReplyChannel, ReportSource, type Category } from '../../src/modules/cases/case-enums';
import type { Case } from '../../src/modules/cases/case.entity';
import { submitReport } from '../../src/modules/cases/case-intake.service';
import { CaseAction } from '../../src/modules/cases/case-state-machine';
import { transitionCase } from '../../src/modules/cases/case-workflow.service';
import { acknowledgeReport, closeFailedReply, reportToChief, retryReply } from '../../src/modules/cases/commands/after-reply.commands';
import { approveWarning, declineWarning, returnForScreening } from '../../src/modules/cases/commands/approval.commands';
import { markNotApplicable, requestApproval, takeCase, warnCase } from '../../src/modules/cases/commands/screening.commands';
import type { User } from '../../src/modules/users/user.entity';

/** Drives cases through the real workflow functions (the ones the resolvers call). */
export const actor = (user: User | null): Actor => ({ user, requestId: null, ip: null });
export const SYSTEM_ACTOR: Actor = { user: null, requestId: null, ip: null };

let postSeq = 0;
/** A fresh X post URL (post IDs must be unique across the file's database). */
export function postUrl(): string {
  postSeq += 1;
  return `https://x.com/someone/status/${1_870_000_000_000_000_000n + BigInt(Date.now() % 1_000_000) * 1_000_000n + BigInt(postSeq)}`;
}

export async function report(db: DataSource, by: User, opts: { url?: string; source?: ReportSource; at?: Date } = {}) {
  const source = opts.source ?? ReportSource.OFFICER;
  const out = await submitReport(db, actor(by), { url: opts.url ?? postUrl(), source, note: 'テスト用メモ', postText: '今日会える人 JK2', profileText: '高2 熊本' });
  if (opts.at) {
    // Backdate (the intake stamps "now"): the statistics triggers follow updates too.
    await db.query(`UPDATE reports SET created_at = $2 WHERE id = $1`, [out.report.id, opts.at]);
    if (!out.duplicate) await db.query(`UPDATE cases SET first_reported_at = $2 WHERE id = $1`, [out.case.id, opts.at]);
  }
  return out;
}

export const version = async (db: DataSource, id: string): Promise<number> =>
  (await db.query(`SELECT version FROM cases WHERE id = $1`, [id]))[0].version;

export interface Screening {
  categories: Category[];
  child: boolean;
  region?: Region;
}

const screening = (id: string, v: number, s: Screening) => ({
  caseId: id,
  expectedVersion: v,
  region: s.region ?? Region.KUMAMOTO,
  childIndication: s.child ? ChildIndication.POSTER_IS_CHILD : ChildIndication.TARGET_IS_CHILD,
  indicationSource: IndicationSource.CONTENT,
  categories: s.categories,
});

export const workflow = (db: DataSource, oic: User, chief: User) => ({
  take: async (id: string) => takeCase(db, actor(oic), id, await version(db, id)),
  warn: async (id: string, s: Screening) => warnCase(db, actor(oic), screening(id, await version(db, id), s)),
  requestApproval: async (id: string, s: Screening) =>
    requestApproval(db, actor(oic), { ...screening(id, await version(db, id), s), reason: '紛争のおそれ' }),
  approve: async (id: string) => approveWarning(db, actor(chief), id, await version(db, id)),
  decline: async (id: string) => declineWarning(db, actor(chief), id, await version(db, id), '対象とまでは言えない'),
  return: async (id: string) => returnForScreening(db, actor(chief), id, await version(db, id), '類型を再確認'),
  notApplicable: async (id: string, reason = NotApplicableReason.OUT_OF_REGION) =>
    markNotApplicable(db, actor(oic), { caseId: id, expectedVersion: await version(db, id), reason }),
  posted: (id: string): Promise<Case> =>
    inTransaction(db, (em) =>
      transitionCase(em, SYSTEM_ACTOR, id, CaseAction.RECORD_REPLY_POSTED, {
        changes: { replyPostedAt: new Date(), replyPostId: String(1_990_000_000_000_000_000n + BigInt(Math.floor(Math.random() * 1e15))) },
      }),
    ),
  failed: (id: string): Promise<Case> =>
    inTransaction(db, (em) => transitionCase(em, SYSTEM_ACTOR, id, CaseAction.RECORD_REPLY_FAILED, { changes: { failureReason: 'X API 503' } })),
  retry: async (id: string) => retryReply(db, actor(oic), id, await version(db, id), ReplyChannel.API),
  closeFailed: async (id: string) => closeFailedReply(db, actor(oic), id, await version(db, id), '投稿が削除済み'),
  reportToChief: async (id: string) => reportToChief(db, actor(oic), id, await version(db, id)),
  acknowledge: async (id: string) => acknowledgeReport(db, actor(chief), id, await version(db, id)),
});

/** Sets a case's timestamps (what the workflow stamped as "now") to chosen instants. */
export async function setTimes(db: DataSource, id: string, times: Partial<Record<'claimed_at' | 'decided_at' | 'reply_posted_at' | 'first_reported_at', Date>>) {
  const cols = Object.keys(times);
  if (!cols.length) return;
  await db.query(`UPDATE cases SET ${cols.map((c, i) => `${c} = $${i + 2}`).join(', ')} WHERE id = $1`, [id, ...Object.values(times)]);
}

/** A re-check as the worker records it (outcome null = scheduled, not run yet). */
export async function recheck(db: DataSource, caseId: string, after: '1d' | '7d', outcome: 'PRESENT' | 'DELETED' | 'NOT_VISIBLE' | null) {
  await db.query(
    `INSERT INTO post_checks (case_id, after, due_at, checked_at, outcome) VALUES ($1, $2, now(), $3, $4)
     ON CONFLICT (case_id, after) DO UPDATE SET checked_at = EXCLUDED.checked_at, outcome = EXCLUDED.outcome`,
    [caseId, after, outcome ? new Date() : null, outcome],
  );
}

/**
 * Every non-zero row of each rollup table summed over its shards, in a stable order (to compare
 * incremental with rebuilt: the triggers spread rows over shards, the rebuild writes shard 0).
 */
export async function rollupSnapshot(db: DataSource): Promise<unknown[]> {
  const names = [
    'reports', 'cases', 'screened', 'warned', 'reported_to_chief', 'acknowledged', 'approval_requests', 'approvals', 'declines',
    'returns', 'rechecked_1d', 'deleted_1d', 'rechecked_7d', 'deleted_7d',
  ];
  const measures = names.map((m) => `sum(${m})::int AS ${m}`).join(', ');
  const nonZero = names.map((m) => `sum(${m}) <> 0`).join(' OR ');
  const summed = (table: string, key: string) =>
    db.query(`SELECT ${key}, ${measures} FROM ${table} GROUP BY ${key} HAVING ${nonZero} ORDER BY ${key}`);
  const daily = await summed('statistics_daily', 'day::text, unit_id, source, category_mask, audience, outcome, region');
  const monthly = await summed('statistics_monthly', 'month::text, unit_id, source, category_mask, audience, outcome, region');
  const monthlyUnits = await summed('statistics_monthly_units', 'month::text, unit_id, source');
  const monthlyCategories = await summed('statistics_monthly_categories', 'month::text, unit_id, source, category');
  const facts = await db.query(`SELECT case_id, day::text, unit_id, source, category_mask, audience, outcome, region, screened, warned,
    reported_to_chief, acknowledged, approval_requests, approvals, declines, returns, recheck_1d, recheck_7d, seconds_to_reply,
    seconds_to_decision FROM case_statistics ORDER BY case_id`);
  return [daily, monthly, monthlyUnits, monthlyCategories, facts];
}
