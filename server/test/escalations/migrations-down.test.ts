import { createDataSource } from '../../src/core/database/data-source';
import { Role } from '../../src/modules/users/role';
import { buildUnit, buildUser } from '../factories';
import { createTestDatabase } from '../harness';
import { migrations } from '../../../migrations';

/**
 * The escalation and alert migrations can be rolled back (down) and applied again on a database
 * holding their data: an escalation with its steps and timeline, an alert with a delivery and a
 * notice, a purged cancelled escalation, and the case-change trigger.
 */
describe('escalation and alert migrations: down() then up() again', () => {
  it('undoes everything from 1765100000000-Escalations onwards and re-applies it', async () => {
    const db = createDataSource(await createTestDatabase(), { poolSize: 2 });
    await db.initialize();
    try {
      const unit = await buildUnit(db);
      const user = await buildUser(db, { role: Role.OFFICER, unit });
      const [esc] = await db.query(
        `INSERT INTO escalations (kind, urgency, summary, raised_by_id, raised_unit_id, due_at, post_id, post_url)
         VALUES ('SUICIDE_NOTICE', 'URGENT', 'テスト', $1, $2, now(), '1860000000000000001', 'https://x.com/i/web/status/1860000000000000001') RETURNING id`,
        [user.id, unit.id],
      );
      await db.query(`INSERT INTO escalation_steps (escalation_id, position, label_ja, label_en) VALUES ($1, 1, 'a', 'a')`, [esc.id]);
      await db.query(`INSERT INTO escalation_events (escalation_id, type, actor_id) VALUES ($1, 'RAISED', $2)`, [esc.id, user.id]);
      await db.query(
        `INSERT INTO escalations (kind, urgency, status, summary, cancel_reason, completed_at, personal_data_purged_at, raised_by_id, raised_unit_id, due_at)
         VALUES ('SECURITY_INCIDENT', 'URGENT', 'CANCELLED', NULL, NULL, now(), now(), $1, $2, now())`,
        [user.id, unit.id],
      );
      const [alert] = await db.query(
        `INSERT INTO alerts (escalation_id, escalation_kind, reason, urgent, audience) VALUES ($1, 'SUICIDE_NOTICE', 'ESCALATION_RAISED', true, 'CHIEF') RETURNING id`,
        [esc.id],
      );
      await db.query(`INSERT INTO alert_deliveries (alert_id, step, channel, recipient_id, recipient, status) VALUES ($1, 0, 'IN_APP', $2::uuid, $2::text, 'SENT')`, [
        alert.id,
        user.id,
      ]);
      await db.query(`INSERT INTO notifications (recipient_id, kind, escalation_id, alert_id) VALUES ($1, 'ESCALATION_ALERT', $2, $3)`, [user.id, esc.id, alert.id]);

      const names = migrations.map((m) => (m as unknown as { name: string }).name);
      const firstOwn = names.findIndex((n) => n.startsWith('Escalations1765100000000'));
      expect(firstOwn).toBeGreaterThan(0);
      const toUndo = names.length - firstOwn;
      for (let i = 0; i < toUndo; i++) await db.undoLastMigration({ transaction: 'each' });
      const tables: { t: string }[] = await db.query(
        `SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND (table_name LIKE 'escalation%' OR table_name LIKE 'alert%')`,
      );
      expect(tables).toEqual([]);
      const triggers: unknown[] = await db.query(`SELECT 1 FROM pg_trigger WHERE tgname = 'cases_notify_change'`);
      expect(triggers).toEqual([]);

      const applied = await db.runMigrations({ transaction: 'each' });
      expect(applied).toHaveLength(toUndo);
      const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM escalation_checklist_templates WHERE version = 1`);
      expect(n).toBe(5);
    } finally {
      await db.destroy();
    }
  });
});
