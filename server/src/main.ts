import 'reflect-metadata';
import cluster from 'node:cluster';
import { loadConfig } from './core/config/config';
import { createDataSource } from './core/database/data-source';
import { startApiServer } from './core/http/app';
import { createLogger } from './core/logging/logger';

/**
 * The API process. `start.ts` runs it together with the worker and the X sandbox for development.
 * WEB_CONCURRENCY=n (default 1) forks n copies sharing the port (node:cluster): one node process
 * uses one core for JavaScript. Every copy is a whole API (own pool, Redis, LISTEN for the live queue).
 */
async function serve() {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL, cluster.isWorker ? `api-${cluster.worker!.id}` : 'api');
  const db = createDataSource(config.databaseUrl, { applicationName: 'patrol-desk-api' });
  await db.initialize();
  const app = await startApiServer({ config, db, logger });
  let stopping = false;
  const shutdown = async () => {
    // Once: Ctrl-C reaches every copy (SIGINT) while the primary also sends SIGTERM.
    if (stopping) return;
    stopping = true;
    logger.info('API stopping');
    await app.close();
    await db.destroy();
    process.exit(0);
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

/** Forks the copies, restarts one that dies (not in a crash loop), and stops them all on SIGTERM/SIGINT. */
function supervise(concurrency: number) {
  const logger = createLogger(loadConfig().LOG_LEVEL, 'api-primary');
  let stopping = false;
  const startedAt = new Map<number, number>();
  const fork = () => {
    const worker = cluster.fork();
    startedAt.set(worker.id, Date.now());
  };
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(process.exitCode ?? 0);
      return;
    }
    // A copy that dies within 10 s of its start would die again (configuration, database down): stop.
    if (Date.now() - (startedAt.get(worker.id) ?? 0) < 10_000) {
      logger.error({ code, signal }, 'API copy exited right after its start; stopping');
      stopping = true;
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
      process.exitCode = 1;
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(1);
      return;
    }
    logger.error({ code, signal }, 'API copy exited; starting another');
    fork();
  });
  const stop = () => {
    if (stopping) return;
    stopping = true;
    logger.info('API stopping');
    // Each copy drains its own requests and sockets (startApiServer's close) before it exits.
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  for (let i = 0; i < concurrency; i++) fork();
}

try {
  const { WEB_CONCURRENCY } = loadConfig();
  if (WEB_CONCURRENCY > 1 && cluster.isPrimary) supervise(WEB_CONCURRENCY);
  else
    serve().catch((err) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    });
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
