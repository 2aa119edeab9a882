import { IsOptional, IsString, MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Connection } from '../../core/graphql/pagination';
import { Role } from './role';
import { User } from './user.entity';

// Lengths here only bound the request; the services check each field with a message that says what to fix.

@InputType()
export class CreateUserInput {
  @Field(() => String, { description: 'Lower-case a–z, 0–9, ".", "_", "-"; 3 to 40 characters.' })
  @IsString()
  @MaxLength(200)
  username: string;

  @Field(() => String)
  @IsString()
  @MaxLength(1000)
  displayName: string;

  @Field(() => Role, { description: 'OFFICER_IN_CHARGE and CHIEF only in the division unit.' })
  role: Role;

  @Field(() => ID)
  @IsString()
  unitId: string;

  @Field(() => String, { nullable: true, description: 'Work e-mail for escalation alerts (optional).' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  email?: string | null;

  @Field(() => String, { description: 'At least 12 characters. Give it to the user in person.' })
  @IsString()
  @MaxLength(4096)
  initialPassword: string;
}

@InputType({ description: 'Only the fields given change.' })
export class UpdateUserInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  displayName?: string | null;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  role?: Role | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  unitId?: string | null;

  @Field(() => String, { nullable: true, description: 'Work e-mail for escalation alerts; an empty string removes it.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  email?: string | null;
}

@InputType()
export class UserFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  unitId?: string | null;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  role?: Role | null;

  @Field(() => Boolean, { nullable: true, description: 'Omit for active and deactivated users alike.' })
  @IsOptional()
  active?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'True: only accounts locked after failed logins; false: only unlocked ones.' })
  @IsOptional()
  locked?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Part of the username or display name.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string | null;
}

@ObjectType({ description: 'Users ordered by display name, then id.' })
export class UserConnection extends Connection(User, 'UserConnection') {}

/** One of the caller's own live sessions. `id` is a random public id, never the token or its hash. */
@ObjectType('UserSession')
export class UserSession {
  @Field(() => ID)
  id: string;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  lastSeenAt: Date;

  @Field(() => String, { nullable: true })
  ip: string | null;

  @Field(() => Boolean, { description: 'True for the session this request came from.' })
  current: boolean;
}
