import { Role } from '../users/role';
import { AlertAudience, type EscalationKindName } from './alert-enums';

/** The first audience of an alert about an escalation of this kind (DESIGN §4). */
export function audienceFor(kind: EscalationKindName): AlertAudience {
  switch (kind) {
    case 'SUICIDE_NOTICE':
    case 'CHILD_SAFETY_URGENT':
      return AlertAudience.OFFICERS_IN_CHARGE_AND_CHIEF;
    case 'EMERGENCY_DISCLOSURE':
    case 'DELETION_REQUEST':
      return AlertAudience.OFFICERS_IN_CHARGE;
    case 'SECURITY_INCIDENT':
      return AlertAudience.CHIEF;
  }
}

/**
 * The roles an alert reaches at a step of its ladder. Step 0 is the first notice, to the kind's
 * audience. Unacknowledged, it widens: from step 1 every active chief, from step 2 every active
 * officer in charge too (a security incident starts with the chief alone). The webhook, when
 * configured, receives every step: it is the duty desk's pager, not a person.
 */
export function rolesAtStep(audience: AlertAudience, step: number): Role[] {
  const roles = new Set<Role>();
  if (audience !== AlertAudience.CHIEF) roles.add(Role.OFFICER_IN_CHARGE);
  if (audience !== AlertAudience.OFFICERS_IN_CHARGE) roles.add(Role.CHIEF);
  if (step >= 1) roles.add(Role.CHIEF);
  if (step >= 2) roles.add(Role.OFFICER_IN_CHARGE);
  return [Role.OFFICER_IN_CHARGE, Role.CHIEF].filter((r) => roles.has(r));
}

/** Business-key job ID of one ladder step: one job per alert and step, however often it is enqueued. */
export const alertStepJobId = (alertId: string, step: number) => `alert-${alertId}-step-${step}`;
