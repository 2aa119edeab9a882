import { parse as parseCookie } from 'cookie';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import { rolesFor } from '../../../core/auth/role-matrix';
import { SESSION_COOKIE, type SessionStore } from '../../../core/auth/session-store';
import { AppError } from '../../../core/errors/errors';
import type { Logger } from '../../../core/logging/logger';
import { monthlyReportFileName, monthlyReportHeader, monthlyReportTables } from '../../monthly-reports/monthly-report.export';
import { getMonthlyReport } from '../../monthly-reports/monthly-report.service';
import type { User } from '../../users/user.entity';
import { StatisticsDimension } from '../statistics-enums';
import { DIMENSION_LABEL } from '../statistics-labels';
import { normalizeStatisticsQuery, scopedUnitOf, scopeStatisticsQuery, type StatisticsQueryInput } from '../statistics-query';
import { computeStatistics, loadUnits, resolveDurations } from '../statistics.service';
import { buildCsv } from './csv';
import type { ExportTable } from './export-table';
import { buildWorkbook } from './xlsx';

/**
 * File exports over plain GET, authenticated by the session cookie like /graphql, with the same roles
 * (the role matrix) and the same scoping (an officer's statistics are their own unit's):
 *   GET /export/statistics.xlsx|csv?from=2026-01-01&to=2026-12-31&groupBy=MONTH,CATEGORY&groupBy=UNIT
 *       [&unitIds=…&sources=…&categories=…&audiences=…&outcomes=…&regions=… (comma lists)&emptyGroups=OMITTED]
 *       Each groupBy is one breakdown: one XLSX sheet each (CSV: stacked); none = the totals only.
 *   GET /export/monthly-report/<id>.xlsx|csv   a monthly report, one sheet per table.
 */
const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, INVALID_INPUT: 400 };
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function list(value: unknown): string[] | null {
  if (value === undefined) return null;
  const values = (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(','));
  return values.map((v) => v.trim()).filter((v) => v.length > 0);
}

function statisticsInput(query: Request['query']): { input: StatisticsQueryInput; breakdowns: StatisticsDimension[][] } {
  const raw = query.groupBy;
  const breakdowns =
    raw === undefined
      ? [[]]
      : (Array.isArray(raw) ? raw : [raw]).map((g) =>
          String(g)
            .split(',')
            .map((d) => d.trim())
            .filter(Boolean) as StatisticsDimension[],
        );
  if (breakdowns.length > 20) throw new AppError('INVALID_INPUT', 'At most 20 breakdowns per export.');
  const one = (name: string) => (typeof query[name] === 'string' ? (query[name] as string) : '');
  return {
    input: {
      from: one('from'),
      to: one('to'),
      unitIds: list(query.unitIds ?? query.unitId),
      sources: list(query.sources) as StatisticsQueryInput['sources'],
      categories: list(query.categories) as StatisticsQueryInput['categories'],
      audiences: list(query.audiences) as StatisticsQueryInput['audiences'],
      outcomes: list(query.outcomes) as StatisticsQueryInput['outcomes'],
      regions: list(query.regions) as StatisticsQueryInput['regions'],
      emptyGroups: (one('emptyGroups') || null) as StatisticsQueryInput['emptyGroups'],
    },
    breakdowns,
  };
}

function send(res: Response, format: string, fileName: string, body: Buffer | string): void {
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
  res.type(format === 'xlsx' ? XLSX_TYPE : 'text/csv; charset=utf-8').send(body);
}

