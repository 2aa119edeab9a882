import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1764300000000 implements MigrationInterface {
  name = 'InitialSchema1764300000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE units (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('DIVISION', 'STATION')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username text NOT NULL UNIQUE CHECK (username = lower(username)),
        display_name text NOT NULL,
        role text NOT NULL CHECK (role IN ('OFFICER', 'VOLUNTEER', 'OFFICER_IN_CHARGE', 'CHIEF')),
        unit_id uuid NOT NULL REFERENCES units(id),
        password_hash text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX users_unit_idx ON users (unit_id)`);
    await q.query(`
      CREATE TABLE sessions (
        token_hash text PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        ip text
      )`);
    await q.query(`CREATE INDEX sessions_user_idx ON sessions (user_id)`);
    await q.query(`
      CREATE TABLE cases (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number int GENERATED ALWAYS AS IDENTITY UNIQUE,
        post_id text NOT NULL UNIQUE CHECK (post_id ~ '^[0-9]{1,20}$'),
        post_url text NOT NULL,
        status text NOT NULL CHECK (status IN ('RECEIVED', 'SCREENING', 'AWAITING_APPROVAL', 'WARNING_QUEUED',
          'WARNING_POSTED', 'WARNING_FAILED', 'REPORTED', 'CLOSED')),
        version int NOT NULL DEFAULT 1,
        first_reported_at timestamptz NOT NULL,
        claimed_by_id uuid REFERENCES users(id),
        claimed_at timestamptz,
        categories text[] NOT NULL DEFAULT '{}',
        audience text CHECK (audience IN ('CHILD', 'ADULT')),
        decided_by_id uuid REFERENCES users(id),
        decided_at timestamptz,
        reply_text text,
        reply_attempted_at timestamptz,
        reply_post_id text UNIQUE,
        reply_posted_at timestamptz,
        failure_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX cases_status_first_reported_idx ON cases (status, first_reported_at, id)`);
    await q.query(`
      CREATE TABLE reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id),
        url text NOT NULL,
        note text,
        source text NOT NULL CHECK (source IN ('OFFICER', 'VOLUNTEER')),
        reported_by_id uuid NOT NULL REFERENCES users(id),
        unit_id uuid NOT NULL REFERENCES units(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX reports_case_idx ON reports (case_id)`);
    await q.query(`CREATE INDEX reports_unit_created_idx ON reports (unit_id, created_at DESC)`);
    await q.query(`
      CREATE TABLE audit_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid,
        actor_role text,
        action text NOT NULL,
        object_type text NOT NULL,
        object_id text NOT NULL,
        before jsonb,
        after jsonb,
        request_id text,
        ip text
      )`);
    await q.query(`CREATE INDEX audit_events_object_idx ON audit_events (object_type, object_id, at)`);
    // Append-only: refuse UPDATE, DELETE and TRUNCATE whoever asks.
    await q.query(`
      CREATE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
      FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change()`);
    await q.query(`
      CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
      FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change()`);
    await q.query(`
      CREATE TABLE outbox_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        queue text NOT NULL,
        job_name text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        dispatched_at timestamptz,
        attempts int NOT NULL DEFAULT 0,
        last_error text
      )`);
    await q.query(`CREATE INDEX outbox_pending_idx ON outbox_messages (created_at) WHERE dispatched_at IS NULL`);
    // Wake the relay on commit of any new outbox row (NOTIFY is delivered only when the transaction commits).
    await q.query(`
      CREATE FUNCTION outbox_messages_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('outbox_messages', '');
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER outbox_messages_notify AFTER INSERT ON outbox_messages
      FOR EACH STATEMENT EXECUTE FUNCTION outbox_messages_notify()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE outbox_messages`);
    await q.query(`DROP FUNCTION outbox_messages_notify() CASCADE`);
    await q.query(`DROP TRIGGER audit_events_append_only ON audit_events`);
    await q.query(`DROP TRIGGER audit_events_no_truncate ON audit_events`);
    await q.query(`DROP TABLE audit_events`);
    await q.query(`DROP FUNCTION audit_events_refuse_change()`);
    await q.query(`DROP TABLE reports`);
    await q.query(`DROP TABLE cases`);
    await q.query(`DROP TABLE sessions`);
    await q.query(`DROP TABLE users`);
    await q.query(`DROP TABLE units`);
  }
}
