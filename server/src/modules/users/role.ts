import { registerEnumType } from 'type-graphql';

export enum Role {
  /** 警察職員: finds posts, submits reports, sees the unit's submissions. */
  OFFICER = 'OFFICER',
  /** 防犯ボランティア: submits tips, sees only whether their own tips were handled. */
  VOLUNTEER = 'VOLUNTEER',
  /** 実施担当者: screens cases and posts warnings (division only). */
  OFFICER_IN_CHARGE = 'OFFICER_IN_CHARGE',
  /** 実施責任者: head of the division; approves, acknowledges, manages. */
  CHIEF = 'CHIEF',
}
registerEnumType(Role, { name: 'Role' });

/** Roles that only members of the division may hold (DESIGN §1: only the division posts warnings). */
export const DIVISION_ONLY_ROLES: readonly Role[] = [Role.OFFICER_IN_CHARGE, Role.CHIEF];
/** Roles that work the review queue. */
export const SCREENING_ROLES: readonly Role[] = [Role.OFFICER_IN_CHARGE, Role.CHIEF];

/** Why an account was deactivated. */
export enum DeactivationKind {
  /** The chief deactivated it (deactivateUser). */
  CHIEF = 'CHIEF',
  /** Nobody logged in to it for ACCOUNT_INACTIVITY_DAYS (CJIS §5.6.1: inactive accounts are disabled). */
  INACTIVITY = 'INACTIVITY',
}
registerEnumType(DeactivationKind, { name: 'DeactivationKind' });
