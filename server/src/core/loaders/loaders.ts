import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { Case } from '../../modules/cases/case.entity';
import { Report } from '../../modules/cases/report.entity';
import { XAccount } from '../../modules/x-accounts/x-account.entity';
import { Unit } from '../../modules/units/unit.entity';
import { User } from '../../modules/users/user.entity';
import { entitySelect } from './rows';

/** The loaders' statements, built once per DataSource (their text never changes). */
const SELECTS = new WeakMap<DataSource, ReturnType<typeof buildSelects>>();
function buildSelects(db: DataSource) {
  return {
    units: entitySelect(db, Unit, 'id = ANY($1::uuid[])'),
    users: entitySelect(db, User, 'id = ANY($1::uuid[])'),
    cases: entitySelect(db, Case, 'id = ANY($1::uuid[])'),
    xAccounts: entitySelect(db, XAccount, 'id = ANY($1::uuid[])'),
    reportsOfCases: entitySelect(db, Report, 'case_id = ANY($1::uuid[])', 'created_at ASC, id ASC'),
    casesOfAccounts: entitySelect(db, Case, 'x_account_id = ANY($1::uuid[])', 'first_reported_at DESC, id ASC'),
  };
}
const selects = (db: DataSource) => {
  let s = SELECTS.get(db);
  if (!s) SELECTS.set(db, (s = buildSelects(db)));
  return s;
};

/** Per-request batch loaders: every relation field resolves through one of these (no N+1). */
export function createLoaders(db: DataSource) {
  const byId = <T extends { id: string }>(rows: T[], ids: readonly string[]) => {
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  };
  const s = selects(db);
  return {
    unit: new DataLoader<string, Unit | null>(async (ids) => byId(await s.units([[...ids]]), ids)),
    user: new DataLoader<string, User | null>(async (ids) => byId(await s.users([[...ids]]), ids)),
    case: new DataLoader<string, Case | null>(async (ids) => byId(await s.cases([[...ids]]), ids)),
    xAccount: new DataLoader<string, XAccount | null>(async (ids) => byId(await s.xAccounts([[...ids]]), ids)),
    reportsByCase: new DataLoader<string, Report[]>(async (caseIds) => {
      const rows = await s.reportsOfCases([[...caseIds]]);
      return caseIds.map((id) => rows.filter((r) => r.caseId === id));
    }),
    casesByXAccount: new DataLoader<string, Case[]>(async (accountIds) => {
      const rows = await s.casesOfAccounts([[...accountIds]]);
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
    /** Values a list already loaded (preload), for field resolvers to answer without a promise. */
    known: { reportCount: new Map<string, number>(), user: new Map<string, User | null>() },
  };
}

/**
 * Loads `keys` through `loader` now (one batch) and keeps the values in `known`. graphql-js completes
 * each object that has a promise among its fields through one more promise (promiseForObject): a work
 * list page whose relation fields read `known` completes its 20 cases synchronously. A failed key is
 * not kept, so its field still goes through the loader and fails as before.
 */
export async function preload<V>(loader: DataLoader<string, V>, keys: string[], known: Map<string, V>): Promise<void> {
  if (!keys.length) return;
  const values = await loader.loadMany(keys);
  keys.forEach((key, i) => {
    const value = values[i];
    if (!(value instanceof Error)) known.set(key, value);
  });
}

export type Loaders = ReturnType<typeof createLoaders>;
