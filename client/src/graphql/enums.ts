/**
 * The values of the schema's enums in display order, for pickers and lists. The types come from
 * the generated code; `allOf` fails to compile if the schema gains a value a list is missing.
 */
import type {
  Audience,
  Category,
  ChildIndication,
  CloseReason,
  IndicationSource,
  NotApplicableReason,
  Region,
  Role,
  UnitKind,
} from './generated/graphql';

export type {
  Audience,
  AuditEventFilter,
  CaseStatus,
  Category,
  ChildIndication,
  CloseReason,
  IndicationSource,
  LoginStep,
  NotApplicableReason,
  Region,
  Role,
  UnitKind,
} from './generated/graphql';

function allOf<T extends string>() {
  return <const L extends readonly T[]>(list: L & ([T] extends [L[number]] ? unknown : { missing: Exclude<T, L[number]> })): L => list;
}

export const ROLES = allOf<Role>()(['OFFICER', 'VOLUNTEER', 'OFFICER_IN_CHARGE', 'CHIEF']);

export const UNIT_KINDS = allOf<UnitKind>()(['DIVISION', 'STATION']);

/** DESIGN §2: the six categories of qualifying posts, in display order. */
export const CATEGORIES = allOf<Category>()([
  'C1_SEX_OR_MEETING',
  'C2_LODGING',
  'C3_HARMFUL_WORK',
  'C4_CSAM_TRADE',
  'C5_CSAM_PRODUCTION',
  'C6_OTHER_SEXUALISATION',
]);

/** CHILD: alert (注意喚起) to a child poster; ADULT: warning (警告) to an adult targeting a child. */
export const AUDIENCES = allOf<Audience>()(['CHILD', 'ADULT']);

/** DESIGN §2 criterion 2: Kumamoto or unknown qualifies; another prefecture does not. */
export const REGIONS = allOf<Region>()(['KUMAMOTO', 'UNKNOWN', 'OTHER_PREFECTURE']);

/** DESIGN §2 criterion 3: who is believed to be a child. */
export const CHILD_INDICATIONS = allOf<ChildIndication>()(['POSTER_IS_CHILD', 'TARGET_IS_CHILD', 'NONE']);

/** Where the child indication came from: the post, the author's profile, or both. */
export const INDICATION_SOURCES = allOf<IndicationSource>()(['CONTENT', 'PROFILE', 'BOTH']);

export const NOT_APPLICABLE_REASONS = allOf<NotApplicableReason>()(['OUT_OF_REGION', 'NO_CHILD_INDICATION', 'NO_CATEGORY', 'POST_DELETED', 'OTHER']);

/** Why a case closed. */
export const CLOSE_REASONS = allOf<CloseReason>()(['NOT_APPLICABLE', 'DECLINED', 'FAILED_REPLY_CLOSED', 'ACKNOWLEDGED']);

/** X's limit for one post, in weighted characters (the server measures; the client only shows n/280). */
export const MAX_WEIGHTED_LENGTH = 280;

/** The codes of the template lint's problems (INVALID_INPUT extensions.problems[].code; not a schema enum). */
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

/** JSONObject scalar (mapped in codegen.ts). */
export type JSONObject = Record<string, unknown>;

/** `XxxConnection { nodes, pageInfo }` of the cursor-paginated lists (any generated list query fits). */
export interface Connection<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Variables of every paginated list. */
export interface PageVariables {
  first?: number | null;
  after?: string | null;
}
