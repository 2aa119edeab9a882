import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Posting replies for real: in-app notifications to the officers in charge, the 1- and 7-day
 * re-checks of warned posts, and what the outbox needs for delayed jobs with business-key IDs and
 * for re-sending a job that Redis lost.
 */
export class ReplyDelivery1764700000000 implements MigrationInterface {
  name = 'ReplyDelivery1764700000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient_id uuid NOT NULL REFERENCES users(id),
        kind text NOT NULL CHECK (kind IN ('REPLY_SWITCHED_TO_MANUAL', 'MANUAL_REPLY_READY', 'REPLY_FAILED')),
        case_id uuid REFERENCES cases(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      )`);
    await q.query(`CREATE INDEX notifications_recipient_idx ON notifications (recipient_id, created_at DESC, id)`);
    await q.query(`CREATE INDEX notifications_unread_idx ON notifications (recipient_id) WHERE read_at IS NULL`);

    // One row per scheduled look at a warned post; outcome stays NULL until the check ran.
    await q.query(`
      CREATE TABLE post_checks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id),
        after text NOT NULL CHECK (after IN ('1d', '7d')),
        due_at timestamptz NOT NULL,
        checked_at timestamptz,
        outcome text CHECK (outcome IN ('PRESENT', 'DELETED', 'NOT_VISIBLE')),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (case_id, after),
        CHECK ((checked_at IS NULL) = (outcome IS NULL))
      )`);
    await q.query(`CREATE INDEX post_checks_due_idx ON post_checks (due_at) WHERE checked_at IS NULL`);

    // job_id: a business key (e.g. recheck-<case>-1d) instead of the row ID; run_at: a delayed job;
    // done_at: the job finished (the relay re-sends rows dispatched long ago, not done, whose job
    // Redis no longer has); verified_at: when the relay last saw the job alive in Redis.
    await q.query(`
      ALTER TABLE outbox_messages
        ADD COLUMN job_id text CHECK (job_id !~ ':' AND job_id !~ '^[0-9]+$'),
        ADD COLUMN run_at timestamptz,
        ADD COLUMN done_at timestamptz,
        ADD COLUMN verified_at timestamptz`);
    await q.query(`CREATE INDEX outbox_job_id_idx ON outbox_messages (job_id) WHERE job_id IS NOT NULL`);
    await q.query(`
      CREATE INDEX outbox_unfinished_idx ON outbox_messages ((coalesce(verified_at, dispatched_at)))
      WHERE dispatched_at IS NOT NULL AND done_at IS NULL`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX outbox_unfinished_idx`);
    await q.query(`DROP INDEX outbox_job_id_idx`);
    await q.query(`ALTER TABLE outbox_messages DROP COLUMN job_id, DROP COLUMN run_at, DROP COLUMN done_at, DROP COLUMN verified_at`);
    await q.query(`DROP TABLE post_checks`);
    await q.query(`DROP TABLE notifications`);
  }
}
