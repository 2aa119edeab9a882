import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * User and unit administration by the chief, own-session management and the audit log viewer:
 * - units: an optimistic-lock version, and at most one DIVISION (DESIGN §1: one division posts warnings);
 * - users: when and why an account was deactivated, and an index for the admin list's order;
 * - sessions: an opaque public id, so a session can be named in the API without its token hash;
 * - audit_events: indexes for the viewer's filters (actor, action prefix), newest first.
 */
export class UserAdministration1764600000000 implements MigrationInterface {
  name = 'UserAdministration1764600000000';

  public async up(q: QueryRunner): Promise<void> {
    const [{ n }] = await q.query(`SELECT count(*)::int AS n FROM units WHERE kind = 'DIVISION'`);
    if (n > 1) {
      throw new Error(`units holds ${n} DIVISION units; a deployment has exactly one. Make the others STATION units, then migrate again.`);
    }
    await q.query(`ALTER TABLE units ADD COLUMN version int NOT NULL DEFAULT 1`);
    await q.query(`CREATE UNIQUE INDEX units_one_division_idx ON units (kind) WHERE kind = 'DIVISION'`);

    await q.query(`
      ALTER TABLE users
        ADD COLUMN deactivated_at timestamptz,
        ADD COLUMN deactivation_reason text`);
    await q.query(`CREATE INDEX users_display_name_idx ON users (display_name, id)`);

    // gen_random_uuid() is volatile, so existing rows each get their own id.
    await q.query(`ALTER TABLE sessions ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid()`);
    await q.query(`CREATE UNIQUE INDEX sessions_id_idx ON sessions (id)`);

    await q.query(`CREATE INDEX audit_events_actor_idx ON audit_events (actor_id, id DESC)`);
    await q.query(`CREATE INDEX audit_events_action_idx ON audit_events (action text_pattern_ops, id DESC)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX audit_events_action_idx`);
    await q.query(`DROP INDEX audit_events_actor_idx`);
    await q.query(`DROP INDEX sessions_id_idx`);
    await q.query(`ALTER TABLE sessions DROP COLUMN id`);
    await q.query(`DROP INDEX users_display_name_idx`);
    await q.query(`ALTER TABLE users DROP COLUMN deactivated_at, DROP COLUMN deactivation_reason`);
    await q.query(`DROP INDEX units_one_division_idx`);
    await q.query(`ALTER TABLE units DROP COLUMN version`);
  }
}
