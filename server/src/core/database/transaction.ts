import type { DataSource, EntityManager } from 'typeorm';

/** Runs `work` in one transaction: state change, audit event and outbox row commit together or not at all. */
export function inTransaction<T>(db: DataSource, work: (em: EntityManager) => Promise<T>): Promise<T> {
  return db.transaction('READ COMMITTED', work);
}
