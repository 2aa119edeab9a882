import { Forbidden, InvalidInput } from '../../core/errors/errors';
import { UnitKind, type Unit } from '../units/unit.entity';
import { DIVISION_ONLY_ROLES, Role } from './role';
import type { User } from './user.entity';

/**
 * Per-record rules of user administration. The coarse rule (only the chief manages users) is in
 * the role matrix; these are the rules that depend on the user being changed.
 */

/** DESIGN §1: only the division posts warnings, so officers in charge and chiefs belong to it. */
export function roleFitsUnit(role: Role, unit: Pick<Unit, 'kind'>): boolean {
  return !DIVISION_ONLY_ROLES.includes(role) || unit.kind === UnitKind.DIVISION;
}

export function assertRoleFitsUnit(role: Role, unit: Pick<Unit, 'kind' | 'name'>, field: 'role' | 'unitId'): void {
  if (roleFitsUnit(role, unit)) return;
  throw InvalidInput(
    `Only members of the division (生活安全企画課) may be ${role}: ${unit.name} is a police station. ` +
      `Choose the division as the unit, or give the role ${Role.OFFICER} or ${Role.VOLUNTEER}.`,
    field,
  );
}

/** Nobody deactivates themself: a chief could otherwise lock the deployment out by mistake. */
export function assertMayDeactivate(actor: User, target: User): void {
  if (actor.id === target.id) throw Forbidden('You cannot deactivate your own account. Ask another chief to do it.');
}

/** A chief does not demote themself; another chief must (and the last chief cannot be demoted at all). */
export function assertMayChangeRole(actor: User, target: User, newRole: Role): void {
  if (actor.id === target.id && target.role === Role.CHIEF && newRole !== Role.CHIEF) {
    throw Forbidden('You cannot take away your own CHIEF role. Ask another chief to do it.');
  }
}

/** Would this change leave the user no longer an active chief? (Then another active chief must exist.) */
export function endsActiveChief(target: Pick<User, 'role' | 'active'>, next: { role: Role; active: boolean }): boolean {
  return target.active && target.role === Role.CHIEF && (!next.active || next.role !== Role.CHIEF);
}
