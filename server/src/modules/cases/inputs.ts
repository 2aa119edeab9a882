import { ArrayMaxSize, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../core/graphql/pagination';
import { Audience, Category, ChildIndication, IndicationSource, NotApplicableReason, Region, ReplyChannel } from './case-enums';
import { Case } from './case.entity';
import { Report } from './report.entity';

@InputType()
export class SubmitReportInput {
  @Field(() => String, { description: 'The URL of the post on X, in any form (x.com, twitter.com, mobile…).' })
  @IsString()
  @MaxLength(4096)
  url: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  note?: string | null;

  @Field(() => String, { nullable: true, description: "The post's text as seen (optional)." })
  @IsOptional()
  @IsString()
  postText?: string | null;

  @Field(() => String, { nullable: true, description: "The author's profile text as seen (optional)." })
  @IsOptional()
  @IsString()
  profileText?: string | null;
}

@ObjectType()
export class SubmitReportResult {
  @Field(() => Report)
  report: Report;

  @Field(() => Case)
  case: Case;

  @Field(() => Boolean, { description: 'True when the post was already known; the report is kept on the existing case.' })
  duplicate: boolean;
}

@InputType()
export class SubmitTipInput {
  @Field(() => String)
  @IsString()
  @MaxLength(4096)
  url: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  note?: string | null;
}

/** What a volunteer may know of their tip: received, or handled. Never reasons or who handled it. */
export enum TipStatus {
  RECEIVED = 'RECEIVED',
  HANDLED = 'HANDLED',
}
registerEnumType(TipStatus, { name: 'TipStatus' });

@ObjectType()
export class Tip {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  url: string;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => Date)
  submittedAt: Date;

  @Field(() => TipStatus)
  status: TipStatus;
}

@InputType({ description: 'The screening record of DESIGN §2, as the officer in charge judged the post.' })
export class ScreeningInput {
  @Field(() => ID)
  @IsUUID()
  caseId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => Region)
  region: Region;

  @Field(() => ChildIndication)
  childIndication: ChildIndication;

  @Field(() => IndicationSource)
  indicationSource: IndicationSource;

  @Field(() => [Category])
  @ArrayMaxSize(6)
  categories: Category[];

  @Field(() => Audience, { nullable: true, description: 'Optional: follows from childIndication; when given it must agree.' })
  @IsOptional()
  audience?: Audience | null;
}

@InputType()
export class RequestApprovalInput extends ScreeningInput {
  @Field(() => String, { description: 'Why the officer in charge is in doubt (e.g. a dispute may follow).' })
  @IsString()
  reason: string;
}

@InputType()
export class MarkNotApplicableInput {
  @Field(() => ID)
  @IsUUID()
  caseId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => NotApplicableReason)
  reason: NotApplicableReason;

  @Field(() => String, { nullable: true, description: 'Required when the reason is OTHER.' })
  @IsOptional()
  @IsString()
  note?: string | null;
}

@InputType()
export class RetryReplyInput {
  @Field(() => ID)
  @IsUUID()
  caseId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => ReplyChannel, { defaultValue: ReplyChannel.API })
  channel: ReplyChannel;
}

@ObjectType()
export class CaseConnection extends Connection(Case, 'CaseConnection') {}

@ObjectType()
export class ReportConnection extends Connection(Report, 'ReportConnection') {}

@ObjectType()
export class TipConnection extends Connection(Tip, 'TipConnection') {}

export enum TimelineEntryKind {
  REPORT = 'REPORT',
  ACTION = 'ACTION',
}
registerEnumType(TimelineEntryKind, { name: 'TimelineEntryKind' });

@ObjectType({ description: "One line of a case's history: a report or an action from the audit log.", simpleResolvers: true })
export class TimelineEntry {
  @Field(() => Date)
  at: Date;

  @Field(() => TimelineEntryKind)
  kind: TimelineEntryKind;

  @Field(() => String, { description: 'For ACTION: e.g. case.TAKE, case.WARN. For REPORT: report.SUBMIT.' })
  action: string;

  @Field(() => ID, { nullable: true, description: 'Null for the system (the worker).' })
  actorId: string | null;

  @Field(() => String, { nullable: true })
  actorRole: string | null;

  @Field(() => String, { nullable: true, description: 'The status the case moved to, for actions.' })
  toStatus: string | null;

  @Field(() => String, { nullable: true, description: 'A reason, comment or note given with the action.' })
  note: string | null;
}
