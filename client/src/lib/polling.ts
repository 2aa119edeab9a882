/**
 * Work lists are live (subscription workQueueChanged, features/live-queue): they poll only as a
 * fallback, for a dropped socket or a missed event.
 */
export const LIVE_LIST_POLL_MS = 30_000;

/** Screens without a live feed (escalations, a case's or an escalation's detail, a volunteer's tips) poll at this interval. */
export const LIST_POLL_MS = 5_000;
