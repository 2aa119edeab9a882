import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { Case } from '../../modules/cases/case.entity';
import { Report } from '../../modules/cases/report.entity';
import { XAccount } from '../../modules/x-accounts/x-account.entity';
import { Unit } from '../../modules/units/unit.entity';
import { User } from '../../modules/users/user.entity';

/** Per-request batch loaders: every relation field resolves through one of these (no N+1). */
export function createLoaders(db: DataSource) {
  const byId = <T extends { id: string }>(rows: T[], ids: readonly string[]) => {
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  };
  return {
    unit: new DataLoader<string, Unit | null>(async (ids) =>
      byId(await db.getRepository(Unit).findBy({ id: In([...ids]) }), ids),
    ),
    user: new DataLoader<string, User | null>(async (ids) =>
      byId(await db.getRepository(User).findBy({ id: In([...ids]) }), ids),
    ),
    case: new DataLoader<string, Case | null>(async (ids) =>
      byId(await db.getRepository(Case).findBy({ id: In([...ids]) }), ids),
    ),
    xAccount: new DataLoader<string, XAccount | null>(async (ids) =>
      byId(await db.getRepository(XAccount).findBy({ id: In([...ids]) }), ids),
    ),
    reportsByCase: new DataLoader<string, Report[]>(async (caseIds) => {
      const rows = await db.getRepository(Report).find({ where: { caseId: In([...caseIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
      return caseIds.map((id) => rows.filter((r) => r.caseId === id));
    }),
    casesByXAccount: new DataLoader<string, Case[]>(async (accountIds) => {
      const rows = await db.getRepository(Case).find({ where: { xAccountId: In([...accountIds]) }, order: { firstReportedAt: 'DESC', id: 'ASC' } });
      return accountIds.map((id) => rows.filter((c) => c.xAccountId === id));
    }),
    reportCount: new DataLoader<string, number>(async (caseIds) => {
      const rows: { case_id: string; n: string }[] = await db.query(
        `SELECT case_id, count(*) AS n FROM reports WHERE case_id = ANY($1::uuid[]) GROUP BY case_id`,
        [[...caseIds]],
      );
      const map = new Map(rows.map((r) => [r.case_id, Number(r.n)]));
      return caseIds.map((id) => map.get(id) ?? 0);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