export function mountExportRoutes(app: Express, opts: { db: DataSource; sessions: SessionStore; logger: Logger }): void {
  const { db, sessions, logger } = opts;
  const router = express.Router();
  const userOf = (res: Response) => res.locals.user as User;

  router.use(async (req: Request, res: Response, next: NextFunction) => {
    try {
      const resolved = await sessions.resolve(parseCookie(req.headers.cookie ?? '')[SESSION_COOKIE]);
      if (!resolved) return void res.status(401).type('text/plain').send('Please log in.');
      res.locals.user = resolved.user;
      next();
    } catch (err) {
      next(err);
    }
  });

  const guarded =
    (op: 'statistics' | 'monthlyReport', handler: (req: Request, res: Response) => Promise<void>) =>
    async (req: Request, res: Response) => {
      try {
        if (!rolesFor(op).includes(userOf(res).role)) throw new AppError('FORBIDDEN', 'Your role may not export this.');
        await handler(req, res);
      } catch (err) {
        if (err instanceof AppError) {
          const code = String(err.extensions.code);
          return void res.status(STATUS[code] ?? 400).type('text/plain').send(err.message);
        }
        logger.error({ err, path: req.path }, 'export failed');
        res.status(500).type('text/plain').send('Something went wrong on the server.');
      }
    };

  router.get(
    /^\/statistics\.(xlsx|csv)$/,
    guarded('statistics', async (req, res) => {
      const format = req.path.endsWith('.xlsx') ? 'xlsx' : 'csv';
      const { input, breakdowns } = statisticsInput(req.query);
      const user = userOf(res);
      const tables: ExportTable[] = [];
      let scoped = null;
      for (const groupBy of breakdowns) {
        const query = scopeStatisticsQuery(user, normalizeStatisticsQuery({ ...input, groupBy }));
        scoped = query;
        const result = await resolveDurations(await computeStatistics(db, query, { scopedToUnitId: scopedUnitOf(user) }));
        tables.push({
          title: query.groupBy.length ? query.groupBy.map((d) => DIMENSION_LABEL[d].replace(/（.*）/, '')).join('×') + '別' : '合計',
          dimensions: query.groupBy,
          rows: result.rows,
          totals: result.totals,
        });
      }
      const q = scoped!;
      const fileName = `statistics_${q.from}_${q.to}.${format}`;
      if (format === 'csv') return send(res, format, fileName, await buildCsv(tables));
      const conditions: [string, string][] = [
        ['期間', `${q.from} 〜 ${q.to}（日本時間）`],
        ['対象所属', q.unitIds ? (await loadUnits(db)).filter((u) => q.unitIds!.includes(u.id)).map((u) => u.name).join('、') : 'すべて'],
        ...(['sources', 'categories', 'audiences', 'outcomes', 'regions'] as const)
          .filter((k) => q[k])
          .map((k): [string, string] => [k, q[k]!.join(', ')]),
        ['出力日時', new Date().toISOString()],
        ['注記', '事案は最初に報告された日（日本時間）・最初の報告の所属と発見者区分で計上し、報告は各報告の日・所属で計上。複数の類型に該当する事案は各類型に計上します。時間は 時:分:秒。'],
      ];
      send(res, format, fileName, await buildWorkbook(tables, { sheet: '条件', rows: conditions }));
    }),
  );

  router.get(
    /^\/monthly-report\/([0-9a-fA-F-]{36})\.(xlsx|csv)$/,
    guarded('monthlyReport', async (req, res) => {
      const [, id, format] = /^\/monthly-report\/([0-9a-fA-F-]{36})\.(xlsx|csv)$/.exec(req.path)!;
      const report = await getMonthlyReport(db, id.toLowerCase());
      const tables = monthlyReportTables(report);
      const fileName = monthlyReportFileName(report, format);
      if (format === 'csv') return send(res, format, fileName, await buildCsv(tables));
      const finalizedBy = report.finalizedById
        ? ((await db.query(`SELECT display_name FROM users WHERE id = $1`, [report.finalizedById]))[0]?.display_name ?? null)
        : null;
      send(res, format, fileName, await buildWorkbook(tables, { sheet: '概要', rows: monthlyReportHeader(report, { finalizedBy }), first: true }));
    }),
  );

  app.use('/export', router);
}
