import { Brackets, type DataSource, type SelectQueryBuilder } from 'typeorm';
import { decodeCursor, toPage, type Page, type PageArgs } from '../../core/graphql/pagination';
import { AuditEvent } from '../audit/audit-event.entity';
import type { User } from '../users/user.entity';
import { CaseStatus } from './case-enums';
import { Case } from './case.entity';
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

/** Keyset pagination on (sort column, id), ascending. */
function afterCursor<T extends object>(qb: SelectQueryBuilder<T>, alias: string, column: string, after: string | null | undefined) {
  if (!after) return qb;
  const { sortValue, id } = decodeCursor(after);
  return qb.andWhere(
    new Brackets((w) =>
      w.where(`${alias}.${column} > :sv`, { sv: sortValue }).orWhere(`${alias}.${column} = :sv AND ${alias}.id > :sid`, { sid: id }),
    ),
  );
}

export async function listCases(db: DataSource, list: WorkList, page: PageArgs): Promise<Page<Case>> {
  const { statuses, sort } = WORK_LISTS[list];
  const column = COLUMN[sort];
  let qb = db.getRepository(Case).createQueryBuilder('c').where('c.status IN (:...statuses)', { statuses: [...statuses] });
  qb = afterCursor(qb, 'c', column, page.after);
  const rows = await qb
    .orderBy(`c.${column}`, 'ASC', 'NULLS LAST')
    .addOrderBy('c.id', 'ASC')
    .take(page.first + 1)
    .getMany();
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
    db.getRepository(AuditEvent).find({ where: { objectType: 'Case', objectId: caseId }, order: { id: 'ASC' } }),
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
