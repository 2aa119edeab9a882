import type { Config } from '../../core/config/config';

export interface AlertSettings {
  repeatMs: number;
  maxSteps: number;
  /** Null = no e-mail. */
  smtpUrl: string | null;
  mailFrom: string;
  /** Base of links to the app (no trailing slash); null = links are left out. */
  publicUrl: string | null;
  webhook: { url: string; secret: string; timeoutMs: number } | null;
}

export function alertSettings(config: Config): AlertSettings {
  return {
    repeatMs: config.ALERT_REPEAT_MS,
    maxSteps: config.ALERT_MAX_STEPS,
    smtpUrl: config.SMTP_URL || null,
    mailFrom: config.ALERT_MAIL_FROM,
    publicUrl: config.PUBLIC_URL ? config.PUBLIC_URL.replace(/\/+$/, '') : null,
    webhook: config.ALERT_WEBHOOK_URL
      ? { url: config.ALERT_WEBHOOK_URL, secret: config.ALERT_WEBHOOK_SECRET, timeoutMs: config.ALERT_WEBHOOK_TIMEOUT_MS }
      : null,
  };
}

/** Where an escalation opens in the client. */
export const escalationLink = (publicUrl: string | null, escalationId: string) => (publicUrl ? `${publicUrl}/escalations/${escalationId}` : null);
