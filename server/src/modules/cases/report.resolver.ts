import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { actorOf, type GraphQLContext } from '../../core/auth/context';
import { rolesFor } from '../../core/auth/role-matrix';
import { PageArgs } from '../../core/graphql/pagination';
import { Unit } from '../units/unit.entity';
import { User } from '../users/user.entity';
import { ReportSource } from './case-enums';
import { Case } from './case.entity';
import { submitReport } from './case-intake.service';
import { listMyTips, listUnitReports } from './case-queries.service';
import { ReportConnection, SubmitReportInput, SubmitReportResult, SubmitTipInput, Tip, TipConnection, TipStatus } from './inputs';
import { Report } from './report.entity';

@Resolver(() => Report)
export class ReportResolver {
  @Authorized(...rolesFor('submitReport'))
  @Mutation(() => SubmitReportResult, { description: '発見報告: report a found post by its URL.' })
  submitReport(@Ctx() ctx: GraphQLContext, @Arg('input', () => SubmitReportInput) input: SubmitReportInput) {
    return submitReport(ctx.db, actorOf(ctx), { ...input, source: ReportSource.OFFICER });
  }

  @Authorized(...rolesFor('unitReports'))
  @Query(() => ReportConnection, { description: "The acting user's unit's reports, newest first." })
  unitReports(@Ctx() ctx: GraphQLContext, @Args(() => PageArgs) page: PageArgs) {
    return listUnitReports(ctx.db, ctx.user!, page);
  }

  @Authorized(...rolesFor('submitTip'))
  @Mutation(() => Tip, { description: 'A volunteer passes on a post they found.' })
  async submitTip(@Ctx() ctx: GraphQLContext, @Arg('input', () => SubmitTipInput) input: SubmitTipInput): Promise<Tip> {
    const { report } = await submitReport(ctx.db, actorOf(ctx), { url: input.url, note: input.note, source: ReportSource.VOLUNTEER });
    // Whether the post was already known is not the volunteer's business: every tip is "received".
    return { id: report.id, url: report.url, note: report.note, submittedAt: report.createdAt, status: TipStatus.RECEIVED };
  }

  @Authorized(...rolesFor('myTips'))
  @Query(() => TipConnection, { description: "The volunteer's own tips, newest first, with a coarse status." })
  myTips(@Ctx() ctx: GraphQLContext, @Args(() => PageArgs) page: PageArgs) {
    return listMyTips(ctx.db, ctx.user!, page);
  }

  @FieldResolver(() => Case)
  async case(@Root() r: Report, @Ctx() ctx: GraphQLContext): Promise<Case> {
    return (await ctx.loaders.case.load(r.caseId))!;
  }

  @FieldResolver(() => User)
  async reportedBy(@Root() r: Report, @Ctx() ctx: GraphQLContext): Promise<User> {
    return (await ctx.loaders.user.load(r.reportedById))!;
  }

  @FieldResolver(() => Unit)
  async unit(@Root() r: Report, @Ctx() ctx: GraphQLContext): Promise<Unit> {
    return (await ctx.loaders.unit.load(r.unitId))!;
  }
}
