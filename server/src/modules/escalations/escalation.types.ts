import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../core/graphql/pagination';
import {
  DeletionOutcome,
  DeletionReason,
  DisclosureAnswer,
  EscalationEventType,
  EscalationKind,
  EscalationStatus,
  EscalationUrgency,
  IncidentReportMethod,
  IncidentReportRecipient,
} from './escalation-enums';
import { Escalation } from './escalation.entity';

export const EscalationConnection = Connection(Escalation, 'EscalationConnection');

@ObjectType({ description: 'A step of the procedure as copied into this escalation; done when ticked.' })
export class EscalationStepView {
  @Field(() => Int)
  position: number;

  @Field(() => String)
  labelJa: string;

  @Field(() => String)
  labelEn: string;

  @Field(() => Date, { nullable: true })
  doneAt: Date | null;

  /** Resolved to a User by EscalationStepViewResolver. */
  doneById: string | null;
}

@ObjectType({ description: 'One entry of the timeline: who did what, when.' })
export class EscalationEventView {
  @Field(() => ID)
  id: string;

  @Field(() => EscalationEventType)
  type: EscalationEventType;

  @Field(() => Date)
  at: Date;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => String, { description: 'Details as JSON text (e.g. {"position":3} or {"from":"OPEN","to":"IN_PROGRESS"}).' })
  data: string;

  actorId: string | null;
}

@ObjectType({ description: 'The emergency disclosure request: what X needs, and what was sent and answered.' })
export class EmergencyDisclosureDetails {
  @Field(() => String, { nullable: true })
  accountUrl: string | null;

  @Field(() => [String])
  postUrls: string[];

  @Field(() => String, { nullable: true, description: 'Who is in danger.' })
  personAtRisk: string | null;

  @Field(() => String, { nullable: true, description: 'The danger: what is about to happen, and why it is believed imminent.' })
  danger: string | null;

  @Field(() => String, { nullable: true, description: 'What information is asked for (e.g. e-mail address, phone number, IP logs).' })
  informationNeeded: string | null;

  @Field(() => String, { nullable: true, description: 'Why that information is needed to prevent the danger.' })
  reason: string | null;

  @Field(() => String, { nullable: true, description: 'How X reaches the requesting officer (phone, e-mail).' })
  contact: string | null;

  @Field(() => Date, { nullable: true })
  sentAt: Date | null;

  @Field(() => DisclosureAnswer, { nullable: true })
  answer: DisclosureAnswer | null;

  @Field(() => String, { nullable: true })
  answerText: string | null;

  @Field(() => Date, { nullable: true })
  answeredAt: Date | null;
}

@ObjectType({ description: "A request to X to remove a post, and what the re-checks found." })
export class DeletionRequestDetails {
  @Field(() => DeletionReason)
  reason: DeletionReason;

  @Field(() => Date, { nullable: true, description: 'When the request went to X; null until it is recorded as sent.' })
  requestedAt: Date | null;

  @Field(() => Date, { nullable: true })
  lastCheckedAt: Date | null;

  @Field(() => Int)
  checkCount: number;

  @Field(() => Date, { nullable: true, description: 'The first re-check that found the post gone.' })
  removedAt: Date | null;

  @Field(() => DeletionOutcome, { nullable: true })
  removalOutcome: DeletionOutcome | null;

  @Field(() => Float, { nullable: true, description: 'Hours from the request to the observed removal.' })
  hoursToRemoval: number | null;

  @Field(() => Date, { nullable: true, description: 'When the one "still up" reminder alert was raised.' })
  reminderAlertedAt: Date | null;
}

@ObjectType({ description: 'One step of the reporting path of a security incident.' })
export class IncidentReportView {
  @Field(() => IncidentReportRecipient)
  recipient: IncidentReportRecipient;

  @Field(() => String, { nullable: true })
  recipientName: string | null;

  @Field(() => IncidentReportMethod)
  method: IncidentReportMethod;

  @Field(() => Date)
  reportedAt: Date;

