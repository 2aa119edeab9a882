import { Brackets, type DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/context';
import { inTransaction } from '../../core/database/transaction';
import { Conflict, InvalidInput, InvalidTransition, NotFound } from '../../core/errors/errors';
import { decodeCursor, toPage, type Page } from '../../core/graphql/pagination';
import { recordAudit } from '../audit/audit.service';
import { isValidMonth, jstMonth } from '../statistics/jst';
import { AUDIENCE_LABEL, CATEGORY_LABEL, monthLabel } from '../statistics/statistics-labels';
import { StatisticsAudience, StatisticsCategory } from '../statistics/statistics-enums';
import { Bulletin } from './bulletin.entity';
import { bulletinFiguresOf, computeMonthlyFigures, type FiguresSnapshot } from './monthly-figures';
import { MonthlyReport, MonthlyReportStatus } from './monthly-report.entity';

export const MAX_REMARKS_LENGTH = 10_000;
export const MAX_TITLE_LENGTH = 200;
export const MAX_BODY_LENGTH = 10_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const isUniqueViolation = (e: unknown) => (e as { driverError?: { code?: string } })?.driverError?.code === '23505';

function cleanText(value: string | null | undefined, field: string, max: number): string | null {
  const text = String(value ?? '')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .trim();
  if (text.length > max) throw InvalidInput(`${field} is too long (${text.length} characters; at most ${max}).`, field);
  return text.length > 0 ? text : null;
}

/** 'YYYY-MM' of a month that has begun (Japan time). */
export function normalizeReportMonth(raw: string, now = new Date()): string {
  const month = String(raw ?? '').trim();
  if (!isValidMonth(month) || month < '2000-01') throw InvalidInput("Give the month as 'YYYY-MM'.", 'month');
  if (month > jstMonth(now)) throw InvalidInput('That month has not begun yet.', 'month');
  return month;
}

/** What the audit log keeps of a report (the figures by their totals, not the whole tables). */
function auditView(r: MonthlyReport): Record<string, unknown> {
  const total = r.figures?.breakdowns?.total?.[0]?.counts;
  return {
    month: r.month,
    version: r.version,
    status: r.status,
    revision: r.revision,
    remarks: r.remarks,
    figuresGeneratedAt: r.figuresGeneratedAt instanceof Date ? r.figuresGeneratedAt.toISOString() : r.figuresGeneratedAt,
    totals: total ? { reports: total.reports, cases: total.cases, warned: total.warned } : null,
    supersedesId: r.supersedesId,
  };
}

async function lockReport(em: EntityManager, id: string): Promise<MonthlyReport> {
  if (!UUID.test(id)) throw NotFound('The monthly report');
  const found = await em.getRepository(MonthlyReport).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!found) throw NotFound('The monthly report');
  return found;
}

/** A draft at the revision the user saw: anything else is refused with an error they can act on. */
function assertEditableDraft(r: MonthlyReport, expectedRevision: number): void {
  if (r.status !== MonthlyReportStatus.DRAFT) {
    throw InvalidTransition('This monthly report is finalized and cannot change. Start a correction (a new version) instead.', {
      currentStatus: r.status,
    });
  }
  if (r.revision !== expectedRevision) {
    throw Conflict('Someone else changed this draft while you were editing it. Reload it and make your change again.', {
      currentRevision: r.revision,
    });
  }
}

/**
 * 月次報告の作成: a draft for the month with the figures as of now. When the month already has a
 * finalized version, the draft is its correction (version + 1, remarks carried over).
 */
