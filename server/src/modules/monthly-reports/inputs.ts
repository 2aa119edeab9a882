import { Field, ID, InputType, Int } from 'type-graphql';
import { Connection } from '../../core/graphql/pagination';
import { Bulletin } from './bulletin.entity';
import { MonthlyReport } from './monthly-report.entity';

@InputType()
export class UpdateMonthlyReportDraftInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'The revision you edited (optimistic lock).' })
  expectedRevision: number;

  @Field(() => String, { nullable: true, description: '所見 (empty clears it).' })
  remarks?: string | null;
}

@InputType()
export class PublishBulletinInput {
  @Field(() => ID, { description: 'A finalized monthly report.' })
  monthlyReportId: string;

  @Field(() => String, { nullable: true, description: 'Defaults to a title written from the month.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Defaults to a summary written from the figures.' })
  body?: string | null;
}

export const MonthlyReportConnection = Connection(MonthlyReport, 'MonthlyReportConnection');
export const BulletinConnection = Connection(Bulletin, 'BulletinConnection');
