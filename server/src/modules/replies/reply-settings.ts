import type { Config } from '../../core/config/config';
import type { RecheckWindow } from '../../core/queue/queues';

/** How replies are delivered in this deployment, from the configuration. */
export interface ReplySettings {
  mode: 'api' | 'manual';
  /**
   * After an attempt whose outcome is unknown, nobody posts again (and no officer may switch the
   * case to the manual path) until this long after it, unless the reply is found first. Never
   * shorter than one X call, so two jobs of one case can never both have a call in flight.
   */
  lookupGraceMs: number;
  recheckAfterMs: Record<RecheckWindow, number>;
  officialUserId: string;
  officialUsername: string;
  intentBaseUrl: string;
}

export function replySettings(config: Config): ReplySettings {
  return {
    mode: config.REPLY_MODE,
    lookupGraceMs: Math.max(config.REPLY_LOOKUP_GRACE_MS, config.X_REQUEST_TIMEOUT_MS + 1000),
    recheckAfterMs: { '1d': config.RECHECK_AFTER_1D_MS, '7d': config.RECHECK_AFTER_7D_MS },
    officialUserId: config.X_OFFICIAL_USER_ID,
    officialUsername: config.X_OFFICIAL_USERNAME,
    intentBaseUrl: config.X_WEB_INTENT_BASE_URL,
  };
}
