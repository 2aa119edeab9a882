import 'reflect-metadata';
import { loadConfig } from './core/config/config';
import { createDataSource } from './core/database/data-source';
import { startApiServer } from './core/http/app';
import { createLogger } from './core/logging/logger';

/** The API process. `start.ts` runs it together with the worker and the X sandbox for development. */
async function main() {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL, 'api');
  const db = createDataSource(config.databaseUrl, { applicationName: 'patrol-desk-api' });
  await db.initialize();
  const app = await startApiServer({ config, db, logger });
  const shutdown = async () => {
    logger.info('API stopping');
    await app.close();
    await db.destroy();
    process.exit(0);
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
