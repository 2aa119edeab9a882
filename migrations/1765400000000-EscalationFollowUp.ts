import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * DESIGN §7 retention for escalations: once DONE or CANCELLED for RETENTION_DAYS, their free texts
 * and handles are erased (the summary and cancel reason become NULL), kind, status and times stay
 * for the statistics. personal_data_purged_at records when, so the purge is idempotent and resumable.
 */
export class EscalationFollowUp1765400000000 implements MigrationInterface {
  name = 'EscalationFollowUp1765400000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE escalations ADD COLUMN personal_data_purged_at timestamptz`);
    await q.query(`ALTER TABLE escalations ALTER COLUMN summary DROP NOT NULL`);
    await q.query(`ALTER TABLE escalations ADD CONSTRAINT escalations_summary_purged_check CHECK (summary IS NOT NULL OR personal_data_purged_at IS NOT NULL)`);
    // The unnamed "a cancelled escalation has a reason" check: its reason may be purged too.
    await q.query(`
      DO $$
      DECLARE c text;
      BEGIN
        FOR c IN SELECT conname FROM pg_constraint
                 WHERE conrelid = 'escalations'::regclass AND contype = 'c'
                   AND pg_get_constraintdef(oid) LIKE '%cancel_reason IS NOT NULL%'
        LOOP
          EXECUTE format('ALTER TABLE escalations DROP CONSTRAINT %I', c);
        END LOOP;
      END $$`);
    await q.query(`
      ALTER TABLE escalations ADD CONSTRAINT escalations_cancel_reason_check CHECK (
        (status <> 'CANCELLED' AND cancel_reason IS NULL)
        OR (status = 'CANCELLED' AND (cancel_reason IS NOT NULL OR personal_data_purged_at IS NOT NULL))
      )`);
    await q.query(
      `CREATE INDEX escalations_retention_due_idx ON escalations (completed_at) WHERE status IN ('DONE', 'CANCELLED') AND personal_data_purged_at IS NULL`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX escalations_retention_due_idx`);
    await q.query(`ALTER TABLE escalations DROP CONSTRAINT escalations_cancel_reason_check`);
    await q.query(`ALTER TABLE escalations DROP CONSTRAINT escalations_summary_purged_check`);
    // Purged rows cannot get their texts back: a marker keeps the old constraints satisfiable.
    await q.query(`UPDATE escalations SET summary = '(purged)' WHERE summary IS NULL`);
    await q.query(`UPDATE escalations SET cancel_reason = '(purged)' WHERE status = 'CANCELLED' AND cancel_reason IS NULL`);
    await q.query(`ALTER TABLE escalations ADD CHECK ((status = 'CANCELLED') = (cancel_reason IS NOT NULL))`);
    await q.query(`ALTER TABLE escalations ALTER COLUMN summary SET NOT NULL`);
    await q.query(`ALTER TABLE escalations DROP COLUMN personal_data_purged_at`);
  }
}
