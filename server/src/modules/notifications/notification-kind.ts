import { registerEnumType } from 'type-graphql';

/** What happened; the client builds the message from the kind and the case (ja / en). */
export enum NotificationKind {
  /** X refused the API reply (2026 restriction): the reply waits for an officer to post it by hand. */
  REPLY_SWITCHED_TO_MANUAL = 'REPLY_SWITCHED_TO_MANUAL',
  /** The deployment posts by hand (REPLY_MODE=manual): a decided reply is ready to post. */
  MANUAL_REPLY_READY = 'MANUAL_REPLY_READY',
  /** The reply could not be posted (deleted or protected post, gave up after retries, …): see the case's failureReason. */
  REPLY_FAILED = 'REPLY_FAILED',
  /** An account was locked after repeated failed logins: the chief must look at it and unlock it (see subjectUser). */
  ACCOUNT_LOCKED = 'ACCOUNT_LOCKED',
  /** An escalation alert (suicide notice, child safety, …; see escalationId and alertId); urgent ones repeat until acknowledged. */
  ESCALATION_ALERT = 'ESCALATION_ALERT',
  /** A deletion request's post is still up after 24 h (see escalationId). */
  DELETION_STILL_UP = 'DELETION_STILL_UP',
  /** An escalation was reopened or is past its due time (see escalationId). */
  ESCALATION_OVERDUE = 'ESCALATION_OVERDUE',
}
registerEnumType(NotificationKind, { name: 'NotificationKind' });
