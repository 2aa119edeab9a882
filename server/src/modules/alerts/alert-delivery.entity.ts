import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { AlertChannel, AlertDeliveryStatus } from './alert-enums';

/**
 * One message of one ladder step on one channel to one recipient. UNIQUE(alert, step, channel,
 * recipient): a job that runs again never sends what it already sent.
 */
@ObjectType()
@Entity({ name: 'alert_deliveries' })
export class AlertDelivery {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'alert_id', type: 'uuid' })
  alertId: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  step: number;

  @Field(() => AlertChannel)
  @Column({ type: 'text' })
  channel: AlertChannel;

  /** The recipient user (in-app, e-mail); null for the webhook. */
  @Column({ name: 'recipient_id', type: 'uuid', nullable: true })
  recipientId: string | null;

  /** The address written to: the user's ID (in-app), e-mail address, or the webhook's host. */
  @Field(() => String)
  @Column({ type: 'text' })
  recipient: string;

  @Field(() => AlertDeliveryStatus)
  @Column({ type: 'text' })
  status: AlertDeliveryStatus;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Field(() => Date)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  error: string | null;
}
