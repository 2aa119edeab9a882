import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { NotificationKind } from './notification-kind';

/** An in-app notice to one user about one case. Written in the transaction of the change it reports. */
@ObjectType()
@Entity({ name: 'notifications' })
export class Notification {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'recipient_id', type: 'uuid' })
  recipientId: string;

  @Field(() => NotificationKind)
  @Column({ type: 'text' })
  kind: NotificationKind;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId: string | null;

  /** The user the notice is about (account events); exposed as `subjectUser`. */
  @Column({ name: 'subject_user_id', type: 'uuid', nullable: true })
  subjectUserId: string | null;

  /** The escalation an alert notice is about (alert kinds). */
  @Field(() => ID, { nullable: true })
  @Column({ name: 'escalation_id', type: 'uuid', nullable: true })
  escalationId: string | null;

  /** The alert this notice delivers (acknowledge it with acknowledgeAlert). */
  @Field(() => ID, { nullable: true })
  @Column({ name: 'alert_id', type: 'uuid', nullable: true })
  alertId: string | null;

  @Field(() => Date)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
