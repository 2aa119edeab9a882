import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Account security (CJIS §5.5–5.6, OWASP ASVS V2/V3):
 * - users: forced password change, last login (for the 90-day inactivity rule), lockout after
 *   failed logins, why an account was deactivated (by the chief / for inactivity), TOTP second factor;
 * - mfa_recovery_codes: single-use recovery codes, stored as hashes only;
 * - sessions: a session may wait for a further login step (second factor, new password, enrolment)
 *   before it may do anything else.
 * Failed logins are counted from the audit log (user.LOGIN_FAILED / user.MFA_FAILED), which the
 * existing index on (object_type, object_id, at) serves.
 */
export class AccountSecurity1764900000000 implements MigrationInterface {
  name = 'AccountSecurity1764900000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE users
        ADD COLUMN must_change_password boolean NOT NULL DEFAULT false,
        ADD COLUMN password_changed_at timestamptz,
        ADD COLUMN last_login_at timestamptz,
        ADD COLUMN reactivated_at timestamptz,
        ADD COLUMN locked_at timestamptz,
        ADD COLUMN unlocked_at timestamptz,
        ADD COLUMN deactivation_kind text CHECK (deactivation_kind IN ('CHIEF', 'INACTIVITY')),
        ADD COLUMN totp_secret text,
        ADD COLUMN totp_pending_secret text,
        ADD COLUMN totp_enabled_at timestamptz,
        ADD COLUMN totp_last_step bigint,
        ADD CONSTRAINT users_totp_enabled_has_secret CHECK (totp_enabled_at IS NULL OR totp_secret IS NOT NULL)`);
    // The last login we can prove: the newest session. Accounts never used start their 90 days at creation.
    await q.query(`
      UPDATE users u SET last_login_at = s.last
      FROM (SELECT user_id, max(created_at) AS last FROM sessions GROUP BY user_id) s
      WHERE s.user_id = u.id`);
    await q.query(`UPDATE users SET deactivation_kind = 'CHIEF' WHERE NOT active`);

    await q.query(`
      CREATE TABLE mfa_recovery_codes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id),
        code_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        used_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX mfa_recovery_codes_hash_idx ON mfa_recovery_codes (user_id, code_hash)`);

    await q.query(`
      ALTER TABLE sessions
        ADD COLUMN pending_step text CHECK (pending_step IN ('MFA_CODE', 'PASSWORD_CHANGE', 'MFA_ENROLMENT'))`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sessions DROP COLUMN pending_step`);
    await q.query(`DROP TABLE mfa_recovery_codes`);
    await q.query(`
      ALTER TABLE users
        DROP CONSTRAINT users_totp_enabled_has_secret,
        DROP COLUMN totp_last_step,
        DROP COLUMN totp_enabled_at,
        DROP COLUMN totp_pending_secret,
        DROP COLUMN totp_secret,
        DROP COLUMN deactivation_kind,
        DROP COLUMN unlocked_at,
        DROP COLUMN locked_at,
        DROP COLUMN reactivated_at,
        DROP COLUMN last_login_at,
        DROP COLUMN password_changed_at,
        DROP COLUMN must_change_password`);
  }
}
