import { entitySelect } from '../../core/loaders/rows';
import { Brackets, type DataSource } from 'typeorm';
import { decodeCursor, toPage, type Page, type PageArgs } from '../../core/graphql/pagination';
import { AuditEvent } from '../audit/audit-event.entity';
import type { User } from '../users/user.entity';
import { CaseStatus } from './case-enums';
import { Case } from './case.entity';
import { caseColumns, caseFromRow } from './case-rows';
import { TimelineEntry, TimelineEntryKind, TipStatus, type Tip } from './inputs';
import { Report } from './report.entity';

/** The work lists of each role: which statuses, in which order (oldest first: they are waiting). */
export const WORK_LISTS = {
  reviewQueue: { statuses: [CaseStatus.RECEIVED, CaseStatus.SCREENING], sort: 'firstReportedAt' },
  awaitingApproval: { statuses: [CaseStatus.AWAITING_APPROVAL], sort: 'approvalRequestedAt' },
  awaitingReportToChief: { statuses: [CaseStatus.WARNING_POSTED], sort: 'replyPostedAt' },
  reportsToAcknowledge: { statuses: [CaseStatus.REPORTED], sort: 'reportedToChiefAt' },
  failedReplies: { statuses: [CaseStatus.WARNING_FAILED], sort: 'updatedAt' },
  pendingReplies: { statuses: [CaseStatus.WARNING_QUEUED], sort: 'decidedAt' },
} as const satisfies Record<string, { statuses: CaseStatus[]; sort: keyof Case }>;

export type WorkList = keyof typeof WORK_LISTS;

const COLUMN: Record<string, string> = {
  firstReportedAt: 'first_reported_at',
  approvalRequestedAt: 'approval_requested_at',
  replyPostedAt: 'reply_posted_at',
  reportedToChiefAt: 'reported_to_chief_at',
  updatedAt: 'updated_at',
  decidedAt: 'decided_at',
};

export async function listCases(db: DataSource, list: WorkList, page: PageArgs): Promise<Page<Case>> {
  const { statuses, sort } = WORK_LISTS[list];
  const column = COLUMN[sort];
  // Hand-written (case-rows.ts): a work list page is read on every screen refresh. The status list stays
  // literal so the review queue's partial index (cases_review_queue_idx) matches.
  const values: unknown[] = [...statuses];
  const where = [`c.status IN (${statuses.map((_, i) => `$${i + 1}`).join(', ')})`];
  if (page.after) {
    const { sortValue, id } = decodeCursor(page.after);
    values.push(sortValue, id);
    const sv = `$${values.length - 1}`;
    where.push(`(c.${column} > ${sv} OR (c.${column} = ${sv} AND c.id > $${values.length}))`);
  }
  values.push(page.first + 1);
  const raw: Record<string, unknown>[] = await db.query(
    `SELECT ${caseColumns(db, 'c')} FROM cases c WHERE ${where.join(' AND ')}
     ORDER BY c.${column} ASC NULLS LAST, c.id ASC LIMIT $${values.length}`,
    values,
  );
  const rows = raw.map((r) => caseFromRow(db, r));
  return toPage(rows, page.first, (c) => (c[sort as keyof Case] as Date) ?? new Date(0));
}

/** Newest-first keyset pagination over reports filtered by `where`. */
async function listReports(db: DataSource, where: { unitId?: string; reportedById?: string }, page: PageArgs): Promise<Page<Report>> {
  const qb = db.getRepository(Report).createQueryBuilder('r');
  if (where.unitId) qb.where('r.unit_id = :unitId', { unitId: where.unitId });
  if (where.reportedById) qb.where('r.reported_by_id = :by', { by: where.reportedById });
  if (page.after) {
    const { sortValue, id } = decodeCursor(page.after);
    qb.andWhere(
      new Brackets((w) => w.where('r.created_at < :sv', { sv: sortValue }).orWhere('r.created_at = :sv AND r.id > :sid', { sid: id })),
    );
  }
  const rows = await qb.orderBy('r.created_at', 'DESC').addOrderBy('r.id', 'ASC').take(page.first + 1).getMany();
  return toPage(rows, page.first, (r) => r.createdAt);
}

