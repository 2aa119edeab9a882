/**
 * TypeScript mirror of the server's GraphQL schema (enums and object types) for the fields the
 * client selects. Hand-written until GraphQL Code Generator is added to the client; keep the
 * names identical to the schema so the generated types can replace this file one for one.
 */

export const ROLES = ['OFFICER', 'VOLUNTEER', 'OFFICER_IN_CHARGE', 'CHIEF'] as const;
export type Role = (typeof ROLES)[number];

export const UNIT_KINDS = ['DIVISION', 'STATION'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const CASE_STATUSES = [
  'RECEIVED',
  'SCREENING',
  'AWAITING_APPROVAL',
  'WARNING_QUEUED',
  'WARNING_POSTED',
  'WARNING_FAILED',
  'REPORTED',
  'CLOSED',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** DESIGN §2: the six categories of qualifying posts, in display order. */
export const CATEGORIES = [
  'C1_SEX_OR_MEETING',
  'C2_LODGING',
  'C3_HARMFUL_WORK',
  'C4_CSAM_TRADE',
  'C5_CSAM_PRODUCTION',
  'C6_OTHER_SEXUALISATION',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** CHILD: alert (注意喚起) to a child poster; ADULT: warning (警告) to an adult targeting a child. */
export const AUDIENCES = ['CHILD', 'ADULT'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const REPORT_SOURCES = ['OFFICER', 'VOLUNTEER'] as const;
export type ReportSource = (typeof REPORT_SOURCES)[number];

/** Scalar DateTimeISO arrives as an ISO-8601 string. */
export type DateTimeISO = string;

export interface Unit {
  __typename?: 'Unit';
  id: string;
  code: string;
  name: string;
  kind: UnitKind;
}

export interface User {
  __typename?: 'User';
  id: string;
  username: string;
  displayName: string;
  role: Role;
  unit: Unit;
}

/** The reporter or claimer as shown in lists: just enough to name them. */
export type UserSummary = Pick<User, '__typename' | 'id' | 'displayName'>;
