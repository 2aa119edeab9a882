import { Role } from '../users/role';
import { CaseStatus } from './case-enums';

/** What can happen to a case. SYSTEM actions are taken by the worker, never through the API. */
export enum CaseAction {
  TAKE = 'TAKE',
  RELEASE = 'RELEASE',
  MARK_NOT_APPLICABLE = 'MARK_NOT_APPLICABLE',
  WARN = 'WARN',
  REQUEST_APPROVAL = 'REQUEST_APPROVAL',
  APPROVE = 'APPROVE',
  DECLINE = 'DECLINE',
  RETURN_FOR_SCREENING = 'RETURN_FOR_SCREENING',
  RECORD_REPLY_POSTED = 'RECORD_REPLY_POSTED',
  RECORD_REPLY_FAILED = 'RECORD_REPLY_FAILED',
  SWITCH_TO_MANUAL_REPLY = 'SWITCH_TO_MANUAL_REPLY',
  RECORD_MANUAL_REPLY = 'RECORD_MANUAL_REPLY',
  RETRY_REPLY = 'RETRY_REPLY',
  CLOSE_FAILED = 'CLOSE_FAILED',
  REPORT_TO_CHIEF = 'REPORT_TO_CHIEF',
  ACKNOWLEDGE = 'ACKNOWLEDGE',
}

export const SYSTEM = 'SYSTEM' as const;
export type ActorRole = Role | typeof SYSTEM;

export interface Transition {
  from: CaseStatus;
  action: CaseAction;
  to: CaseStatus;
  roles: readonly ActorRole[];
}

const { OFFICER_IN_CHARGE, CHIEF } = Role;
const S = CaseStatus;
const A = CaseAction;

/** DESIGN §3, the whole lifecycle: the one table the service and the tests both read. */
export const CASE_TRANSITIONS: readonly Transition[] = [
  { from: S.RECEIVED, action: A.TAKE, to: S.SCREENING, roles: [OFFICER_IN_CHARGE, CHIEF] },
  { from: S.SCREENING, action: A.RELEASE, to: S.RECEIVED, roles: [OFFICER_IN_CHARGE, CHIEF] },
  { from: S.SCREENING, action: A.MARK_NOT_APPLICABLE, to: S.CLOSED, roles: [OFFICER_IN_CHARGE, CHIEF] },
  { from: S.SCREENING, action: A.WARN, to: S.WARNING_QUEUED, roles: [OFFICER_IN_CHARGE, CHIEF] },
  { from: S.SCREENING, action: A.REQUEST_APPROVAL, to: S.AWAITING_APPROVAL, roles: [OFFICER_IN_CHARGE] },
  { from: S.AWAITING_APPROVAL, action: A.APPROVE, to: S.WARNING_QUEUED, roles: [CHIEF] },
  { from: S.AWAITING_APPROVAL, action: A.DECLINE, to: S.CLOSED, roles: [CHIEF] },
  { from: S.AWAITING_APPROVAL, action: A.RETURN_FOR_SCREENING, to: S.SCREENING, roles: [CHIEF] },
  { from: S.WARNING_QUEUED, action: A.RECORD_REPLY_POSTED, to: S.WARNING_POSTED, roles: [SYSTEM] },
  { from: S.WARNING_QUEUED, action: A.RECORD_REPLY_FAILED, to: S.WARNING_FAILED, roles: [SYSTEM] },
  // The manual path: X refuses API replies to posts that did not mention us (2026), so the reply is
  // posted by hand and verified by lookup. The system switches on X's 403; an officer may switch too.
  { from: S.WARNING_QUEUED, action: A.SWITCH_TO_MANUAL_REPLY, to: S.WARNING_QUEUED, roles: [OFFICER_IN_CHARGE, CHIEF, SYSTEM] },
  { from: S.WARNING_QUEUED, action: A.RECORD_MANUAL_REPLY, to: S.WARNING_POSTED, roles: [OFFICER_IN_CHARGE, CHIEF] },
  { from: S.WARNING_FAILED, action: A.RETRY_REPLY, to: S.WARNING_QUEUED, roles: [OFFICER_IN_CHARGE, CHIEF] },
  { from: S.WARNING_FAILED, action: A.CLOSE_FAILED, to: S.CLOSED, roles: [OFFICER_IN_CHARGE, CHIEF] },
  { from: S.WARNING_POSTED, action: A.REPORT_TO_CHIEF, to: S.REPORTED, roles: [OFFICER_IN_CHARGE] },
  { from: S.REPORTED, action: A.ACKNOWLEDGE, to: S.CLOSED, roles: [CHIEF] },
];

export function findTransition(from: CaseStatus, action: CaseAction): Transition | undefined {
  return CASE_TRANSITIONS.find((t) => t.from === from && t.action === action);
}
