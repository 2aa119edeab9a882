import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { RecheckWindow } from '../../core/queue/queues';

/** What a re-check found: the post is still up, gone (deleted by its author, or the account is gone), or hidden (protected). */
export enum PostCheckOutcome {
  PRESENT = 'PRESENT',
  DELETED = 'DELETED',
  NOT_VISIBLE = 'NOT_VISIBLE',
}

/**
 * One scheduled look at a warned post, 1 and 7 days after the reply (DESIGN §3: the effect of the
 * warnings is a figure). `outcome` stays NULL until the check ran.
 */
@Entity({ name: 'post_checks' })
export class PostCheck {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @Column({ type: 'text' })
  after: RecheckWindow;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  @Column({ name: 'checked_at', type: 'timestamptz', nullable: true })
  checkedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  outcome: PostCheckOutcome | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
