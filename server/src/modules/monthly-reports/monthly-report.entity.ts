import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { FiguresSnapshot } from './monthly-figures';

export enum MonthlyReportStatus {
  /** Being written: the officer in charge and the chief edit the remarks and refresh the figures. */
  DRAFT = 'DRAFT',
  /** Closed by the chief: never changes again (the database refuses it); a correction is a new version. */
  FINALIZED = 'FINALIZED',
}
registerEnumType(MonthlyReportStatus, { name: 'MonthlyReportStatus' });

/** 月次報告: one month's figures (a snapshot of the statistics) and remarks, in versions. */
@ObjectType()
@Entity({ name: 'monthly_reports' })
export class MonthlyReport {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { description: "Japan-time month 'YYYY-MM'." })
  @Column({ type: 'text' })
  month: string;

  @Field(() => Int, { description: '1 for the first report of the month; each correction adds one.' })
  @Column({ type: 'int' })
  version: number;

  @Field(() => MonthlyReportStatus)
  @Column({ type: 'text' })
  status: MonthlyReportStatus;

  /** Optimistic lock of a draft: every change bumps it; a stale expectedRevision is a CONFLICT. */
  @Field(() => Int)
  @Column({ type: 'int', default: 1 })
  revision: number;

  @Field(() => String, { nullable: true, description: '所見: free-text remarks of the officer in charge and the chief.' })
  @Column({ type: 'text', nullable: true })
  remarks: string | null;

  /** The statistics as they were when generated (GraphQL: `figures`). */
  @Column({ type: 'jsonb' })
  figures: FiguresSnapshot;

  @Field(() => Date)
  @Column({ name: 'figures_generated_at', type: 'timestamptz' })
  figuresGeneratedAt: Date;

  @Field(() => ID, { nullable: true, description: 'The finalized version this one corrects.' })
  @Column({ name: 'supersedes_id', type: 'uuid', nullable: true })
  supersedesId: string | null;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById: string;

  @Field(() => Date)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_by_id', type: 'uuid', nullable: true })
  updatedById: string | null;

  @Field(() => Date)
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  @Column({ name: 'finalized_by_id', type: 'uuid', nullable: true })
  finalizedById: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'finalized_at', type: 'timestamptz', nullable: true })
  finalizedAt: Date | null;
}
