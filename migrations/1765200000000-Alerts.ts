import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Escalation alerts (DESIGN §4): the alerts, each message sent per ladder step and channel
 * (UNIQUE so a job that runs again never sends twice), in-app notices linked to the escalation
 * and the alert, and an e-mail address on users for alert mail.
 */
export class Alerts1765200000000 implements MigrationInterface {
  name = 'Alerts1765200000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE alerts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        escalation_id uuid NOT NULL REFERENCES escalations(id),
        escalation_kind text NOT NULL,
        reason text NOT NULL CHECK (reason IN ('ESCALATION_RAISED', 'DELETION_STILL_UP', 'ESCALATION_REOPENED_OR_OVERDUE')),
        urgent boolean NOT NULL,
        audience text NOT NULL CHECK (audience IN ('OFFICERS_IN_CHARGE_AND_CHIEF', 'OFFICERS_IN_CHARGE', 'CHIEF')),
        raised_by_id uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        steps_started int NOT NULL DEFAULT 0 CHECK (steps_started >= 0),
        max_step int CHECK (max_step >= 0),
        ladder_ended_at timestamptz,
        ladder_end text CHECK (ladder_end IN ('ACKNOWLEDGED', 'MAX_STEPS', 'ESCALATION_CLOSED', 'SENT_ONCE')),
        acknowledged_at timestamptz,
        acknowledged_by_id uuid REFERENCES users(id),
        ack_latency_ms int CHECK (ack_latency_ms >= 0),
        CHECK ((acknowledged_at IS NULL) = (acknowledged_by_id IS NULL)),
        CHECK ((ladder_ended_at IS NULL) = (ladder_end IS NULL))
      )`);
    await q.query(`CREATE INDEX alerts_escalation_idx ON alerts (escalation_id, created_at)`);
    await q.query(`CREATE INDEX alerts_unacknowledged_idx ON alerts (created_at) WHERE acknowledged_at IS NULL`);
    await q.query(`
      CREATE TABLE alert_deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        alert_id uuid NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
        step int NOT NULL CHECK (step >= 0),
        channel text NOT NULL CHECK (channel IN ('IN_APP', 'EMAIL', 'WEBHOOK')),
        recipient_id uuid REFERENCES users(id),
        recipient text NOT NULL,
        status text NOT NULL CHECK (status IN ('SENDING', 'SENT', 'FAILED', 'SKIPPED')),
        attempts int NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        error text,
        CONSTRAINT alert_deliveries_once UNIQUE (alert_id, step, channel, recipient)
      )`);
    await q.query(`CREATE INDEX alert_deliveries_recipient_idx ON alert_deliveries (recipient_id, alert_id) WHERE recipient_id IS NOT NULL`);

    await q.query(`ALTER TABLE users ADD COLUMN email text CHECK (email IS NULL OR (length(email) <= 254 AND email LIKE '%_@_%'))`);

    await q.query(`ALTER TABLE notifications ADD COLUMN escalation_id uuid REFERENCES escalations(id)`);
    await q.query(`ALTER TABLE notifications ADD COLUMN alert_id uuid REFERENCES alerts(id) ON DELETE CASCADE`);
    await q.query(`CREATE INDEX notifications_alert_idx ON notifications (alert_id, recipient_id) WHERE alert_id IS NOT NULL`);
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check`);
    await q.query(`ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check
      CHECK (kind IN ('REPLY_SWITCHED_TO_MANUAL', 'MANUAL_REPLY_READY', 'REPLY_FAILED', 'ACCOUNT_LOCKED',
                      'ESCALATION_ALERT', 'DELETION_STILL_UP', 'ESCALATION_OVERDUE'))`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notifications WHERE kind IN ('ESCALATION_ALERT', 'DELETION_STILL_UP', 'ESCALATION_OVERDUE')`);
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check`);
    await q.query(`ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check
      CHECK (kind IN ('REPLY_SWITCHED_TO_MANUAL', 'MANUAL_REPLY_READY', 'REPLY_FAILED', 'ACCOUNT_LOCKED'))`);
    await q.query(`ALTER TABLE notifications DROP COLUMN alert_id`);
    await q.query(`ALTER TABLE notifications DROP COLUMN escalation_id`);
    await q.query(`ALTER TABLE users DROP COLUMN email`);
    await q.query(`DROP TABLE alert_deliveries`);
    await q.query(`DROP TABLE alerts`);
  }
}
