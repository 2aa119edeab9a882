import 'reflect-metadata';
import { Client } from 'pg';
import { createDataSource } from '../src/core/database/data-source';
import { runMigrations } from '../src/core/database/prepare';

/**
 * Creates one migrated template database for this run; each test file clones it
 * (CREATE DATABASE … TEMPLATE), so files never share data and never touch demo data.
 */
export default async function globalSetup(): Promise<void> {
  const base = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432';
  const run = `pdt_${Date.now().toString(36)}_${process.pid}`;
  process.env.TEST_PG_URL = base;
  process.env.TEST_RUN_ID = run;
  const admin = new Client({ connectionString: `${base}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${run}_tpl"`);
  await admin.end();
  const db = createDataSource(`${base}/${run}_tpl`, { poolSize: 1 });
  await db.initialize();
  await runMigrations(db);
  await db.destroy();
}
