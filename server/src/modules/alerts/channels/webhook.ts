import { createHmac } from 'node:crypto';

export const SIGNATURE_HEADER = 'X-PatrolDesk-Signature';
export const TIMESTAMP_HEADER = 'X-PatrolDesk-Timestamp';

/** `sha256=<hex HMAC-SHA256 of the raw body>` with the shared secret. */
export const signWebhookBody = (secret: string, rawBody: string) => `sha256=${createHmac('sha256', secret).update(rawBody).digest('hex')}`;

/**
 * POSTs one alert to the webhook. The body carries its own `sentAt` (also in the timestamp header),
 * so the signature covers the time too and a receiver can refuse replays. Anything but a 2xx is a
 * failure (the job retries with backoff); the receiver should de-duplicate on `deliveryId`.
 */
export async function postWebhook(hook: { url: string; secret: string; timeoutMs: number }, body: Record<string, unknown>): Promise<void> {
  const now = new Date();
  const raw = JSON.stringify({ ...body, sentAt: now.toISOString() });
  const res = await fetch(hook.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'user-agent': 'PatrolDesk-Alerts/1',
      [SIGNATURE_HEADER]: signWebhookBody(hook.secret, raw),
      [TIMESTAMP_HEADER]: String(Math.floor(now.getTime() / 1000)),
    },
    body: raw,
    signal: AbortSignal.timeout(hook.timeoutMs),
    redirect: 'error',
  });
  await res.arrayBuffer().catch(() => undefined);
  if (res.status < 200 || res.status >= 300) throw new Error(`webhook answered HTTP ${res.status}`);
}
