/**
 * Every work list polls at this interval, so a case another officer moved shows up within
 * seconds without a reload. (Subscriptions will replace polling later.)
 */
export const LIST_POLL_MS = 5_000;
