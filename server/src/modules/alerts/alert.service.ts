import type { DataSource } from 'typeorm';
import type { Actor } from '../../core/auth/context';
import { inTransaction } from '../../core/database/transaction';
import { Forbidden, InvalidInput, NotFound } from '../../core/errors/errors';
import { recordAudit } from '../audit/audit.service';
import { Role } from '../users/role';
import type { User } from '../users/user.entity';
import { AlertDelivery } from './alert-delivery.entity';
import { AlertLadderEnd } from './alert-enums';
import { Alert } from './alert.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const MAX_ALERTS = 200;

function checkId(id: string): void {
  if (!UUID.test(id)) throw InvalidInput('The alert ID is not valid.', 'id');
}

/** Whether the user was sent this alert in the app (the per-record rule for officers in charge). */
async function wasSentTo(db: DataSource, alertId: string, userId: string): Promise<boolean> {
  const rows: unknown[] = await db.query(
    `SELECT 1 FROM alert_deliveries WHERE alert_id = $1 AND channel = 'IN_APP' AND recipient_id = $2 LIMIT 1`,
    [alertId, userId],
  );
  return rows.length > 0;
}

/**
 * Acknowledges an alert: records who and when and the latency since it was raised, stops its
 * ladder (the next step's job finds it acknowledged and sends nothing) and marks the caller's
 * notices of it read. A chief may acknowledge any alert; an officer in charge one they were sent.
 * The first acknowledgement counts; acknowledging again returns the alert as it is.
 */
export async function acknowledgeAlert(db: DataSource, actor: Actor & { user: User }, alertId: string): Promise<Alert> {
  checkId(alertId);
  const user = actor.user;
  const exists = await db.getRepository(Alert).existsBy({ id: alertId });
  if (!exists) throw NotFound('The alert');
  if (user.role !== Role.CHIEF && !(await wasSentTo(db, alertId, user.id))) {
    throw Forbidden('Only the people this alert was sent to, or the chief, may acknowledge it.');
  }
  return inTransaction(db, async (em) => {
    const alert = (await em.getRepository(Alert).findOne({ where: { id: alertId }, lock: { mode: 'pessimistic_write' } }))!;
    if (!alert.acknowledgedAt) {
      const now = new Date();
      alert.acknowledgedAt = now;
      alert.acknowledgedById = user.id;
      alert.ackLatencyMs = Math.max(0, now.getTime() - alert.createdAt.getTime());
      if (!alert.ladderEndedAt) {
        alert.ladderEndedAt = now;
        alert.ladderEnd = AlertLadderEnd.ACKNOWLEDGED;
      }
      await em.update(Alert, { id: alertId }, {
        acknowledgedAt: alert.acknowledgedAt,
        acknowledgedById: alert.acknowledgedById,
        ackLatencyMs: alert.ackLatencyMs,
        ladderEndedAt: alert.ladderEndedAt,
        ladderEnd: alert.ladderEnd,
      });
      await recordAudit(em, actor, {
        action: 'alert.ACKNOWLEDGE',
        objectType: 'Alert',
        objectId: alertId,
        after: { escalationId: alert.escalationId, ackLatencyMs: alert.ackLatencyMs, step: alert.currentStep },
      });
    }
    await em.query(`UPDATE notifications SET read_at = now() WHERE alert_id = $1 AND recipient_id = $2 AND read_at IS NULL`, [alertId, user.id]);
    return alert;
  });
}

/** Alerts sent to the user in the app, newest first; by default only those nobody acknowledged yet. */
export function listMyAlerts(db: DataSource, user: User, opts: { unacknowledgedOnly: boolean; limit: number }): Promise<Alert[]> {
  if (!Number.isInteger(opts.limit) || opts.limit < 1 || opts.limit > MAX_ALERTS) {
    throw InvalidInput(`limit must be between 1 and ${MAX_ALERTS}.`, 'limit');
  }
  const qb = db
    .getRepository(Alert)
    .createQueryBuilder('a')
    .where(`EXISTS (SELECT 1 FROM alert_deliveries d WHERE d.alert_id = a.id AND d.channel = 'IN_APP' AND d.recipient_id = :me)`, { me: user.id })
    .orderBy('a.created_at', 'DESC')
    .addOrderBy('a.id', 'DESC')
    .take(opts.limit);
  if (opts.unacknowledgedOnly) qb.andWhere('a.acknowledged_at IS NULL');
  return qb.getMany();
}

/** One alert (the chief: with every delivery). */
export async function getAlert(db: DataSource, alertId: string): Promise<Alert> {
  checkId(alertId);
  const alert = await db.getRepository(Alert).findOneBy({ id: alertId });
  if (!alert) throw NotFound('The alert');
  return alert;
}

export function deliveriesOf(db: DataSource, alertId: string): Promise<AlertDelivery[]> {
  return db.getRepository(AlertDelivery).find({ where: { alertId }, order: { step: 'ASC', channel: 'ASC', recipient: 'ASC' } });
}

/** Alerts about one escalation, oldest first (the escalation's page). */
export function alertsOfEscalation(db: DataSource, escalationId: string): Promise<Alert[]> {
  return db.getRepository(Alert).find({ where: { escalationId }, order: { createdAt: 'ASC', id: 'ASC' } });
}
