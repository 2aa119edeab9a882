import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Unit } from '../units/unit.entity';
import { User } from '../users/user.entity';
import { ReportSource } from './case-enums';
import { Case } from './case.entity';

/** 発見報告: every submission is kept, so statistics count both cases and reports. */
@ObjectType({ simpleResolvers: true }) // no field auth or middleware: plain property reads
@Entity({ name: 'reports' })
export class Report {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @Field(() => Case)
  @ManyToOne(() => Case, { nullable: false })
  @JoinColumn({ name: 'case_id' })
  case: Case;

  /** The URL exactly as submitted. */
  @Field(() => String)
  @Column({ type: 'text' })
  url: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** The post's text as the reporter saw it (optional; personal data, purged after retention). */
  @Field(() => String, { nullable: true })
  @Column({ name: 'post_text', type: 'text', nullable: true })
  postText: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'profile_text', type: 'text', nullable: true })
  profileText: string | null;

  @Field(() => ReportSource)
  @Column({ type: 'text' })
  source: ReportSource;

  @Column({ name: 'reported_by_id', type: 'uuid' })
  reportedById: string;

  @Field(() => User)
  @ManyToOne(() => User, { nullable: false })
  @JoinColumn({ name: 'reported_by_id' })
  reportedBy: User;

  @Column({ name: 'unit_id', type: 'uuid' })
  unitId: string;

  @Field(() => Unit)
  @ManyToOne(() => Unit, { nullable: false })
  @JoinColumn({ name: 'unit_id' })
  unit: Unit;

  @Field(() => Date)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
