import { Role } from '../../modules/users/role';

const { OFFICER, VOLUNTEER, OFFICER_IN_CHARGE, CHIEF } = Role;
const ALL = [OFFICER, VOLUNTEER, OFFICER_IN_CHARGE, CHIEF] as const;
const STAFF = [OFFICER, OFFICER_IN_CHARGE, CHIEF] as const;
const SCREENERS = [OFFICER_IN_CHARGE, CHIEF] as const;

/** Reachable without a session (login only). */
export const PUBLIC = 'PUBLIC' as const;

/**
 * The role matrix: every query and mutation of the schema, and the roles that may call it.
 * Resolvers take their @Authorized roles from here (`rolesFor`), and a test fails when an
 * operation of the schema is missing from this table or answers differently over HTTP.
 * Per-record rules (own unit, own tips, claimed case) live in each module's policy.
 */
export const ROLE_MATRIX = {
  // session
  login: PUBLIC,
  logout: ALL,
  me: ALL,
  // reports and cases
  submitReport: STAFF,
  unitReports: STAFF,
  case: STAFF,
  reviewQueue: SCREENERS,
  recentWarnings: SCREENERS,
  takeCase: SCREENERS,
  warnCase: SCREENERS,
} as const satisfies Record<string, typeof PUBLIC | readonly Role[]>;

export type Operation = keyof typeof ROLE_MATRIX;

/** The roles for @Authorized(...). */
export function rolesFor(op: Operation): Role[] {
  const rule = ROLE_MATRIX[op];
  if (rule === PUBLIC) throw new Error(`${op} is public: do not put @Authorized on it`);
  return [...rule];
}
