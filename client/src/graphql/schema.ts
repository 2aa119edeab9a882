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
  /** Optimistic lock for renaming (updateUnit expectedVersion). */
  version: number;
}

/** A unit as shown next to a user: no version needed. */
export type UnitSummary = Pick<Unit, '__typename' | 'id' | 'code' | 'name' | 'kind'>;

export const DEACTIVATION_KINDS = ['CHIEF', 'INACTIVITY'] as const;
export type DeactivationKind = (typeof DEACTIVATION_KINDS)[number];

export interface User {
  __typename?: 'User';
  id: string;
  username: string;
  displayName: string;
  role: Role;
  unit: UnitSummary;
  active: boolean;
  deactivatedAt: DateTimeISO | null;
  deactivationReason: string | null;
  deactivationKind: DeactivationKind | null;
  lastLoginAt: DateTimeISO | null;
  lockedAt: DateTimeISO | null;
  createdAt: DateTimeISO;
  /** Self and the chief only; null for others. */
  mustChangePassword: boolean | null;
}

/** The reporter or claimer as shown in lists: just enough to name them. */
export type UserSummary = Pick<User, '__typename' | 'id' | 'displayName'>;

/** DESIGN §2 criterion 2: Kumamoto or unknown qualifies; another prefecture does not. */
export const REGIONS = ['KUMAMOTO', 'UNKNOWN', 'OTHER_PREFECTURE'] as const;
export type Region = (typeof REGIONS)[number];

/** DESIGN §2 criterion 3: who is believed to be a child. */
export const CHILD_INDICATIONS = ['POSTER_IS_CHILD', 'TARGET_IS_CHILD', 'NONE'] as const;
export type ChildIndication = (typeof CHILD_INDICATIONS)[number];

/** Where the child indication came from: the post, the author's profile, or both. */
export const INDICATION_SOURCES = ['CONTENT', 'PROFILE', 'BOTH'] as const;
export type IndicationSource = (typeof INDICATION_SOURCES)[number];

export const NOT_APPLICABLE_REASONS = ['OUT_OF_REGION', 'NO_CHILD_INDICATION', 'NO_CATEGORY', 'POST_DELETED', 'OTHER'] as const;
export type NotApplicableReason = (typeof NOT_APPLICABLE_REASONS)[number];

export const REPLY_CHANNELS = ['API', 'MANUAL'] as const;
export type ReplyChannel = (typeof REPLY_CHANNELS)[number];

/** Why a case closed (Case.closeReason is a String in the schema; these are the values it takes). */
export const CLOSE_REASONS = ['NOT_APPLICABLE', 'DECLINED', 'FAILED_REPLY_CLOSED', 'ACKNOWLEDGED'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

/** All a volunteer learns about a tip. */
export const TIP_STATUSES = ['RECEIVED', 'HANDLED'] as const;
export type TipStatus = (typeof TIP_STATUSES)[number];

export type TimelineEntryKind = 'REPORT' | 'ACTION';

export interface PageInfo {
  __typename?: 'PageInfo';
  hasNextPage: boolean;
  endCursor: string | null;
}

/** `XxxConnection { nodes, pageInfo }` of the cursor-paginated lists. */
export interface Connection<T> {
  nodes: T[];
  pageInfo: PageInfo;
}

/** Variables of every paginated list. */
export interface PageVariables {
  first?: number;
  after?: string | null;
}

/** What the client shows next during a login (SignInResult.step). */
export const LOGIN_STEPS = ['DONE', 'MFA_CODE_REQUIRED', 'PASSWORD_CHANGE_REQUIRED', 'MFA_ENROLMENT_REQUIRED'] as const;
export type LoginStep = (typeof LOGIN_STEPS)[number];

/** One version of a reply text for an audience, optionally for one category (null: the audience default). */
export interface ReplyTemplate {
  __typename?: 'ReplyTemplate';
  id: string;
  /** AUDIENCE:CATEGORY, or AUDIENCE:DEFAULT. */
  key: string;
  audience: Audience;
  category: Category | null;
  version: number;
  /** The text with the placeholder {caseNumber}. */
  body: string;
  active: boolean;
  note: string | null;
  createdAt: DateTimeISO;
  createdBy: UserSummary | null;
}

/** A reply as it would be posted, measured by the server with twitter-text. */
export interface ReplyPreview {
  __typename?: 'ReplyPreview';
  text: string;
  /** X's weighted length (CJK characters count 2). */
  weightedLength: number;
  valid: boolean;
  templateId: string;
  templateKey: string;
  templateVersion: number;
  caseNumber: number;
}

/** X's limit for one post, in weighted characters (the server measures; the client only shows n/280). */
export const MAX_WEIGHTED_LENGTH = 280;

/** The codes of the template lint's problems (INVALID_INPUT extensions.problems[].code). */
export const TEMPLATE_PROBLEM_CODES = [
  'EMPTY',
  'TOO_LONG',
  'INVALID_CHARACTERS',
  'MISSING_CASE_NUMBER',
  'UNKNOWN_PLACEHOLDER',
  'STRAY_BRACE',
  'HASHTAG',
  'SOLICITATION_TERM',
  'URL_NOT_ALLOWED',
  'MENTION',
] as const;
export type TemplateProblemCode = (typeof TEMPLATE_PROBLEM_CODES)[number];

/** JSONObject scalar. */
export type JSONObject = Record<string, unknown>;

/** One entry of the audit log. */
export interface AuditEvent {
  __typename?: 'AuditEvent';
  id: string;
  at: DateTimeISO;
  action: string;
  objectType: string;
  objectId: string;
  actorRole: string | null;
  actor: UserSummary | null;
  before: JSONObject | null;
  after: JSONObject | null;
  requestId: string | null;
  ip: string | null;
}

/** AuditEventFilter: every given field must match. */
export interface AuditEventFilter {
  actorId?: string | null;
  /** Prefix: "user." finds user.CREATE, user.DEACTIVATE, … */
  action?: string | null;
  objectType?: string | null;
  objectId?: string | null;
  from?: DateTimeISO | null;
  /** Exclusive. */
  to?: DateTimeISO | null;
}

/** One of the caller's own live sessions. */
export interface UserSession {
  __typename?: 'UserSession';
  id: string;
  createdAt: DateTimeISO;
  lastSeenAt: DateTimeISO;
  ip: string | null;
  current: boolean;
}
