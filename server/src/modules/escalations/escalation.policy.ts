import { Forbidden } from '../../core/errors/errors';
import { Role, SCREENING_ROLES } from '../users/role';
import type { User } from '../users/user.entity';
import { ALWAYS_URGENT_KINDS, EscalationKind } from './escalation-enums';

/**
 * Anyone on the staff who finds a suicide notice or a child in danger raises it at once, officers at
 * stations included; the other kinds are the division's (DESIGN §4).
 */
export function assertMayRaise(user: User, kind: EscalationKind): void {
  if (ALWAYS_URGENT_KINDS.includes(kind)) {
    if (user.role === Role.VOLUNTEER) throw Forbidden('Volunteers cannot raise escalations; tell the police officer you work with.');
    return;
  }
  if (!SCREENING_ROLES.includes(user.role)) {
    throw Forbidden(`Only the officers in charge and the chief raise ${kind} escalations. Raise a suicide notice or an urgent child-safety escalation, or call the division.`);
  }
}
