import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsInt, IsOptional, IsString, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { PageArgs } from '../../core/graphql/pagination';
import {
  DeletionReason,
  DisclosureAnswer,
  EscalationKind,
  EscalationStatus,
  EscalationUrgency,
  IncidentReportMethod,
  IncidentReportRecipient,
} from './escalation-enums';

@InputType({ description: 'What X needs to evaluate an emergency disclosure request; any field may be filled in later.' })
export class EmergencyDisclosureInput {
  @Field(() => String, { nullable: true, description: 'The account URL (https://x.com/<handle>); taken from the case when omitted.' })
  @IsOptional()
  @IsString()
  @MaxLength(2048)
  accountUrl?: string | null;

  @Field(() => [String], { nullable: true, description: 'Post URLs besides the case\'s own.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(2048, { each: true })
  postUrls?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  personAtRisk?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  danger?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  informationNeeded?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  reason?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  contact?: string | null;
}

@InputType()
export class RaiseEscalationInput {
  @Field(() => EscalationKind)
  kind: EscalationKind;

  @Field(() => ID, { nullable: true, description: 'The case it arose from (not for SECURITY_INCIDENT).' })
  @IsOptional()
  @IsString()
  caseId?: string | null;

  @Field(() => String, { nullable: true, description: 'The post on X (any URL form); the case\'s post when omitted.' })
  @IsOptional()
  @IsString()
  @MaxLength(4096)
  postUrl?: string | null;

  @Field(() => String, { description: 'A short note: what was found.' })
  @IsString()
  @MaxLength(2000)
  summary: string;

  @Field(() => EscalationUrgency, { nullable: true, description: 'Default per kind; SUICIDE_NOTICE and CHILD_SAFETY_URGENT are always URGENT.' })
  @IsOptional()
  urgency?: EscalationUrgency | null;

  @Field(() => Date, { nullable: true, description: 'Default per urgency and kind (urgent: 1 hour).' })
  @IsOptional()
  dueAt?: Date | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  externalReference?: string | null;

  @Field(() => DeletionReason, { nullable: true, description: 'DELETION_REQUEST: required.' })
  @IsOptional()
  deletionReason?: DeletionReason | null;

  @Field(() => Date, { nullable: true, description: 'DELETION_REQUEST: when the request went to X, if already sent (starts the re-checks).' })
  @IsOptional()
  deletionRequestedAt?: Date | null;

  @Field(() => EmergencyDisclosureInput, { nullable: true, description: 'EMERGENCY_DISCLOSURE: the request details known so far.' })
  @IsOptional()
  @ValidateNested()
  disclosure?: EmergencyDisclosureInput | null;

  @Field(() => Date, { nullable: true, description: 'SECURITY_INCIDENT: when it was detected (default now).' })
  @IsOptional()
  incidentDetectedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'SECURITY_INCIDENT: required, e.g. the official X account.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  incidentAffectedAsset?: string | null;
}

@InputType()
export class EscalationFilter {
  @Field(() => [EscalationStatus], { nullable: true, description: 'Default: OPEN and IN_PROGRESS.' })
  @IsOptional()
  @ArrayMaxSize(4)
  status?: EscalationStatus[] | null;

  @Field(() => [EscalationKind], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(5)
  kind?: EscalationKind[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only those I own.' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean | null;
}

@ArgsType()
export class EscalationsArgs extends PageArgs {
  @Field(() => EscalationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: EscalationFilter | null;
}

@InputType()
export class UpdateEscalationInput {
  @Field(() => ID)
  @IsString()
  escalationId: string;

  @Field(() => Int)
  @IsInt()
  expectedVersion: number;

  @Field(() => String, { nullable: true, description: "X's request or ticket number." })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  externalReference?: string | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  dueAt?: Date | null;

  @Field(() => EscalationUrgency, { nullable: true })
  @IsOptional()
  urgency?: EscalationUrgency | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  summary?: string | null;

  @Field(() => String, { nullable: true, description: 'SECURITY_INCIDENT only.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  incidentAffectedAsset?: string | null;

  @Field(() => Date, { nullable: true, description: 'SECURITY_INCIDENT only.' })
  @IsOptional()
  incidentDetectedAt?: Date | null;
}

@InputType()
export class RecordIncidentReportInput {
  @Field(() => ID)
  @IsString()
  escalationId: string;

  @Field(() => IncidentReportRecipient)
  recipient: IncidentReportRecipient;

  @Field(() => String, { nullable: true, description: 'The name of the person reported to.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  recipientName?: string | null;

  @Field(() => IncidentReportMethod)
  method: IncidentReportMethod;

  @Field(() => Date, { nullable: true, description: 'Default now.' })
  @IsOptional()
  reportedAt?: Date | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

@InputType()
export class ChecklistStepInput {
  @Field(() => String)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  labelJa: string;

  @Field(() => String)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  labelEn: string;
}

@InputType()
export class UpdateChecklistInput {
  @Field(() => EscalationKind)
  kind: EscalationKind;

  @Field(() => Int, { description: 'The version being edited; a newer one means someone else changed it (CONFLICT).' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => [ChecklistStepInput], { description: 'The whole procedure, in order.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  steps: ChecklistStepInput[];

  @Field(() => String, { nullable: true, description: 'Why it changed.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}

@InputType()
export class RecordDisclosureAnswerInput {
  @Field(() => ID)
  @IsString()
  escalationId: string;

  @Field(() => DisclosureAnswer)
  answer: DisclosureAnswer;

  @Field(() => String, { nullable: true, description: 'What X answered (disclosed data summary, or the reason given).' })
  @IsOptional()
  @IsString()
  @MaxLength(8000)
  answerText?: string | null;

  @Field(() => Date, { nullable: true, description: 'Default now.' })
  @IsOptional()
  answeredAt?: Date | null;
}
