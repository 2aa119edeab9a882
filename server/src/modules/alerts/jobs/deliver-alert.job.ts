import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from '../../../core/logging/logger';
import { enqueueAfterCommit } from '../../../core/outbox/outbox';
import { JobName, QueueName } from '../../../core/queue/queues';
import { NotificationKind } from '../../notifications/notification-kind';
import { alertStepJobId, rolesAtStep } from '../alert-audience';
import { AlertChannel, AlertDeliveryStatus, AlertLadderEnd, AlertReasonEnum } from '../alert-enums';
import type { AlertSettings } from '../alert-settings';
import { escalationLink } from '../alert-settings';
import { alertMail } from '../alert-text';
import { Alert } from '../alert.entity';
import type { AlertMailer } from '../channels/email';
import { postWebhook } from '../channels/webhook';
import type { DeliverAlertPayload } from '../raise-alert';

/** What a subscriber receives (subscription alertRaised): IDs, kind and timing, no personal data. */
export interface AlertEventPayload {
  alertId: string;
  escalationId: string;
  escalationKind: string;
  reason: string;
  urgent: boolean;
  step: number;
  notificationId: string;
  raisedAt: string;
  deliveredAt: string;
}

export interface DeliverAlertDeps {
  db: DataSource;
  settings: AlertSettings;
  mailer: AlertMailer | null;
  /** Publishes a live event to one user (Redis pub/sub); resolves when Redis took it. */
  publish: (userId: string, event: AlertEventPayload) => Promise<unknown>;
  logger: Logger;
}

export type DeliverOutcome = 'delivered' | 'acknowledged' | 'ladder-ended' | 'escalation-closed' | 'missing' | 'not-due';

const NOTIFICATION_KIND: Record<AlertReasonEnum, NotificationKind> = {
  [AlertReasonEnum.ESCALATION_RAISED]: NotificationKind.ESCALATION_ALERT,
  [AlertReasonEnum.DELETION_STILL_UP]: NotificationKind.DELETION_STILL_UP,
  [AlertReasonEnum.ESCALATION_REOPENED_OR_OVERDUE]: NotificationKind.ESCALATION_OVERDUE,
};

interface Recipient {
  id: string;
  email: string | null;
}

/**
 * One step of an alert's ladder. Idempotent: it may run again after a crash, a stall or a Redis
 * outage (the outbox re-sends lost jobs), and never sends twice what it already sent —
 *
 * 1. In one transaction with the alert row locked: stop if acknowledged (or the escalation closed, see stopsAlert);
 *    the first run of a step records it and enqueues the next step (urgent, below the maximum) as
 *    a delayed outbox job `alert-<id>-step-<n+1>`, or ends the ladder; in-app notices and the
 *    delivery rows of every channel are written (UNIQUE(alert, step, channel, recipient)).
 * 2. After the commit: the live event to each new in-app recipient (Redis pub/sub; best effort —
 *    the notification row is the durable record), then the e-mails and the webhook still to send.
 *    A failed send is recorded and the job fails, to be retried with backoff; what was sent stays sent.
 *
 * E-mail is at least once: a worker killed between the SMTP server's acceptance and the row's
 * update sends that one message again (with the same Message-ID).
 */
