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
  const hydrate = rowHydrator<T>(db, target, columns);
  return async (params) => {
    const rows: Record<string, unknown>[] = await db.query(text, params);
    return rows.map(hydrate);
  };
}

/** Column types the PostgreSQL driver's prepareHydratedValue returns unchanged (it has no branch for them). */
const AS_IS = new Set<unknown>([
  'text', 'uuid', 'varchar', 'character varying', 'citext', 'int', 'integer', 'int2', 'int4', 'smallint', 'bigint', 'int8',
  'jsonb', 'json', 'numeric', 'decimal', String,
]);
const TIMESTAMPS = new Set<unknown>(['timestamptz', 'timestamp', 'timestamp with time zone', 'timestamp without time zone', 'datetime', Date]);

/**
 * A row (column names as in the table, after `prefix`) → the entity TypeORM's find() would load. The same conversions as
 * the driver's prepareHydratedValue and ColumnMetadata.setEntityValue, decided once per column instead of
 * per value: columns whose value the driver passes through are assigned directly (a list page hydrates
 * ~40 columns × its rows per request); anything else still goes through TypeORM.
 */
export function rowHydrator<T extends ObjectLiteral>(
  db: DataSource,
  target: EntityTarget<T>,
  columns = db.getMetadata(target).columns.filter((c) => c.isSelect && !c.isVirtual),
  prefix = '',
): (row: Record<string, unknown>) => T {
  const meta = db.getMetadata(target);
  const plan = columns.map((c) => {
    const plain = !c.transformer && !c.embeddedMetadata && !c.isVirtual;
    return {
      c,
      name: prefix + c.databaseName,
      prop: c.propertyName,
      plain,
      asIs: plain && AS_IS.has(c.type),
      date: plain && TIMESTAMPS.has(c.type),
    };
  });
  const driver = db.driver;
  return (row) => {
    const entity = meta.create(undefined, { fromDeserializer: true }) as T;
    for (const p of plan) {
      const v = row[p.name];
      if (p.plain && (v === null || v === undefined || p.asIs || (p.date && v instanceof Date))) (entity as Record<string, unknown>)[p.prop] = v;
      else p.c.setEntityValue(entity, driver.prepareHydratedValue(v, p.c));
    }
    return entity;
  };
}
