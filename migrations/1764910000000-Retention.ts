import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * DESIGN §7 retention: once a case has been closed for RETENTION_DAYS, its post text, handles and
 * profile text are purged. These columns record when, so the purge is idempotent and resumable,
 * and an index finds the cases still due.
 */
export class Retention1764910000000 implements MigrationInterface {
  name = 'Retention1764910000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases ADD COLUMN personal_data_purged_at timestamptz`);
    await q.query(`ALTER TABLE x_accounts ADD COLUMN personal_data_purged_at timestamptz`);
    await q.query(`CREATE INDEX cases_retention_due_idx ON cases (closed_at) WHERE status = 'CLOSED' AND personal_data_purged_at IS NULL`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX cases_retention_due_idx`);
    await q.query(`ALTER TABLE x_accounts DROP COLUMN personal_data_purged_at`);
    await q.query(`ALTER TABLE cases DROP COLUMN personal_data_purged_at`);
  }
}
