import type { EscalationKind, EscalationStatus } from '../../graphql/generated/graphql';

export const ESCALATION_KINDS: EscalationKind[] = ['SUICIDE_NOTICE', 'CHILD_SAFETY_URGENT', 'EMERGENCY_DISCLOSURE', 'DELETION_REQUEST', 'SECURITY_INCIDENT'];
/** What any staff member (station officers too) may raise. */
export const OFFICER_KINDS: EscalationKind[] = ['SUICIDE_NOTICE', 'CHILD_SAFETY_URGENT'];
export const ESCALATION_STATUSES: EscalationStatus[] = ['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED'];

export const STATUS_COLOR: Record<EscalationStatus, string> = {
  OPEN: 'red',
  IN_PROGRESS: 'orange',
  DONE: 'teal',
  CANCELLED: 'gray',
};

export const KIND_COLOR: Record<EscalationKind, string> = {
  SUICIDE_NOTICE: 'red',
  CHILD_SAFETY_URGENT: 'pink',
  EMERGENCY_DISCLOSURE: 'grape',
  DELETION_REQUEST: 'indigo',
  SECURITY_INCIDENT: 'dark',
};

/** Minutes before the due time from which a row shows as "due soon". */
export const DUE_SOON_MINUTES = 15;
