import { registerEnumType } from 'type-graphql';

/** Why an alert was raised. */
export enum AlertReasonEnum {
  /** A new escalation (at once for urgent kinds). */
  ESCALATION_RAISED = 'ESCALATION_RAISED',
  /** A deletion request's post is still up after 24 h: a reminder. */
  DELETION_STILL_UP = 'DELETION_STILL_UP',
  /** An escalation was reopened or went past its due time. */
  ESCALATION_REOPENED_OR_OVERDUE = 'ESCALATION_REOPENED_OR_OVERDUE',
}
registerEnumType(AlertReasonEnum, { name: 'AlertReason' });

export type AlertReason = `${AlertReasonEnum}`;

/** The escalation kinds (DESIGN §4), as stored in `escalations.kind`. */
export type EscalationKindName = 'SUICIDE_NOTICE' | 'CHILD_SAFETY_URGENT' | 'EMERGENCY_DISCLOSURE' | 'DELETION_REQUEST' | 'SECURITY_INCIDENT';

/** Who hears about an alert first (the ladder widens it later: alert-audience.ts). */
export enum AlertAudience {
  /** Officers in charge and the chief at once (suicide notices, child safety). */
  OFFICERS_IN_CHARGE_AND_CHIEF = 'OFFICERS_IN_CHARGE_AND_CHIEF',
  /** Officers in charge (emergency disclosure, deletion requests). */
  OFFICERS_IN_CHARGE = 'OFFICERS_IN_CHARGE',
  /** The chief first (security incidents). */
  CHIEF = 'CHIEF',
}
registerEnumType(AlertAudience, { name: 'AlertAudience' });

export enum AlertChannel {
  IN_APP = 'IN_APP',
  EMAIL = 'EMAIL',
  WEBHOOK = 'WEBHOOK',
}
registerEnumType(AlertChannel, { name: 'AlertChannel' });

export enum AlertDeliveryStatus {
  /** Claimed by a job; being sent (a job that died here sends again: at least once). */
  SENDING = 'SENDING',
  SENT = 'SENT',
  /** The last attempt failed (see error); the job retries with backoff. */
  FAILED = 'FAILED',
  /** Nothing to send to (e.g. a recipient without an e-mail address): recorded so the chief sees it. */
  SKIPPED = 'SKIPPED',
}
registerEnumType(AlertDeliveryStatus, { name: 'AlertDeliveryStatus' });

/** Why the ladder of an urgent alert stopped. */
export enum AlertLadderEnd {
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  /** ALERT_MAX_STEPS reached without an acknowledgement. */
  MAX_STEPS = 'MAX_STEPS',
  /** The escalation was done or cancelled before anyone acknowledged. */
  ESCALATION_CLOSED = 'ESCALATION_CLOSED',
  /** A non-urgent alert: sent once. */
  SENT_ONCE = 'SENT_ONCE',
}
registerEnumType(AlertLadderEnd, { name: 'AlertLadderEnd' });
