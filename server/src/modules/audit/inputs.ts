import { IsOptional, IsString, MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Connection } from '../../core/graphql/pagination';
import { AuditEvent } from './audit-event.entity';

@InputType({ description: 'Every given field must match (AND).' })
export class AuditEventFilter {
  @Field(() => ID, { nullable: true, description: 'The user who acted.' })
  @IsOptional()
  @IsString()
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: 'Prefix of the action: "user." finds user.CREATE, user.DEACTIVATE, …' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  action?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. Case, User, Unit, Session, AuditLog.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  objectType?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  objectId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Events at or after this instant.' })
  @IsOptional()
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Events before this instant (exclusive).' })
  @IsOptional()
  to?: Date | null;
}

@ObjectType({ description: 'Audit events, newest first.' })
export class AuditEventConnection extends Connection(AuditEvent, 'AuditEventConnection') {}
