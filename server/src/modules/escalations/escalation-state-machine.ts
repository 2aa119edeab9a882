import { Role } from '../users/role';
import { EscalationStatus } from './escalation-enums';

/** What can happen to an escalation's status. */
export enum EscalationAction {
  /** 着手: someone takes it on (claiming an OPEN escalation starts it). */
  START = 'START',
  /** Give it back to the board without an owner working on it. */
  RETURN_TO_OPEN = 'RETURN_TO_OPEN',
  COMPLETE = 'COMPLETE',
  CANCEL = 'CANCEL',
  /** The chief reopens a finished escalation (e.g. the person is in danger again). */
  REOPEN = 'REOPEN',
}

export interface EscalationTransition {
  from: EscalationStatus;
  action: EscalationAction;
  to: EscalationStatus;
  roles: readonly Role[];
}

const { OFFICER_IN_CHARGE, CHIEF } = Role;
const S = EscalationStatus;
const A = EscalationAction;

/** DESIGN §4: OPEN → IN_PROGRESS → DONE, or CANCELLED with a reason. The one table the service and tests read. */
export const ESCALATION_TRANSITIONS: readonly EscalationTransition[] = [
  { from: S.OPEN, action: A.START, to: S.IN_PROGRESS, roles: [OFFICER_IN_CHARGE, CHIEF] },
  { from: S.IN_PROGRESS, action: A.RETURN_TO_OPEN, to: S.OPEN, roles: [OFFICER_IN_CHARGE, CHIEF] },
  { from: S.IN_PROGRESS, action: A.COMPLETE, to: S.DONE, roles: [OFFICER_IN_CHARGE, CHIEF] },
  { from: S.OPEN, action: A.CANCEL, to: S.CANCELLED, roles: [OFFICER_IN_CHARGE, CHIEF] },
  { from: S.IN_PROGRESS, action: A.CANCEL, to: S.CANCELLED, roles: [OFFICER_IN_CHARGE, CHIEF] },
  { from: S.DONE, action: A.REOPEN, to: S.IN_PROGRESS, roles: [CHIEF] },
];

export function findEscalationTransition(from: EscalationStatus, action: EscalationAction): EscalationTransition | undefined {
  return ESCALATION_TRANSITIONS.find((t) => t.from === from && t.action === action);
}

export const FINISHED_STATUSES: readonly EscalationStatus[] = [S.DONE, S.CANCELLED];
