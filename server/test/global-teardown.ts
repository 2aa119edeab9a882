import { Client } from 'pg';

/** Drops every database this run created. */
export default async function globalTeardown(): Promise<void> {
  const base = process.env.TEST_PG_URL!;
  const run = process.env.TEST_RUN_ID!;
  const admin = new Client({ connectionString: `${base}/postgres` });
  await admin.connect();
  const { rows } = await admin.query(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`${run}%`]);
  // Drop clones first: the template cannot be dropped while it is being copied.
  for (const { datname } of rows.sort((a, b) => (a.datname.endsWith('_tpl') ? 1 : 0) - (b.datname.endsWith('_tpl') ? 1 : 0))) {
    await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  }
  await admin.end();
}
