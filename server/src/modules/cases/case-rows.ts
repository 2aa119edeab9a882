import type { DataSource } from 'typeorm';
import { rowHydrator } from '../../core/loaders/rows';
import { Case } from './case.entity';

/**
 * Cases read with hand-written SQL on hot paths (intake, work lists) instead of TypeORM's query builder,
 * which costs more node CPU to build the query and load the rows than the query takes in PostgreSQL.
 * The columns and the conversions are TypeORM's own (entity metadata, driver), so the entities are
 * the same as find() gives.
 */
/** Every column of the Case entity, for SELECT or RETURNING (`alias` qualifies them). */
export function caseColumns(db: DataSource, alias = ''): string {
  const prefix = alias ? `${alias}.` : '';
  return db
    .getMetadata(Case)
    .columns.map((c) => `${prefix}"${c.databaseName}"`)
    .join(', ');
}

/** A cases row (column names as in the table) as the entity TypeORM would load. */
export function caseFromRow(db: DataSource, row: Record<string, unknown>): Case {
  let hydrate = HYDRATORS.get(db);
  if (!hydrate) HYDRATORS.set(db, (hydrate = rowHydrator(db, Case, db.getMetadata(Case).columns)));
  return hydrate(row);
}

const HYDRATORS = new WeakMap<DataSource, (row: Record<string, unknown>) => Case>();
