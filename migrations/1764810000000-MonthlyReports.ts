import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The monthly report (DESIGN §5): the officer in charge drafts a month's report (a snapshot of the
 * statistics plus remarks), the chief edits and finalizes it, then publishes a bulletin (周知) that every
 * unit reads. A finalized report and a published bulletin never change (the database refuses it): a
 * correction is a new version of the month's report, with its own bulletin.
 */
export class MonthlyReports1764810000000 implements MigrationInterface {
  name = 'MonthlyReports1764810000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE monthly_reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        month text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        version int NOT NULL CHECK (version >= 1),
        status text NOT NULL CHECK (status IN ('DRAFT', 'FINALIZED')),
        revision int NOT NULL DEFAULT 1,
        remarks text,
        figures jsonb NOT NULL,
        figures_generated_at timestamptz NOT NULL,
        supersedes_id uuid REFERENCES monthly_reports(id),
        created_by_id uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_by_id uuid REFERENCES users(id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        finalized_by_id uuid REFERENCES users(id),
        finalized_at timestamptz,
        CONSTRAINT monthly_reports_month_version_key UNIQUE (month, version),
        CONSTRAINT monthly_reports_finalized_check CHECK ((status = 'FINALIZED') = (finalized_at IS NOT NULL))
      )`);
    // One open draft per month; drafts of different months may coexist.
    await q.query(`CREATE UNIQUE INDEX monthly_reports_one_draft_idx ON monthly_reports (month) WHERE status = 'DRAFT'`);
    await q.query(`CREATE INDEX monthly_reports_order_idx ON monthly_reports (month DESC, version DESC)`);
    await q.query(`
      CREATE FUNCTION monthly_reports_keep_finalized() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'FINALIZED' THEN
          RAISE EXCEPTION 'a finalized monthly report is immutable (% refused); correct it with a new version', TG_OP
            USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await q.query(`
      CREATE TRIGGER monthly_reports_keep_finalized BEFORE UPDATE OR DELETE ON monthly_reports
      FOR EACH ROW EXECUTE FUNCTION monthly_reports_keep_finalized()`);

    await q.query(`
      CREATE TABLE bulletins (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        monthly_report_id uuid NOT NULL UNIQUE REFERENCES monthly_reports(id),
        month text NOT NULL,
        report_version int NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        figures jsonb NOT NULL,
        published_by_id uuid NOT NULL REFERENCES users(id),
        published_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX bulletins_published_idx ON bulletins (published_at DESC, id)`);
    await q.query(`
      CREATE FUNCTION bulletins_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'a published bulletin is immutable (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER bulletins_immutable BEFORE UPDATE OR DELETE ON bulletins
      FOR EACH ROW EXECUTE FUNCTION bulletins_refuse_change()`);
    await q.query(`
      CREATE TRIGGER bulletins_no_truncate BEFORE TRUNCATE ON bulletins
      FOR EACH STATEMENT EXECUTE FUNCTION bulletins_refuse_change()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE bulletins`);
    await q.query(`DROP FUNCTION bulletins_refuse_change()`);
    await q.query(`DROP TABLE monthly_reports`);
    await q.query(`DROP FUNCTION monthly_reports_keep_finalized()`);
  }
}
