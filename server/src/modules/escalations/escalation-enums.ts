import { registerEnumType } from 'type-graphql';

/** DESIGN §4: the moments when a reply is not enough. */
export enum EscalationKind {
  /** 自殺予告 */
  SUICIDE_NOTICE = 'SUICIDE_NOTICE',
  /** 児童の安全確保 */
  CHILD_SAFETY_URGENT = 'CHILD_SAFETY_URGENT',
  /** 緊急開示要請 */
  EMERGENCY_DISCLOSURE = 'EMERGENCY_DISCLOSURE',
  /** 削除依頼 */
  DELETION_REQUEST = 'DELETION_REQUEST',
  /** 要報告インシデント */
  SECURITY_INCIDENT = 'SECURITY_INCIDENT',
}
registerEnumType(EscalationKind, { name: 'EscalationKind' });

export enum EscalationUrgency {
  URGENT = 'URGENT',
  NORMAL = 'NORMAL',
}
registerEnumType(EscalationUrgency, { name: 'EscalationUrgency' });

export enum EscalationStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(EscalationStatus, { name: 'EscalationStatus' });

/** X's answer to an emergency disclosure request. */
export enum DisclosureAnswer {
  DISCLOSED = 'DISCLOSED',
  REFUSED = 'REFUSED',
  PARTIAL = 'PARTIAL',
}
registerEnumType(DisclosureAnswer, { name: 'DisclosureAnswer' });

/** Why a post must be removed (clearly illegal content, DESIGN §4). */
export enum DeletionReason {
  /** 児童ポルノ */
  CSAM = 'CSAM',
  /** 児童買春の勧誘 */
  CHILD_PROSTITUTION_SOLICITATION = 'CHILD_PROSTITUTION_SOLICITATION',
  OTHER_ILLEGAL = 'OTHER_ILLEGAL',
}
registerEnumType(DeletionReason, { name: 'DeletionReason' });

/** How a removal was observed: the post is gone, or no longer visible (author suspended or protected). */
export enum DeletionOutcome {
  DELETED = 'DELETED',
  NOT_VISIBLE = 'NOT_VISIBLE',
}
registerEnumType(DeletionOutcome, { name: 'DeletionOutcome' });

/** The reporting path of a security incident (情報管理課長 → 情報セキュリティ管理者). */
export enum IncidentReportRecipient {
  /** 情報管理課長 */
  INFORMATION_MANAGEMENT_HEAD = 'INFORMATION_MANAGEMENT_HEAD',
  /** 情報セキュリティ管理者 */
  INFORMATION_SECURITY_MANAGER = 'INFORMATION_SECURITY_MANAGER',
}
registerEnumType(IncidentReportRecipient, { name: 'IncidentReportRecipient' });

export enum IncidentReportMethod {
  IN_PERSON = 'IN_PERSON',
  PHONE = 'PHONE',
  EMAIL = 'EMAIL',
  DOCUMENT = 'DOCUMENT',
}
registerEnumType(IncidentReportMethod, { name: 'IncidentReportMethod' });

export enum EscalationEventType {
  RAISED = 'RAISED',
  ASSIGNED = 'ASSIGNED',
  STATUS_CHANGED = 'STATUS_CHANGED',
  STEP_TICKED = 'STEP_TICKED',
  STEP_UNTICKED = 'STEP_UNTICKED',
  NOTE_ADDED = 'NOTE_ADDED',
  DETAILS_UPDATED = 'DETAILS_UPDATED',
  DISCLOSURE_SENT = 'DISCLOSURE_SENT',
  DISCLOSURE_ANSWERED = 'DISCLOSURE_ANSWERED',
  DELETION_REQUEST_SENT = 'DELETION_REQUEST_SENT',
  DELETION_CHECKED = 'DELETION_CHECKED',
  DELETION_CONFIRMED = 'DELETION_CONFIRMED',
  DELETION_REMINDER = 'DELETION_REMINDER',
  INCIDENT_REPORTED = 'INCIDENT_REPORTED',
  /** The due time passed while still open or in progress (recorded by the worker, with one alert). */
  OVERDUE = 'OVERDUE',
}
registerEnumType(EscalationEventType, { name: 'EscalationEventType' });

/** Kinds that are always urgent and that any staff member may raise (a two-click path, also for stations). */
export const ALWAYS_URGENT_KINDS: readonly EscalationKind[] = [EscalationKind.SUICIDE_NOTICE, EscalationKind.CHILD_SAFETY_URGENT];
