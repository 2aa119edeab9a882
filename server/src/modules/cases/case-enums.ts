import { registerEnumType } from 'type-graphql';

export enum CaseStatus {
  RECEIVED = 'RECEIVED',
  SCREENING = 'SCREENING',
  AWAITING_APPROVAL = 'AWAITING_APPROVAL',
  WARNING_QUEUED = 'WARNING_QUEUED',
  WARNING_POSTED = 'WARNING_POSTED',
  WARNING_FAILED = 'WARNING_FAILED',
  REPORTED = 'REPORTED',
  CLOSED = 'CLOSED',
}
registerEnumType(CaseStatus, { name: 'CaseStatus' });

/** DESIGN §2: the six categories of qualifying posts. */
export enum Category {
  C1_SEX_OR_MEETING = 'C1_SEX_OR_MEETING',
  C2_LODGING = 'C2_LODGING',
  C3_HARMFUL_WORK = 'C3_HARMFUL_WORK',
  C4_CSAM_TRADE = 'C4_CSAM_TRADE',
  C5_CSAM_PRODUCTION = 'C5_CSAM_PRODUCTION',
  C6_OTHER_SEXUALISATION = 'C6_OTHER_SEXUALISATION',
}
registerEnumType(Category, { name: 'Category' });

/** Who the reply speaks to: a child poster gets an alert (注意喚起), an adult targeting a child a warning (警告). */
export enum Audience {
  CHILD = 'CHILD',
  ADULT = 'ADULT',
}
registerEnumType(Audience, { name: 'Audience' });

export enum ReportSource {
  OFFICER = 'OFFICER',
  VOLUNTEER = 'VOLUNTEER',
}
registerEnumType(ReportSource, { name: 'ReportSource' });

/** DESIGN §2 criterion 2: KUMAMOTO and UNKNOWN qualify; OTHER_PREFECTURE does not. */
export enum Region {
  KUMAMOTO = 'KUMAMOTO',
  UNKNOWN = 'UNKNOWN',
  OTHER_PREFECTURE = 'OTHER_PREFECTURE',
}
registerEnumType(Region, { name: 'Region' });

/** DESIGN §2 criterion 3: the poster, or the person addressed, is believed to be a child. */
export enum ChildIndication {
  POSTER_IS_CHILD = 'POSTER_IS_CHILD',
  TARGET_IS_CHILD = 'TARGET_IS_CHILD',
  NONE = 'NONE',
}
registerEnumType(ChildIndication, { name: 'ChildIndication' });

/** Where the child indication was seen: the post's content, the author's profile, or both. */
export enum IndicationSource {
  CONTENT = 'CONTENT',
  PROFILE = 'PROFILE',
  BOTH = 'BOTH',
}
registerEnumType(IndicationSource, { name: 'IndicationSource' });

export enum NotApplicableReason {
  OUT_OF_REGION = 'OUT_OF_REGION',
  NO_CHILD_INDICATION = 'NO_CHILD_INDICATION',
  NO_CATEGORY = 'NO_CATEGORY',
  POST_DELETED = 'POST_DELETED',
  OTHER = 'OTHER',
}
registerEnumType(NotApplicableReason, { name: 'NotApplicableReason' });

/** How the reply reaches X: the worker through the API, or an officer in charge by hand (DESIGN §3). */
export enum ReplyChannel {
  API = 'API',
  MANUAL = 'MANUAL',
}
registerEnumType(ReplyChannel, { name: 'ReplyChannel' });

/** Why a case closed. */
export enum CloseReason {
  NOT_APPLICABLE = 'NOT_APPLICABLE',
  DECLINED = 'DECLINED',
  FAILED_REPLY_CLOSED = 'FAILED_REPLY_CLOSED',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
}
registerEnumType(CloseReason, { name: 'CloseReason' });
