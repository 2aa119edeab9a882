import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { User } from '../users/user.entity';
import { Audience, CaseStatus, Category } from './case-enums';

/** One case per X post, keyed by the post's numeric ID whatever URL form was submitted. */
@ObjectType()
@Entity({ name: 'cases' })
export class Case {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** 整理番号: a short human reference, also printed in the reply (X refuses identical texts). */
  @Field(() => Int)
  @Column({ type: 'int', insert: false, update: false })
  number: number;

  /** X's numeric post ID (as text: it does not fit a JS number). */
  @Field(() => String)
  @Column({ name: 'post_id', type: 'text', unique: true })
  postId: string;

  @Field(() => String)
  @Column({ name: 'post_url', type: 'text' })
  postUrl: string;

  @Field(() => CaseStatus)
  @Column({ type: 'text' })
  status: CaseStatus;

  /** Optimistic lock: every transition bumps it; a stale expectedVersion is a CONFLICT. */
  @Field(() => Int)
  @Column({ type: 'int', default: 1 })
  version: number;

  @Field(() => Date)
  @Column({ name: 'first_reported_at', type: 'timestamptz' })
  firstReportedAt: Date;

  @Column({ name: 'claimed_by_id', type: 'uuid', nullable: true })
  claimedById: string | null;

  @Field(() => User, { nullable: true })
  @ManyToOne(() => User, { nullable: true })
  @JoinColumn({ name: 'claimed_by_id' })
  claimedBy: User | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'claimed_at', type: 'timestamptz', nullable: true })
  claimedAt: Date | null;

  @Field(() => [Category])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  categories: Category[];

  @Field(() => Audience, { nullable: true })
  @Column({ type: 'text', nullable: true })
  audience: Audience | null;

  @Column({ name: 'decided_by_id', type: 'uuid', nullable: true })
  decidedById: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  /** The exact text that was (or will be) posted, fixed when the warning is decided. */
  @Field(() => String, { nullable: true })
  @Column({ name: 'reply_text', type: 'text', nullable: true })
  replyText: string | null;

  /** Set just before the worker calls X, so a re-run after a crash looks for an existing reply first. */
  @Column({ name: 'reply_attempted_at', type: 'timestamptz', nullable: true })
  replyAttemptedAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'reply_post_id', type: 'text', nullable: true, unique: true })
  replyPostId: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'reply_posted_at', type: 'timestamptz', nullable: true })
  replyPostedAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'failure_reason', type: 'text', nullable: true })
  failureReason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
