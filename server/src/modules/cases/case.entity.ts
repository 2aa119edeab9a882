import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { User } from '../users/user.entity';
import { XAccount } from '../x-accounts/x-account.entity';
import {
  Audience,
  CaseStatus,
  Category,
  CloseReason,
  ChildIndication,
  IndicationSource,
  NotApplicableReason,
  Region,
  ReplyChannel,
} from './case-enums';

/** One case per X post, keyed by the post's numeric ID whatever URL form was submitted. */
// simpleResolvers: plain fields read the property without type-graphql's per-field wrapper (no field here has
// @Authorized or middleware); lists of cases resolve thousands of fields per response.
@ObjectType({ simpleResolvers: true })
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

  /** Internal: exposed to the division only (CaseResolver). */
  @Column({ name: 'failure_reason', type: 'text', nullable: true })
  failureReason: string | null;

  @Column({ name: 'x_account_id', type: 'uuid', nullable: true })
  xAccountId: string | null;

  @ManyToOne(() => XAccount, { nullable: true })
  @JoinColumn({ name: 'x_account_id' })
  xAccount: XAccount | null;

  /** The post's text as last observed (personal data: purged after retention once closed). */
  @Field(() => String, { nullable: true })
  @Column({ name: 'post_text', type: 'text', nullable: true })
  postText: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'profile_text', type: 'text', nullable: true })
  profileText: string | null;

  // --- the screening record (DESIGN §3: so the decision can be reviewed later) ---
  @Field(() => Region, { nullable: true })
  @Column({ type: 'text', nullable: true })
  region: Region | null;

  @Field(() => ChildIndication, { nullable: true })
  @Column({ name: 'child_indication', type: 'text', nullable: true })
  childIndication: ChildIndication | null;

  @Field(() => IndicationSource, { nullable: true })
  @Column({ name: 'child_indication_source', type: 'text', nullable: true })
  childIndicationSource: IndicationSource | null;

  @Column({ name: 'template_id', type: 'uuid', nullable: true })
  templateId: string | null;

  @Field(() => Int, { nullable: true })
  @Column({ name: 'template_version', type: 'int', nullable: true })
  templateVersion: number | null;

  @Field(() => NotApplicableReason, { nullable: true })
  @Column({ name: 'not_applicable_reason', type: 'text', nullable: true })
  notApplicableReason: NotApplicableReason | null;

  // --- approval (doubtful cases) ---
  /** Internal reasoning: exposed to the division only (CaseResolver). */
  @Column({ name: 'approval_reason', type: 'text', nullable: true })
  approvalReason: string | null;

  @Column({ name: 'approval_requested_by_id', type: 'uuid', nullable: true })
  approvalRequestedById: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'approval_requested_at', type: 'timestamptz', nullable: true })
  approvalRequestedAt: Date | null;

  @Column({ name: 'approved_by_id', type: 'uuid', nullable: true })
  approvedById: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  /** Internal reasoning: exposed to the division only (CaseResolver). */
  @Column({ name: 'chief_comment', type: 'text', nullable: true })
  chiefComment: string | null;

  // --- the reply ---
  @Field(() => ReplyChannel)
  @Column({ name: 'reply_channel', type: 'text', default: ReplyChannel.API })
  replyChannel: ReplyChannel;

  @Field(() => String, { nullable: true })
  @Column({ name: 'manual_reply_url', type: 'text', nullable: true })
  manualReplyUrl: string | null;

  // --- report to the chief and acknowledgement ---
  @Column({ name: 'reported_to_chief_by_id', type: 'uuid', nullable: true })
  reportedToChiefById: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'reported_to_chief_at', type: 'timestamptz', nullable: true })
  reportedToChiefAt: Date | null;

  /** Internal: exposed to the division only (CaseResolver). */
  @Column({ name: 'report_to_chief_note', type: 'text', nullable: true })
  reportToChiefNote: string | null;

  @Column({ name: 'acknowledged_by_id', type: 'uuid', nullable: true })
  acknowledgedById: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true })
  acknowledgedAt: Date | null;

  // --- closing ---
  @Field(() => Date, { nullable: true })
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Field(() => CloseReason, { nullable: true })
  @Column({ name: 'close_reason', type: 'text', nullable: true })
  closeReason: CloseReason | null;

  /** Internal: exposed to the division only (CaseResolver). */
  @Column({ name: 'close_note', type: 'text', nullable: true })
  closeNote: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
