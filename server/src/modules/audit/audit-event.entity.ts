import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Append-only: the database refuses UPDATE, DELETE and TRUNCATE on this table (see the initial
 * migration's triggers). Read through the chief's audit log viewer, and every read is itself audited.
 */
@ObjectType({ description: 'One entry of the audit log: who did what to which object, with before/after.' })
@Entity({ name: 'audit_events' })
export class AuditEvent {
  /** bigint identity: a string in JavaScript. Also the order of the log (newest = highest). */
  @Field(() => ID)
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Field(() => Date)
  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  /** Null for actions of the system itself (the worker). The GraphQL field `actor` resolves it. */
  @Field(() => ID, { nullable: true })
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  /** The actor's role when they acted (roles change; the log keeps what it was), or SYSTEM. */
  @Field(() => String, { nullable: true })
  @Column({ name: 'actor_role', type: 'text', nullable: true })
  actorRole: string | null;

  /** `<object>.<ACTION>`, e.g. case.WARN, user.DEACTIVATE, audit.READ. */
  @Field(() => String)
  @Column({ type: 'text' })
  action: string;

  @Field(() => String)
  @Column({ name: 'object_type', type: 'text' })
  objectType: string;

  @Field(() => String)
  @Column({ name: 'object_id', type: 'text' })
  objectId: string;

  @Field(() => GraphQLJSONObject, { nullable: true })
  @Column({ type: 'jsonb', nullable: true })
  before: object | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  @Column({ type: 'jsonb', nullable: true })
  after: object | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  ip: string | null;
}
