import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Case } from '../cases/case.entity';
import { Unit } from '../units/unit.entity';
import { User } from '../users/user.entity';
import {
  DeletionOutcome,
  DeletionReason,
  DisclosureAnswer,
  EscalationKind,
  EscalationStatus,
  EscalationUrgency,
} from './escalation-enums';

/**
 * One escalation (DESIGN §4), with or without a case. Exposed only to the division (OFFICER_IN_CHARGE,
 * CHIEF); an officer who raised one sees the status-only RaisedEscalation instead.
 */
@ObjectType()
@Entity({ name: 'escalations' })
export class Escalation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** A short human reference (e.g. エスカレーション 12). */
  @Field(() => Int)
  @Column({ type: 'int', insert: false, update: false })
  number: number;

  @Field(() => EscalationKind)
  @Column({ type: 'text', update: false })
  kind: EscalationKind;

  @Field(() => EscalationUrgency)
  @Column({ type: 'text' })
  urgency: EscalationUrgency;

  @Field(() => EscalationStatus)
  @Column({ type: 'text' })
  status: EscalationStatus;

  /** Optimistic lock: every change bumps it; a stale expectedVersion is a CONFLICT. */
  @Field(() => Int)
  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId: string | null;

  @ManyToOne(() => Case, { nullable: true })
  @JoinColumn({ name: 'case_id' })
  case: Case | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'post_url', type: 'text', nullable: true })
  postUrl: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'post_id', type: 'text', nullable: true })
  postId: string | null;

  /** The short note given when raising (what was found); null once purged after retention (DESIGN §7). */
  @Field(() => String, { nullable: true, description: 'What was found; null once erased by the retention purge (personalDataPurgedAt).' })
  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @Column({ name: 'raised_by_id', type: 'uuid', update: false })
  raisedById: string;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'raised_by_id' })
  raisedBy: User;

  @Column({ name: 'raised_unit_id', type: 'uuid', update: false })
  raisedUnitId: string;

  @ManyToOne(() => Unit)
  @JoinColumn({ name: 'raised_unit_id' })
  raisedUnit: Unit;

  @Column({ name: 'owner_id', type: 'uuid', nullable: true })
  ownerId: string | null;

  @ManyToOne(() => User, { nullable: true })
  @JoinColumn({ name: 'owner_id' })
  owner: User | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'assigned_at', type: 'timestamptz', nullable: true })
  assignedAt: Date | null;

  @Field(() => Date)
  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  /** X's request or ticket number. */
  @Field(() => String, { nullable: true })
  @Column({ name: 'external_reference', type: 'text', nullable: true })
  externalReference: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason: string | null;

  /** When it reached DONE or CANCELLED. */
  @Field(() => Date, { nullable: true })
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ name: 'checklist_template_id', type: 'uuid', nullable: true })
  checklistTemplateId: string | null;

  @Field(() => Int, { nullable: true, description: 'The checklist version the steps were copied from.' })
  @Column({ name: 'checklist_template_version', type: 'int', nullable: true })
  checklistTemplateVersion: number | null;

  // --- emergency disclosure (緊急開示要請) ---
  @Column({ name: 'disclosure_account_url', type: 'text', nullable: true })
  disclosureAccountUrl: string | null;

  @Column({ name: 'disclosure_post_urls', type: 'text', array: true, default: () => "'{}'" })
  disclosurePostUrls: string[];

  @Column({ name: 'disclosure_person_at_risk', type: 'text', nullable: true })
  disclosurePersonAtRisk: string | null;

  @Column({ name: 'disclosure_danger', type: 'text', nullable: true })
  disclosureDanger: string | null;

  @Column({ name: 'disclosure_information_needed', type: 'text', nullable: true })
  disclosureInformationNeeded: string | null;

  @Column({ name: 'disclosure_reason', type: 'text', nullable: true })
  disclosureReason: string | null;

  @Column({ name: 'disclosure_contact', type: 'text', nullable: true })
  disclosureContact: string | null;

  @Column({ name: 'disclosure_sent_at', type: 'timestamptz', nullable: true })
  disclosureSentAt: Date | null;

  @Column({ name: 'disclosure_sent_by_id', type: 'uuid', nullable: true })
  disclosureSentById: string | null;

  @Column({ name: 'disclosure_answer', type: 'text', nullable: true })
  disclosureAnswer: DisclosureAnswer | null;

  @Column({ name: 'disclosure_answer_text', type: 'text', nullable: true })
  disclosureAnswerText: string | null;

  @Column({ name: 'disclosure_answered_at', type: 'timestamptz', nullable: true })
  disclosureAnsweredAt: Date | null;

  // --- deletion request (削除依頼) ---
  @Column({ name: 'deletion_reason', type: 'text', nullable: true })
  deletionReason: DeletionReason | null;

  /** When the request went to X; re-checks and time-to-removal count from here. */
  @Column({ name: 'deletion_requested_at', type: 'timestamptz', nullable: true })
  deletionRequestedAt: Date | null;

  @Column({ name: 'deletion_last_checked_at', type: 'timestamptz', nullable: true })
  deletionLastCheckedAt: Date | null;

  @Column({ name: 'deletion_check_count', type: 'int', default: 0 })
  deletionCheckCount: number;

  @Column({ name: 'deletion_removed_at', type: 'timestamptz', nullable: true })
  deletionRemovedAt: Date | null;

  @Column({ name: 'deletion_removal_outcome', type: 'text', nullable: true })
  deletionRemovalOutcome: DeletionOutcome | null;

  /** Set once, with the one "still up" reminder alert. */
  @Column({ name: 'deletion_reminder_alerted_at', type: 'timestamptz', nullable: true })
  deletionReminderAlertedAt: Date | null;

  // --- security incident (要報告インシデント) ---
  @Column({ name: 'incident_detected_at', type: 'timestamptz', nullable: true })
  incidentDetectedAt: Date | null;

  @Column({ name: 'incident_affected_asset', type: 'text', nullable: true })
  incidentAffectedAsset: string | null;

  /** Set by the retention purge: free texts and handles are erased; kind, status and times stay for the statistics. */
  @Field(() => Date, { nullable: true, description: 'When the retention purge erased the free texts and handles (DESIGN §7); null until then.' })
  @Column({ name: 'personal_data_purged_at', type: 'timestamptz', nullable: true })
  personalDataPurgedAt: Date | null;

  @Field(() => Date)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
