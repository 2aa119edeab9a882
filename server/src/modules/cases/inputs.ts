import { ArrayMaxSize, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Audience, Category } from './case-enums';
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
export class WarnCaseInput {
  @Field(() => ID)
  @IsUUID()
  caseId: string;

  @Field(() => [Category])
  @ArrayMaxSize(6)
  categories: Category[];

  @Field(() => Audience)
  audience: Audience;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;
}
