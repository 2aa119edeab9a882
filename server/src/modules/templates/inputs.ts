import { ArrayMaxSize, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, Int, ObjectType } from 'type-graphql';
import { Audience, Category } from '../cases/case-enums';

/** Generous: the lint gives the precise length verdict; this only stops absurd payloads early. */
const BODY_MAX = 2000;
const NOTE_MAX = 500;

@ArgsType()
export class CreateReplyTemplateArgs {
  @Field(() => Audience)
  audience: Audience;

  @Field(() => Category, { nullable: true, description: 'Leave empty for the audience default.' })
  @IsOptional()
  category?: Category | null;

  @Field(() => String, { description: 'The text; must contain {caseNumber}.' })
  @IsString()
  @MaxLength(BODY_MAX)
  body: string;

  @Field(() => String, { nullable: true, description: 'Why this text is added.' })
  @IsOptional()
  @IsString()
  @MaxLength(NOTE_MAX)
  note?: string | null;
}

@ArgsType()
export class UpdateReplyTemplateArgs {
  @Field(() => ID, { description: 'The active version being edited.' })
  id: string;

  @Field(() => String)
  @IsString()
  @MaxLength(BODY_MAX)
  body: string;

  @Field(() => String, { nullable: true, description: 'Why the text changed.' })
  @IsOptional()
  @IsString()
  @MaxLength(NOTE_MAX)
  note?: string | null;

  @Field(() => Int, { description: 'The version being edited; a different current version is a CONFLICT.' })
  @IsInt()
  @Min(1)
  expectedVersion: number;
}

@ArgsType()
export class ReplyTemplateHistoryArgs {
  @Field(() => Audience)
  audience: Audience;

  @Field(() => Category, { nullable: true, description: 'Leave empty for the audience default.' })
  @IsOptional()
  category?: Category | null;
}

@ArgsType()
export class PreviewReplyArgs {
  @Field(() => Audience)
  audience: Audience;

  @Field(() => [Category])
  @ArrayMaxSize(6)
  categories: Category[];

  @Field(() => Int, { nullable: true, description: 'Defaults to the longest case number the templates are checked with.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  caseNumber?: number | null;
}

@ObjectType({ description: 'A reply as it would be posted, measured with twitter-text.' })
export class ReplyPreview {
  @Field(() => String)
  text: string;

  @Field(() => Int, { description: "X's weighted length (CJK characters count 2); the limit is 280." })
  weightedLength: number;

  @Field(() => Boolean, { description: 'Whether X would accept the text.' })
  valid: boolean;

  @Field(() => ID)
  templateId: string;

  @Field(() => String)
  templateKey: string;

  @Field(() => Int)
  templateVersion: number;

  @Field(() => Int)
  caseNumber: number;
}