export async function deliverAlert(payload: DeliverAlertPayload, deps: DeliverAlertDeps): Promise<DeliverOutcome> {
  const { db, settings } = deps;
  const { alertId, step } = payload;
  type Claimed = { alert: Alert; recipients: Recipient[]; newInApp: Array<{ userId: string; notificationId: string }>; escalationNumber: number | null };
  const claimed = await db.transaction('READ COMMITTED', async (em): Promise<DeliverOutcome | Claimed> => {
    const alert = await em.getRepository(Alert).findOne({ where: { id: alertId }, lock: { mode: 'pessimistic_write' } });
    if (!alert) return 'missing';
    if (alert.acknowledgedAt) {
      if (!alert.ladderEndedAt) await endLadder(em, alertId, AlertLadderEnd.ACKNOWLEDGED);
      return 'acknowledged';
    }
    const [esc]: { status: string; number: number | null }[] = await em.query(`SELECT status, number FROM escalations WHERE id = $1`, [alert.escalationId]);
    if (!esc || stopsAlert(esc.status, alert.reason)) {
      if (!alert.ladderEndedAt) await endLadder(em, alertId, AlertLadderEnd.ESCALATION_CLOSED);
      return 'escalation-closed';
    }
    const maxStep = alert.maxStep ?? (alert.urgent ? settings.maxSteps : 0);
    if (step > maxStep || step > alert.stepsStarted) return 'not-due';
    if (alert.stepsStarted === step) {
      if (alert.ladderEndedAt) return 'ladder-ended';
      await em.update(Alert, { id: alertId }, { stepsStarted: step + 1, maxStep });
      if (step < maxStep) {
        const next: DeliverAlertPayload = { alertId, step: step + 1 };
        await enqueueAfterCommit(em, QueueName.ALERTS, JobName.DELIVER_ALERT, { ...next }, {
          jobId: alertStepJobId(alertId, step + 1),
          runAt: new Date(Date.now() + settings.repeatMs),
        });
      } else {
        await endLadder(em, alertId, alert.urgent ? AlertLadderEnd.MAX_STEPS : AlertLadderEnd.SENT_ONCE);
      }
    }

    const recipients: Recipient[] = await em.query(
      `SELECT id, email FROM users WHERE active AND role = ANY($1::text[]) ORDER BY id`,
      [rolesAtStep(alert.audience, step)],
    );
    // In-app: the notice and its delivery row in this transaction — exactly once per recipient and step.
    const newInApp: Array<{ userId: string; notificationId: string }> = [];
    for (const r of recipients) {
      const inserted: unknown[] = await em.query(
        `INSERT INTO alert_deliveries (alert_id, step, channel, recipient_id, recipient, status, attempts, sent_at)
         VALUES ($1, $2, 'IN_APP', $3::uuid, $3::text, 'SENT', 1, now()) ON CONFLICT ON CONSTRAINT alert_deliveries_once DO NOTHING RETURNING id`,
        [alertId, step, r.id],
      );
      if (inserted.length === 0) continue;
      const [n]: { id: string }[] = await em.query(
        `INSERT INTO notifications (recipient_id, kind, escalation_id, alert_id) VALUES ($1, $2, $3, $4) RETURNING id`,
        [r.id, NOTIFICATION_KIND[alert.reason], alert.escalationId, alertId],
      );
      newInApp.push({ userId: r.id, notificationId: n!.id });
    }
    if (deps.mailer) {
      for (const r of recipients) {
        const address = r.email?.trim() || null;
        await em.query(
          `INSERT INTO alert_deliveries (alert_id, step, channel, recipient_id, recipient, status, error)
           VALUES ($1, $2, 'EMAIL', $3, $4, $5, $6) ON CONFLICT ON CONSTRAINT alert_deliveries_once DO NOTHING`,
          [alertId, step, r.id, address ?? `user:${r.id}`, address ? 'SENDING' : 'SKIPPED', address ? null : 'The user has no e-mail address.'],
        );
      }
    }
    if (settings.webhook) {
      await em.query(
        `INSERT INTO alert_deliveries (alert_id, step, channel, recipient, status)
         VALUES ($1, $2, 'WEBHOOK', $3, 'SENDING') ON CONFLICT ON CONSTRAINT alert_deliveries_once DO NOTHING`,
        [alertId, step, new URL(settings.webhook.url).host],
      );
    }
    return { alert, recipients, newInApp, escalationNumber: esc.number ?? null };
  });
  if (typeof claimed === 'string') return claimed;
  const { alert, newInApp } = claimed;

  const deliveredAt = new Date().toISOString();
  for (const { userId, notificationId } of newInApp) {
    const event: AlertEventPayload = {
      alertId,
      escalationId: alert.escalationId,
      escalationKind: alert.escalationKind,
      reason: alert.reason,
      urgent: alert.urgent,
      step,
      notificationId,
      raisedAt: alert.createdAt.toISOString(),
      deliveredAt,
    };
    await deps.publish(userId, event).catch((err: Error) =>
      deps.logger.warn({ alertId, step, err: err.message }, 'could not publish a live alert; the user sees it in the notification list'),
    );
  }

  const pending: { id: string; channel: AlertChannel; recipient: string }[] = await db.query(
    `SELECT id, channel, recipient FROM alert_deliveries
     WHERE alert_id = $1 AND step = $2 AND channel IN ('EMAIL', 'WEBHOOK') AND status IN ('SENDING', 'FAILED') ORDER BY channel, recipient`,
    [alertId, step],
  );
  const link = escalationLink(settings.publicUrl, alert.escalationId);
  let failures = 0;
  for (const d of pending) {
    try {
      if (d.channel === AlertChannel.EMAIL) {
        if (!deps.mailer) continue;
        const mail = alertMail({
          kind: alert.escalationKind,
          reason: alert.reason,
          urgent: alert.urgent,
          step,
          escalationNumber: claimed.escalationNumber,
          raisedAt: alert.createdAt,
          link,
        });
        await deps.mailer.send({ to: d.recipient, ...mail, messageId: `<alert-${alertId}-step-${step}-${d.id}@patrol-desk>` });
      } else if (settings.webhook) {
        await postWebhook(settings.webhook, {
          type: 'patrol-desk.alert',
          deliveryId: d.id,
          alertId,
          escalationId: alert.escalationId,
          escalationKind: alert.escalationKind,
          reason: alert.reason,
          urgent: alert.urgent,
          step,
          raisedAt: alert.createdAt.toISOString(),
          link,
        });
      } else {
        continue;
      }
      await db.query(`UPDATE alert_deliveries SET status = 'SENT', sent_at = now(), attempts = attempts + 1, error = NULL WHERE id = $1`, [d.id]);
    } catch (err) {
      failures += 1;
      const message = (err as Error).message.slice(0, 500);
      await db.query(`UPDATE alert_deliveries SET status = 'FAILED', attempts = attempts + 1, error = $2 WHERE id = $1`, [d.id, message]);
      deps.logger.warn({ alertId, step, channel: d.channel, err: message }, 'alert delivery failed; the job will retry');
    }
  }
  if (failures > 0) throw new Error(`${failures} alert deliveries failed at step ${step}; retrying`);
  return 'delivered';
}

/**
 * A finished escalation stops its alerts (nobody need act on it any more) — except the reminder
 * that a post whose removal was requested is still up: the work is DONE but the post is not gone,
 * so the division must hear it (the re-checks go on until it is). A cancelled request ends both.
 */
export function stopsAlert(status: string, reason: AlertReasonEnum): boolean {
  if (status === 'CANCELLED') return true;
  return status === 'DONE' && reason !== AlertReasonEnum.DELETION_STILL_UP;
}

async function endLadder(em: EntityManager, alertId: string, end: AlertLadderEnd): Promise<void> {
  await em.update(Alert, { id: alertId }, { ladderEndedAt: new Date(), ladderEnd: end });
}