  @Field(() => String, { nullable: true })
  note: string | null;

  reportedById: string;
}

@ObjectType({ description: 'A security incident under the information-security standards (case-less).' })
export class SecurityIncidentDetails {
  @Field(() => Date, { nullable: true })
  detectedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'What is affected, e.g. the official X account.' })
  affectedAsset: string | null;

  @Field(() => [IncidentReportView], { description: 'The reports made so far, head of the information management division first.' })
  reports: IncidentReportView[];

  @Field(() => [IncidentReportRecipient], { description: 'Whom the incident still has to be reported to, in order.' })
  pendingRecipients: IncidentReportRecipient[];
}

@ObjectType({ description: "What an officer sees of an escalation they raised: its status, not the division's work." })
export class RaisedEscalation {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  number: number;

  @Field(() => EscalationKind)
  kind: EscalationKind;

  @Field(() => EscalationUrgency)
  urgency: EscalationUrgency;

  @Field(() => EscalationStatus)
  status: EscalationStatus;

  @Field(() => String, { nullable: true })
  postUrl: string | null;

  @Field(() => String, { nullable: true, description: 'Null once erased by the retention purge.' })
  summary: string | null;

  @Field(() => Date)
  raisedAt: Date;

  @Field(() => Date, { nullable: true })
  completedAt: Date | null;
}

export const RaisedEscalationConnection = Connection(RaisedEscalation, 'RaisedEscalationConnection');

@ObjectType()
export class ChecklistTemplateStepView {
  @Field(() => Int)
  position: number;

  @Field(() => String)
  labelJa: string;

  @Field(() => String)
  labelEn: string;
}

@ObjectType({ description: "A version of a kind's procedure. New escalations copy the newest version's steps." })
export class EscalationChecklistTemplate {
  @Field(() => ID)
  id: string;

  @Field(() => EscalationKind)
  kind: EscalationKind;

  @Field(() => Int)
  version: number;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => [ChecklistTemplateStepView])
  steps: ChecklistTemplateStepView[];

  createdById: string | null;
}

@ObjectType({ description: "An emergency disclosure request ready for X's legal-request form." })
export class EmergencyDisclosureRequestDocument {
  @Field(() => ID)
  escalationId: string;

  @Field(() => EmergencyDisclosureDetails)
  details: EmergencyDisclosureDetails;

  @Field(() => String)
  requestingOfficer: string;

  @Field(() => String)
  requestingUnit: string;

  @Field(() => [String], { description: 'Fields still missing before the request can be sent (empty when complete).' })
  missingFields: string[];

  @Field(() => String, { description: 'The request as Japanese text (print or copy).' })
  textJa: string;

  @Field(() => String, { description: "The request as English text, for X's legal-request site." })
  textEn: string;
}

@ObjectType()
export class EscalationCountRow {
  @Field(() => String, { description: 'Japan-time month YYYY-MM in which the escalation was raised.' })
  month: string;

  @Field(() => EscalationKind)
  kind: EscalationKind;

  @Field(() => EscalationStatus)
  status: EscalationStatus;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class DeletionFigures {
  @Field(() => Int, { description: 'Deletion requests sent to X in the period.' })
  requested: number;

  @Field(() => Int, { description: 'Of those, removed (the post is gone or no longer visible).' })
  removed: number;

  @Field(() => Int, { description: 'Of those, still up at the last re-check.' })
  stillUp: number;

  @Field(() => Float, { nullable: true, description: 'Median hours from request to observed removal.' })
  hoursToRemovalP50: number | null;

  @Field(() => Float, { nullable: true, description: '90th percentile of hours from request to observed removal.' })
  hoursToRemovalP90: number | null;
}

@ObjectType()
export class EscalationStatistics {
  @Field(() => Date)
  from: Date;

  @Field(() => Date)
  to: Date;

  @Field(() => [EscalationCountRow], { description: 'Escalations raised in the period, by month × kind × current status.' })
  counts: EscalationCountRow[];

  @Field(() => DeletionFigures)
  deletion: DeletionFigures;
}
