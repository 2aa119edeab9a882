import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { BulletinSnapshot } from './monthly-figures';

/** 周知: the chief's published summary of a finalized monthly report, read by every unit. Immutable. */
@ObjectType()
@Entity({ name: 'bulletins' })
export class Bulletin {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'monthly_report_id', type: 'uuid' })
  monthlyReportId: string;

  @Field(() => String, { description: "Japan-time month 'YYYY-MM'." })
  @Column({ type: 'text' })
  month: string;

  @Field(() => Int, { description: 'The version of the monthly report it summarises (above 1 for a correction).' })
  @Column({ name: 'report_version', type: 'int' })
  reportVersion: number;

  @Field(() => String)
  @Column({ type: 'text' })
  title: string;

  @Field(() => String)
  @Column({ type: 'text' })
  body: string;

  /** GraphQL: `figures`. */
  @Column({ type: 'jsonb' })
  figures: BulletinSnapshot;

  @Column({ name: 'published_by_id', type: 'uuid' })
  publishedById: string;

  @Field(() => Date)
  @Column({ name: 'published_at', type: 'timestamptz', default: () => 'now()' })
  publishedAt: Date;
}