export const listUnitReports = (db: DataSource, user: User, page: PageArgs) => listReports(db, { unitId: user.unitId }, page);

const HANDLED = new Set<CaseStatus>([CaseStatus.WARNING_POSTED, CaseStatus.REPORTED, CaseStatus.CLOSED, CaseStatus.WARNING_FAILED]);

/** A volunteer's own tips with a coarse status only. */
export async function listMyTips(db: DataSource, user: User, page: PageArgs): Promise<Page<Tip>> {
  const reports = await listReports(db, { reportedById: user.id }, page);
  const statuses = new Map<string, CaseStatus>();
  if (reports.nodes.length) {
    const rows: { id: string; status: CaseStatus }[] = await db.query(`SELECT id, status FROM cases WHERE id = ANY($1::uuid[])`, [
      reports.nodes.map((r) => r.caseId),
    ]);
    rows.forEach((r) => statuses.set(r.id, r.status));
  }
  return {
    pageInfo: reports.pageInfo,
    nodes: reports.nodes.map((r) => ({
      id: r.id,
      url: r.url,
      note: r.note,
      submittedAt: r.createdAt,
      status: HANDLED.has(statuses.get(r.caseId)!) ? TipStatus.HANDLED : TipStatus.RECEIVED,
    })),
  };
}

const NOTE_OF: Record<string, (after: Record<string, unknown>) => unknown> = {
  'case.REQUEST_APPROVAL': (a) => a.approvalReason,
  'case.APPROVE': (a) => a.chiefComment,
  'case.DECLINE': (a) => a.chiefComment,
  'case.RETURN_FOR_SCREENING': (a) => a.chiefComment,
  'case.REPORT_TO_CHIEF': (a) => a.reportToChiefNote,
  'case.MARK_NOT_APPLICABLE': (a) => a.closeNote,
  'case.CLOSE_FAILED': (a) => a.closeNote,
  'case.RECORD_REPLY_FAILED': (a) => a.failureReason,
};

/**
 * Reports and decisions of one case, oldest first. `loadReports` lets a request share one batched read of
 * the case's reports with its `reports` field (the case page asks for both).
 */
export async function caseTimeline(
  db: DataSource,
  caseId: string,
  loadReports: () => Promise<Report[]> = () => db.getRepository(Report).find({ where: { caseId }, order: { createdAt: 'ASC' } }),
): Promise<TimelineEntry[]> {
  const [reports, events] = await Promise.all([
    loadReports(),
    entitySelect(db, AuditEvent, 'object_type = $1 AND object_id = $2', 'id ASC')(['Case', caseId]),
  ]);
  const entries: TimelineEntry[] = [
    ...reports.map((r) => ({
      at: r.createdAt,
      kind: TimelineEntryKind.REPORT,
      action: 'report.SUBMIT',
      actorId: r.reportedById,
      actorRole: r.source,
      toStatus: null,
      note: r.note,
    })),
    ...events.map((e) => {
      const after = (e.after ?? {}) as Record<string, unknown>;
      const note = NOTE_OF[e.action]?.(after);
      return {
        at: e.at,
        kind: TimelineEntryKind.ACTION,
        action: e.action,
        actorId: e.actorId,
        actorRole: e.actorRole,
        toStatus: typeof after.status === 'string' ? after.status : null,
        note: typeof note === 'string' ? note : null,
      };
    }),
  ];
  // Events of one transaction share a timestamp: the case opens before its first report is filed.
  const rank = (e: TimelineEntry) => (e.action === 'case.OPEN' ? 0 : e.kind === TimelineEntryKind.REPORT ? 1 : 2);
  return entries.sort((a, b) => a.at.getTime() - b.at.getTime() || rank(a) - rank(b));
}
