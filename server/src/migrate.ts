import 'reflect-metadata';
import { loadConfig } from './core/config/config';
import { createDataSource } from './core/database/data-source';
import { runMigrations } from './core/database/prepare';

/** Applies pending migrations and exits: run once per deployment before the API and worker start. */
async function main() {
  const config = loadConfig();
  const db = createDataSource(config.databaseUrl, { poolSize: 1, applicationName: 'patrol-desk-migrate' });
  await db.initialize();
  const applied = await runMigrations(db);
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'schema is up to date');
  await db.destroy();
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
