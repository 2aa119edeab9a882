/** Every BullMQ queue of the system, by name. */
export enum QueueName {
  REPLIES = 'replies',
  /** The 1- and 7-day re-checks of warned posts (lookups: X rate-limits them apart from posting). */
  POST_CHECKS = 'post-checks',
  /** Pings that prove a job can round-trip through Redis and a worker (GET /healthz/queue). */
  HEALTH = 'health',
  /** Scheduled housekeeping: the retention purge and the unused-account check (modules/retention). */
  MAINTENANCE = 'maintenance',
  /** Escalation alerts: one job per alert and ladder step (modules/alerts). */
  ALERTS = 'alerts',
}

/** Job names per queue; a job's payload holds IDs only (BullMQ stores job data in clear text). */
export enum JobName {
  POST_REPLY = 'post-reply',
  RECHECK_POST = 'recheck-post',
  PING = 'ping',
  PURGE_PERSONAL_DATA = 'purge-personal-data',
  DISABLE_UNUSED_ACCOUNTS = 'disable-unused-accounts',
  DELIVER_ALERT = 'deliver-alert',
  /** Re-check a post whose removal was requested from X (modules/escalations, on the POST_CHECKS queue). */
  CHECK_DELETION_REQUEST = 'check-deletion-request',
  /** At an escalation's due time: alert once if it is still not done (modules/escalations, on the MAINTENANCE queue). */
  CHECK_ESCALATION_OVERDUE = 'check-escalation-overdue',
}

export interface PostReplyPayload {
  caseId: string;
}

export type RecheckWindow = '1d' | '7d';

export interface RecheckPostPayload {
  caseId: string;
  after: RecheckWindow;
}

/** Business-key job ID of a re-check: one per case and window, however often it is enqueued. */
export const recheckJobId = (caseId: string, after: RecheckWindow) => `recheck-${caseId}-${after}`;
