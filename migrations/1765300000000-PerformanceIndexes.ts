import { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Indexes the benchmark (bench/, README "Benchmarks") showed were missing at 1,000,000 cases.
 *
 * The review queue (status RECEIVED or SCREENING, oldest first report first, keyset on id) read every
 * waiting case from cases_status_first_reported_idx and sorted them for each page: an IN over two
 * statuses cannot use that index's order. A partial index in the queue's own order reads just one page.
 */
export class PerformanceIndexes1765300000000 implements MigrationInterface {
  name = 'PerformanceIndexes1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX cases_review_queue_idx ON cases (first_reported_at, id) WHERE status IN ('RECEIVED', 'SCREENING')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX cases_review_queue_idx`);
  }
}
