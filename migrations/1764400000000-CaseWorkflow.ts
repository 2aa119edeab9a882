import { MigrationInterface, QueryRunner } from 'typeorm';

/** The whole case lifecycle of DESIGN §2–3: screening record, approvals, reply channel, reports to the chief, X accounts. */
export class CaseWorkflow1764400000000 implements MigrationInterface {
  name = 'CaseWorkflow1764400000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE x_accounts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        x_user_id text UNIQUE CHECK (x_user_id ~ '^[0-9]{1,20}$'),
        username text,
        display_name text,
        profile_text text,
        first_seen_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Before the author's numeric ID is known, an account is identified by its handle.
    await q.query(`CREATE UNIQUE INDEX x_accounts_username_idx ON x_accounts (lower(username)) WHERE x_user_id IS NULL`);
    await q.query(`CREATE INDEX x_accounts_username_any_idx ON x_accounts (lower(username))`);

    await q.query(`
      ALTER TABLE cases
        ADD COLUMN x_account_id uuid REFERENCES x_accounts(id),
        ADD COLUMN post_text text,
        ADD COLUMN profile_text text,
        ADD COLUMN region text CHECK (region IN ('KUMAMOTO', 'UNKNOWN', 'OTHER_PREFECTURE')),
        ADD COLUMN child_indication text CHECK (child_indication IN ('POSTER_IS_CHILD', 'TARGET_IS_CHILD', 'NONE')),
        ADD COLUMN child_indication_source text CHECK (child_indication_source IN ('CONTENT', 'PROFILE', 'BOTH')),
        ADD COLUMN template_id uuid,
        ADD COLUMN template_version int,
        ADD COLUMN reply_channel text NOT NULL DEFAULT 'API' CHECK (reply_channel IN ('API', 'MANUAL')),
        ADD COLUMN manual_reply_url text,
        ADD COLUMN not_applicable_reason text CHECK (not_applicable_reason IN
          ('OUT_OF_REGION', 'NO_CHILD_INDICATION', 'NO_CATEGORY', 'POST_DELETED', 'OTHER')),
        ADD COLUMN approval_reason text,
        ADD COLUMN approval_requested_by_id uuid REFERENCES users(id),
        ADD COLUMN approval_requested_at timestamptz,
        ADD COLUMN approved_by_id uuid REFERENCES users(id),
        ADD COLUMN approved_at timestamptz,
        ADD COLUMN chief_comment text,
        ADD COLUMN reported_to_chief_by_id uuid REFERENCES users(id),
        ADD COLUMN reported_to_chief_at timestamptz,
        ADD COLUMN report_to_chief_note text,
        ADD COLUMN acknowledged_by_id uuid REFERENCES users(id),
        ADD COLUMN acknowledged_at timestamptz,
        ADD COLUMN closed_at timestamptz,
        ADD COLUMN close_reason text,
        ADD COLUMN close_note text`);
    await q.query(`CREATE INDEX cases_x_account_idx ON cases (x_account_id)`);
    await q.query(`CREATE INDEX cases_status_decided_idx ON cases (status, decided_at DESC, id)`);

    await q.query(`
      ALTER TABLE reports
        ADD COLUMN post_text text,
        ADD COLUMN profile_text text`);
    await q.query(`CREATE INDEX reports_reporter_created_idx ON reports (reported_by_id, created_at DESC)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX reports_reporter_created_idx`);
    await q.query(`ALTER TABLE reports DROP COLUMN post_text, DROP COLUMN profile_text`);
    await q.query(`DROP INDEX cases_status_decided_idx`);
    await q.query(`DROP INDEX cases_x_account_idx`);
    await q.query(`
      ALTER TABLE cases DROP COLUMN x_account_id, DROP COLUMN post_text, DROP COLUMN profile_text, DROP COLUMN region,
        DROP COLUMN child_indication, DROP COLUMN child_indication_source, DROP COLUMN template_id, DROP COLUMN template_version,
        DROP COLUMN reply_channel, DROP COLUMN manual_reply_url, DROP COLUMN not_applicable_reason, DROP COLUMN approval_reason,
        DROP COLUMN approval_requested_by_id, DROP COLUMN approval_requested_at, DROP COLUMN approved_by_id, DROP COLUMN approved_at,
        DROP COLUMN chief_comment, DROP COLUMN reported_to_chief_by_id, DROP COLUMN reported_to_chief_at,
        DROP COLUMN report_to_chief_note, DROP COLUMN acknowledged_by_id, DROP COLUMN acknowledged_at, DROP COLUMN closed_at,
        DROP COLUMN close_reason, DROP COLUMN close_note`);
    await q.query(`DROP TABLE x_accounts`);
  }
}
