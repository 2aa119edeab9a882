import { createLogger } from '../core/logging/logger';
import { startXSandbox } from './x-sandbox';

/**
 * `node dist/.../x-sandbox/main.js` — the local X for development and the demo.
 * Reads only its own variables (not the app's config module, which also wants a database):
 *   X_SANDBOX_PORT (default 4100), X_SANDBOX_HOST (default 127.0.0.1),
 *   X_OFFICIAL_USER_ID, X_OFFICIAL_USERNAME, X_SANDBOX_REPLY_RESTRICTED=true|false,
 *   and, if all four are set, X_APP_KEY / X_APP_SECRET / X_ACCESS_TOKEN / X_ACCESS_SECRET to
 *   verify OAuth 1.0a signatures like X would.
 */
async function main(): Promise<void> {
  const logger = createLogger(process.env.LOG_LEVEL ?? 'info', 'x-sandbox');
  const rawPort = process.env.X_SANDBOX_PORT ?? '4100';
  const port = Number(rawPort);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    logger.error({ X_SANDBOX_PORT: rawPort }, 'X_SANDBOX_PORT must be an integer between 0 and 65535');
    process.exit(1);
  }
  const { X_APP_KEY, X_APP_SECRET, X_ACCESS_TOKEN, X_ACCESS_SECRET } = process.env;
  const credentials =
    X_APP_KEY && X_APP_SECRET && X_ACCESS_TOKEN && X_ACCESS_SECRET
      ? { appKey: X_APP_KEY, appSecret: X_APP_SECRET, accessToken: X_ACCESS_TOKEN, accessSecret: X_ACCESS_SECRET }
      : undefined;

  const sandbox = await startXSandbox({
    port,
    host: process.env.X_SANDBOX_HOST ?? '127.0.0.1',
    logger,
    ...(process.env.X_OFFICIAL_USER_ID ? { officialUserId: process.env.X_OFFICIAL_USER_ID } : {}),
    ...(process.env.X_OFFICIAL_USERNAME ? { officialUsername: process.env.X_OFFICIAL_USERNAME } : {}),
    ...(process.env.X_SANDBOX_REPLY_RESTRICTED ? { replyRestricted: process.env.X_SANDBOX_REPLY_RESTRICTED === 'true' } : {}),
    ...(credentials ? { credentials } : {}),
  });
  logger.info({ url: sandbox.url, verifiesSignatures: Boolean(credentials) }, 'X sandbox ready');

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'x-sandbox shutting down');
    sandbox.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((err: unknown) => {
  // eslint-disable-next-line no-console
  console.error('x-sandbox failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