export async function generateMonthlyReportDraft(db: DataSource, actor: Actor, rawMonth: string): Promise<MonthlyReport> {
  const month = normalizeReportMonth(rawMonth);
  const figures = await computeMonthlyFigures(db, month);
  const duplicate = (id?: string) =>
    Conflict(`There is already a draft for ${month}. Open it and refresh its figures instead.`, id ? { monthlyReportId: id } : {});
  try {
    return await inTransaction(db, async (em) => {
      const repo = em.getRepository(MonthlyReport);
      const draft = await repo.findOne({ where: { month, status: MonthlyReportStatus.DRAFT } });
      if (draft) throw duplicate(draft.id);
      const latest = await repo.findOne({ where: { month }, order: { version: 'DESC' } });
      const id = (
        await repo.insert({
          month,
          version: (latest?.version ?? 0) + 1,
          status: MonthlyReportStatus.DRAFT,
          revision: 1,
          remarks: latest?.remarks ?? null,
          figures,
          figuresGeneratedAt: new Date(figures.generatedAt),
          supersedesId: latest?.id ?? null,
          createdById: actor.user!.id,
          updatedById: actor.user!.id,
        })
      ).identifiers[0].id as string;
      const created = await repo.findOneByOrFail({ id });
      await recordAudit(em, actor, {
        action: 'monthlyReport.GENERATE_DRAFT',
        objectType: 'MonthlyReport',
        objectId: id,
        after: auditView(created),
      });
      return created;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw duplicate(); // lost a race with a concurrent generate
    throw e;
  }
}

/** Edits a draft's remarks (所見). */
export function updateMonthlyReportDraft(
  db: DataSource,
  actor: Actor,
  input: { id: string; expectedRevision: number; remarks?: string | null },
): Promise<MonthlyReport> {
  const remarks = cleanText(input.remarks, 'remarks', MAX_REMARKS_LENGTH);
  return inTransaction(db, async (em) => {
    const report = await lockReport(em, input.id);
    assertEditableDraft(report, input.expectedRevision);
    const before = auditView(report);
    Object.assign(report, { remarks, revision: report.revision + 1, updatedById: actor.user!.id, updatedAt: new Date() });
    await em.getRepository(MonthlyReport).save(report);
    await recordAudit(em, actor, { action: 'monthlyReport.UPDATE_DRAFT', objectType: 'MonthlyReport', objectId: report.id, before, after: auditView(report) });
    return report;
  });
}

/** Recomputes a draft's figures as of now (cases moved on since it was generated). */
export async function refreshMonthlyReportFigures(db: DataSource, actor: Actor, id: string, expectedRevision: number): Promise<MonthlyReport> {
  const current = await db.getRepository(MonthlyReport).findOneBy({ id: UUID.test(id) ? id : '00000000-0000-0000-0000-000000000000' });
  if (!current) throw NotFound('The monthly report');
  assertEditableDraft(current, expectedRevision);
  const figures = await computeMonthlyFigures(db, current.month);
  return inTransaction(db, async (em) => {
    const report = await lockReport(em, id);
    assertEditableDraft(report, expectedRevision);
    const before = auditView(report);
    Object.assign(report, {
      figures,
      figuresGeneratedAt: new Date(figures.generatedAt),
      revision: report.revision + 1,
      updatedById: actor.user!.id,
      updatedAt: new Date(),
    });
    await em.getRepository(MonthlyReport).save(report);
    await recordAudit(em, actor, { action: 'monthlyReport.REFRESH_FIGURES', objectType: 'MonthlyReport', objectId: id, before, after: auditView(report) });
    return report;
  });
}

/** Throws a draft away (a finalized report is never deleted). Returns the draft's id. */
export function discardMonthlyReportDraft(db: DataSource, actor: Actor, id: string, expectedRevision: number): Promise<string> {
  return inTransaction(db, async (em) => {
    const report = await lockReport(em, id);
    assertEditableDraft(report, expectedRevision);
    await em.getRepository(MonthlyReport).delete({ id });
    await recordAudit(em, actor, { action: 'monthlyReport.DISCARD_DRAFT', objectType: 'MonthlyReport', objectId: id, before: auditView(report) });
    return id;
  });
}

/** 決裁: the chief finalizes the draft as it stands; from now on it never changes. */
export function finalizeMonthlyReport(db: DataSource, actor: Actor, id: string, expectedRevision: number): Promise<MonthlyReport> {
  return inTransaction(db, async (em) => {
    const report = await lockReport(em, id);
    assertEditableDraft(report, expectedRevision);
    const before = auditView(report);
    const now = new Date();
    Object.assign(report, {
      status: MonthlyReportStatus.FINALIZED,
      revision: report.revision + 1,
      finalizedById: actor.user!.id,
      finalizedAt: now,
      updatedById: actor.user!.id,
      updatedAt: now,
    });
    await em.getRepository(MonthlyReport).save(report);
    await recordAudit(em, actor, { action: 'monthlyReport.FINALIZE', objectType: 'MonthlyReport', objectId: id, before, after: auditView(report) });
    return report;
  });
}

const percent = (share: number | null) => (share == null ? null : `${Math.round(share * 1000) / 10}%`);

/** The bulletin's default title and text, written from the figures (the chief may replace both). */
export function defaultBulletinText(report: Pick<MonthlyReport, 'month' | 'version' | 'figures'>): { title: string; body: string } {
  const f: FiguresSnapshot = report.figures;
  const total = f.breakdowns.total[0].counts;
  const warnedFor = (a: StatisticsAudience) => f.breakdowns.byAudience.find((r) => r.audience === a)?.counts.warned ?? 0;
  const top = f.breakdowns.byCategory
    .filter((r) => r.category !== StatisticsCategory.NOT_RECORDED && r.counts.warned > 0)
    .sort((a, b) => b.counts.warned - a.counts.warned)[0];
  const share = percent(total.recheckedWithin7Days > 0 ? total.deletedWithin7Days / total.recheckedWithin7Days : null);
  const lines = [
    `${monthLabel(report.month)}は、発見報告${total.reports}件（対象の投稿${total.cases}件）を受け、` +
      `${AUDIENCE_LABEL.CHILD.replace(/（.*）/, '')}${warnedFor(StatisticsAudience.CHILD)}件、` +
      `${AUDIENCE_LABEL.ADULT.replace(/（.*）/, '')}${warnedFor(StatisticsAudience.ADULT)}件の返信を行いました。`,
  ];
  if (top) lines.push(`類型別では「${CATEGORY_LABEL[top.category!].replace(/^C\d /, '')}」が最も多く、${top.counts.warned}件でした。`);
  if (share) lines.push(`返信した投稿のうち、7日以内に削除が確認されたものは${share}でした。`);
  lines.push('引き続き、サイバーパトロールと発見報告への御協力をお願いします。');
  const correction = report.version > 1 ? `（訂正 第${report.version}版）` : '';
  return { title: `${monthLabel(report.month)} SNS上の書き込みへの注意喚起・警告の実施状況${correction}`, body: lines.join('\n') };
}

/** 周知: the chief publishes a finalized report's summary to every unit. */
export function publishBulletin(
  db: DataSource,
  actor: Actor,
  input: { monthlyReportId: string; title?: string | null; body?: string | null },
): Promise<Bulletin> {
  const title = cleanText(input.title, 'title', MAX_TITLE_LENGTH);
  const body = cleanText(input.body, 'body', MAX_BODY_LENGTH);
  return inTransaction(db, async (em) => {
    const report = await lockReport(em, input.monthlyReportId);
    if (report.status !== MonthlyReportStatus.FINALIZED) {
      throw InvalidTransition('Finalize the monthly report before publishing its bulletin.', { currentStatus: report.status });
    }
    const repo = em.getRepository(Bulletin);
    const existing = await repo.findOneBy({ monthlyReportId: report.id });
    if (existing) throw Conflict('This version of the report is already published.', { bulletinId: existing.id });
    const defaults = defaultBulletinText(report);
    const id = (
      await repo.insert({
        monthlyReportId: report.id,
        month: report.month,
        reportVersion: report.version,
        title: title ?? defaults.title,
        body: body ?? defaults.body,
        figures: bulletinFiguresOf(report.figures),
        publishedById: actor.user!.id,
      })
    ).identifiers[0].id as string;
    const bulletin = await repo.findOneByOrFail({ id });
    await recordAudit(em, actor, {
      action: 'bulletin.PUBLISH',
      objectType: 'Bulletin',
      objectId: id,
      after: { monthlyReportId: report.id, month: report.month, reportVersion: report.version, title: bulletin.title, body: bulletin.body },
    });
    return bulletin;
  });
}

// ---- reading ----

export async function getMonthlyReport(db: DataSource, id: string): Promise<MonthlyReport> {
  const found = UUID.test(id) ? await db.getRepository(MonthlyReport).findOneBy({ id }) : null;
  if (!found) throw NotFound('The monthly report');
  return found;
}

/** Newest month first, then newest version. */
export async function listMonthlyReports(db: DataSource, filter: { month?: string | null }, first: number, after?: string | null): Promise<Page<MonthlyReport>> {
  const qb = db.getRepository(MonthlyReport).createQueryBuilder('r');
  if (filter.month) {
    if (!isValidMonth(filter.month)) throw InvalidInput("Give the month as 'YYYY-MM'.", 'month');
    qb.andWhere('r.month = :month', { month: filter.month });
  }
  if (after) {
    const { sortValue, id } = decodeCursor(after);
    const [month, version] = sortValue.split('#');
    if (!isValidMonth(month) || !/^\d{1,6}$/.test(version ?? '') || !UUID.test(id)) {
      throw InvalidInput('The page cursor is not valid; reload the list.', 'after');
    }
    qb.andWhere(new Brackets((w) => w.where('(r.month, r.version) < (:cm, :cv)', { cm: month, cv: Number(version) })));
  }
  const rows = await qb.orderBy('r.month', 'DESC').addOrderBy('r.version', 'DESC').take(first + 1).getMany();
  return toPage(rows, first, (r) => `${r.month}#${r.version}`);
}

export async function getBulletin(db: DataSource, id: string): Promise<Bulletin> {
  const found = UUID.test(id) ? await db.getRepository(Bulletin).findOneBy({ id }) : null;
  if (!found) throw NotFound('The bulletin');
  return found;
}

/** Newest first. */
export async function listBulletins(db: DataSource, first: number, after?: string | null): Promise<Page<Bulletin>> {
  const qb = db.getRepository(Bulletin).createQueryBuilder('b');
  if (after) {
    const { sortValue, id } = decodeCursor(after);
    if (Number.isNaN(Date.parse(sortValue)) || !UUID.test(id)) throw InvalidInput('The page cursor is not valid; reload the list.', 'after');
    qb.andWhere('(b.published_at, b.id) < (:at, :id)', { at: new Date(sortValue), id });
  }
  const rows = await qb.orderBy('b.published_at', 'DESC').addOrderBy('b.id', 'DESC').take(first + 1).getMany();
  return toPage(rows, first, (b) => b.publishedAt);
}
