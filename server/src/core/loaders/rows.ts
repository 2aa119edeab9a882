import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Hand-written SELECTs for the per-request loaders: TypeORM's find() costs more node CPU building the
 * query and loading the rows than the query costs PostgreSQL (profile of the case page). The columns
 * and the conversions are TypeORM's own (entity metadata, driver), so the entities equal find()'s:
 * same selected columns, relations left unloaded.
 */
export function entitySelect<T extends ObjectLiteral>(
  db: DataSource,
  target: EntityTarget<T>,
  where: string,
  orderBy?: string,
): (params: unknown[]) => Promise<T[]> {
  let built = BUILT.get(db);
  if (!built) BUILT.set(db, (built = new Map()));
  const key = `${db.getMetadata(target).name}\u0000${where}\u0000${orderBy ?? ''}`;
  let select = built.get(key) as ((params: unknown[]) => Promise<T[]>) | undefined;
  if (!select) built.set(key, (select = buildSelect(db, target, where, orderBy)));
  return select;
}

/** Built statements by DataSource: the text and column list are made once. */
const BUILT = new WeakMap<DataSource, Map<string, unknown>>();

function buildSelect<T extends ObjectLiteral>(
  db: DataSource,
  target: EntityTarget<T>,
  where: string,
  orderBy?: string,
): (params: unknown[]) => Promise<T[]> {
  const meta = db.getMetadata(target);
  const columns = meta.columns.filter((c) => c.isSelect && !c.isVirtual);
  const text = `SELECT ${columns.map((c) => `"${c.databaseName}"`).join(', ')} FROM "${meta.tableName}" WHERE ${where}${orderBy ? ` ORDER BY ${orderBy}` : ''}`;
  return async (params) => {
    const rows: Record<string, unknown>[] = await db.query(text, params);
    return rows.map((row) => {
      const entity = meta.create(undefined, { fromDeserializer: true }) as T;
      for (const c of columns) c.setEntityValue(entity, db.driver.prepareHydratedValue(row[c.databaseName], c));
      return entity;
    });
  };
}
