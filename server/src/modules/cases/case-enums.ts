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
