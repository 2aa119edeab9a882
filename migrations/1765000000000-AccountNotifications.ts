import { MigrationInterface, QueryRunner } from 'typeorm';

/** Notifications about a user (e.g. an account locked after failed logins), not only about a case. */
export class AccountNotifications1765000000000 implements MigrationInterface {
  name = 'AccountNotifications1765000000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notifications ADD COLUMN subject_user_id uuid REFERENCES users(id)`);
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check`);
    await q.query(`ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check
      CHECK (kind IN ('REPLY_SWITCHED_TO_MANUAL', 'MANUAL_REPLY_READY', 'REPLY_FAILED', 'ACCOUNT_LOCKED'))`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notifications WHERE kind = 'ACCOUNT_LOCKED'`);
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check`);
    await q.query(`ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check
      CHECK (kind IN ('REPLY_SWITCHED_TO_MANUAL', 'MANUAL_REPLY_READY', 'REPLY_FAILED'))`);
    await q.query(`ALTER TABLE notifications DROP COLUMN subject_user_id`);
  }
}
