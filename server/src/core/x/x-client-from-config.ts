import type { Config } from '../config/config';
import { createXClient, type XClient, type XClientLogger } from './x-client';

const clients = new WeakMap<Config, XClient>();

/**
 * The X client of this process, built once per configuration from the credentials in it (the
 * only place they are read; the client never logs them). The API uses it to verify manual
 * replies, the worker to post and re-check.
 */
export function xClientFor(config: Config, logger?: XClientLogger): XClient {
  let client = clients.get(config);
  if (!client) {
    client = createXClient({
      baseUrl: config.X_API_BASE_URL,
      appKey: config.X_APP_KEY,
      appSecret: config.X_APP_SECRET,
      accessToken: config.X_ACCESS_TOKEN,
      accessSecret: config.X_ACCESS_SECRET,
      officialUserId: config.X_OFFICIAL_USER_ID,
      timeoutMs: config.X_REQUEST_TIMEOUT_MS,
      ...(logger ? { logger } : {}),
    });
    clients.set(config, client);
  }
  return client;
}
