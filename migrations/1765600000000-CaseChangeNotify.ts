import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Live work lists: every new case and every change of a case's status is announced on the
 * `case_changes` channel (NOTIFY channels are per database). Each API copy LISTENs and pushes the
 * change to its own subscribers (server/src/modules/live-queue).
 *
 * A deferred constraint trigger: it runs at commit, after the intake has inserted the case's first
 * report, so the payload can carry the reporting units (officers hear only of their unit's cases).
 * PostgreSQL delivers a NOTIFY only when its transaction commits: a rolled-back change is never heard.
 * The payload stays far below NOTIFY's 8000-byte limit (an oversized one would fail the commit):
 * should a case ever have too many reporting units, `units` is null and only the division hears it.
 *
 * Names are frozen here on purpose (later migrations replace, never edit).
 */
export class CaseChangeNotify1765600000000 implements MigrationInterface {
  name = 'CaseChangeNotify1765600000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION cases_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        units jsonb;
        payload text;
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.status IS NOT DISTINCT FROM NEW.status THEN
          RETURN NULL;
        END IF;
        SELECT coalesce(jsonb_agg(DISTINCT r.unit_id), '[]'::jsonb) INTO units FROM reports r WHERE r.case_id = NEW.id;
        payload := jsonb_build_object(
          'id', NEW.id,
          'number', NEW.number,
          'old', CASE WHEN TG_OP = 'UPDATE' THEN OLD.status END,
          'new', NEW.status,
          'units', units)::text;
        IF octet_length(payload) > 7000 THEN
          payload := jsonb_build_object(
            'id', NEW.id,
            'number', NEW.number,
            'old', CASE WHEN TG_OP = 'UPDATE' THEN OLD.status END,
            'new', NEW.status,
            'units', NULL)::text;
        END IF;
        PERFORM pg_notify('case_changes', payload);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE CONSTRAINT TRIGGER cases_notify_change AFTER INSERT OR UPDATE OF status ON cases
      DEFERRABLE INITIALLY DEFERRED
      FOR EACH ROW EXECUTE FUNCTION cases_notify_change()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER cases_notify_change ON cases`);
    await q.query(`DROP FUNCTION cases_notify_change()`);
  }
}
