import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { AlertAudience, AlertLadderEnd, AlertReasonEnum, type EscalationKindName } from './alert-enums';

/**
 * One alert about one escalation: raised in the transaction that raised (or re-flagged) the
 * escalation, delivered by the `alerts` queue, step by step while urgent and unacknowledged.
 */
@ObjectType()
@Entity({ name: 'alerts' })
export class Alert {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ name: 'escalation_id', type: 'uuid' })
  escalationId: string;

  /** The escalation's kind when the alert was raised (SUICIDE_NOTICE, …): the banner needs no second query (field in the resolver). */
  @Column({ name: 'escalation_kind', type: 'text' })
  escalationKind: EscalationKindName;

  @Field(() => AlertReasonEnum)
  @Column({ type: 'text' })
  reason: AlertReasonEnum;

  @Field(() => Boolean)
  @Column({ type: 'boolean' })
  urgent: boolean;

  @Field(() => AlertAudience)
  @Column({ type: 'text' })
  audience: AlertAudience;

  @Column({ name: 'raised_by_id', type: 'uuid', nullable: true })
  raisedById: string | null;

  @Field(() => Date)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** Ladder steps begun (0 = not yet delivered; 1 = the first notice went out; …). */
  @Column({ name: 'steps_started', type: 'int', default: 0 })
  stepsStarted: number;

  @Field(() => Int, { description: 'The ladder step most recently begun (0 = first notice); null before the first delivery.', nullable: true })
  get currentStep(): number | null {
    return this.stepsStarted > 0 ? this.stepsStarted - 1 : null;
  }

  /** Set by the first delivery from ALERT_MAX_STEPS (0 for a non-urgent alert). */
  @Field(() => Int, { description: 'The last step this alert may reach (0 for a non-urgent alert); null before the first delivery.', nullable: true })
  @Column({ name: 'max_step', type: 'int', nullable: true })
  maxStep: number | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'ladder_ended_at', type: 'timestamptz', nullable: true })
  ladderEndedAt: Date | null;

  @Field(() => AlertLadderEnd, { nullable: true })
  @Column({ name: 'ladder_end', type: 'text', nullable: true })
  ladderEnd: AlertLadderEnd | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true })
  acknowledgedAt: Date | null;

  @Column({ name: 'acknowledged_by_id', type: 'uuid', nullable: true })
  acknowledgedById: string | null;

  /** Milliseconds from the alert's creation to its acknowledgement (a figure for the statistics). */
  @Field(() => Int, { nullable: true })
  @Column({ name: 'ack_latency_ms', type: 'int', nullable: true })
  ackLatencyMs: number | null;
}
