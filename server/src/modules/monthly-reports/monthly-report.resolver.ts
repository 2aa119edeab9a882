import DataLoader from 'dataloader';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { In } from 'typeorm';
import { actorOf, type GraphQLContext } from '../../core/auth/context';
import { rolesFor } from '../../core/auth/role-matrix';
import { PageArgs } from '../../core/graphql/pagination';
import { User } from '../users/user.entity';
import { Bulletin } from './bulletin.entity';
import { BulletinConnection, MonthlyReportConnection, PublishBulletinInput, UpdateMonthlyReportDraftInput } from './inputs';
import { BulletinFigures, figuresFromSnapshot, MonthlyReportFigures } from './monthly-figures';
import { MonthlyReport } from './monthly-report.entity';
import {
  defaultBulletinText,
  discardMonthlyReportDraft,
  finalizeMonthlyReport,
  generateMonthlyReportDraft,
  getBulletin,
  getMonthlyReport,
  listBulletins,
  listMonthlyReports,
  publishBulletin,
  refreshMonthlyReportFigures,
  updateMonthlyReportDraft,
} from './monthly-report.service';

/** Per-request batch loader of each report's bulletin (a report has at most one). */
const bulletinLoaders = new WeakMap<GraphQLContext, DataLoader<string, Bulletin | null>>();
function bulletinOfReport(ctx: GraphQLContext): DataLoader<string, Bulletin | null> {
  let loader = bulletinLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const rows = await ctx.db.getRepository(Bulletin).findBy({ monthlyReportId: In([...ids]) });
      return ids.map((id) => rows.find((b) => b.monthlyReportId === id) ?? null);
    });
    bulletinLoaders.set(ctx, loader);
  }
  return loader;
}

@Resolver(() => MonthlyReport)
export class MonthlyReportResolver {
  @Authorized(...rolesFor('monthlyReports'))
  @Query(() => MonthlyReportConnection, { description: 'Monthly reports, newest month and version first.' })
  monthlyReports(
    @Ctx() ctx: GraphQLContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('month', () => String, { nullable: true }) month?: string | null,
  ) {
    return listMonthlyReports(ctx.db, { month }, page.first, page.after);
  }

  @Authorized(...rolesFor('monthlyReport'))
  @Query(() => MonthlyReport)
  monthlyReport(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<MonthlyReport> {
    return getMonthlyReport(ctx.db, id);
  }

  @Authorized(...rolesFor('generateMonthlyReportDraft'))
  @Mutation(() => MonthlyReport, {
    description: "Drafts a month's report with the figures as of now; after a finalized version, drafts its correction.",
  })
  generateMonthlyReportDraft(@Ctx() ctx: GraphQLContext, @Arg('month', () => String) month: string): Promise<MonthlyReport> {
    return generateMonthlyReportDraft(ctx.db, actorOf(ctx), month);
  }

  @Authorized(...rolesFor('updateMonthlyReportDraft'))
  @Mutation(() => MonthlyReport, { description: "Edits a draft's remarks." })
  updateMonthlyReportDraft(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => UpdateMonthlyReportDraftInput) input: UpdateMonthlyReportDraftInput,
  ): Promise<MonthlyReport> {
    return updateMonthlyReportDraft(ctx.db, actorOf(ctx), input);
  }

  @Authorized(...rolesFor('refreshMonthlyReportFigures'))
  @Mutation(() => MonthlyReport, { description: "Recomputes a draft's figures as of now." })
  refreshMonthlyReportFigures(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('expectedRevision', () => Int) expectedRevision: number,
  ): Promise<MonthlyReport> {
    return refreshMonthlyReportFigures(ctx.db, actorOf(ctx), id, expectedRevision);
  }

  @Authorized(...rolesFor('discardMonthlyReportDraft'))
  @Mutation(() => ID, { description: 'Deletes a draft; returns its id.' })
  discardMonthlyReportDraft(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('expectedRevision', () => Int) expectedRevision: number,
  ): Promise<string> {
    return discardMonthlyReportDraft(ctx.db, actorOf(ctx), id, expectedRevision);
  }

  @Authorized(...rolesFor('finalizeMonthlyReport'))
  @Mutation(() => MonthlyReport, { description: '決裁: the chief finalizes a draft; it never changes again.' })
  finalizeMonthlyReport(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('expectedRevision', () => Int) expectedRevision: number,
  ): Promise<MonthlyReport> {
    return finalizeMonthlyReport(ctx.db, actorOf(ctx), id, expectedRevision);
  }

  @Authorized(...rolesFor('publishBulletin'))
  @Mutation(() => Bulletin, { description: '周知: the chief publishes a finalized report to every unit.' })
  publishBulletin(@Ctx() ctx: GraphQLContext, @Arg('input', () => PublishBulletinInput) input: PublishBulletinInput): Promise<Bulletin> {
    return publishBulletin(ctx.db, actorOf(ctx), input);
  }

  @FieldResolver(() => MonthlyReportFigures)
  figures(@Root() r: MonthlyReport): MonthlyReportFigures {
    return figuresFromSnapshot(r.figures);
  }

  @FieldResolver(() => String, { description: 'The bulletin title the chief would publish by default.' })
  suggestedBulletinTitle(@Root() r: MonthlyReport): string {
    return defaultBulletinText(r).title;
  }

  @FieldResolver(() => String, { description: 'The bulletin text the chief would publish by default.' })
  suggestedBulletinBody(@Root() r: MonthlyReport): string {
    return defaultBulletinText(r).body;
  }

  @FieldResolver(() => Bulletin, { nullable: true, description: 'The bulletin published from this version, if any.' })
  bulletin(@Root() r: MonthlyReport, @Ctx() ctx: GraphQLContext): Promise<Bulletin | null> {
    return bulletinOfReport(ctx).load(r.id);
  }

  @FieldResolver(() => User, { nullable: true })
  createdBy(@Root() r: MonthlyReport, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.user.load(r.createdById);
  }

  @FieldResolver(() => User, { nullable: true })
  updatedBy(@Root() r: MonthlyReport, @Ctx() ctx: GraphQLContext) {
    return r.updatedById ? ctx.loaders.user.load(r.updatedById) : null;
  }

  @FieldResolver(() => User, { nullable: true })
  finalizedBy(@Root() r: MonthlyReport, @Ctx() ctx: GraphQLContext) {
    return r.finalizedById ? ctx.loaders.user.load(r.finalizedById) : null;
  }
}

@Resolver(() => Bulletin)
export class BulletinResolver {
  @Authorized(...rolesFor('bulletins'))
  @Query(() => BulletinConnection, { description: 'Published bulletins (周知), newest first. Every unit reads them.' })
  bulletins(@Ctx() ctx: GraphQLContext, @Args(() => PageArgs) page: PageArgs) {
    return listBulletins(ctx.db, page.first, page.after);
  }

  @Authorized(...rolesFor('bulletin'))
  @Query(() => Bulletin)
  bulletin(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<Bulletin> {
    return getBulletin(ctx.db, id);
  }

  @FieldResolver(() => BulletinFigures)
  figures(@Root() b: Bulletin): BulletinFigures {
    return b.figures;
  }

  @FieldResolver(() => User, { nullable: true })
  publishedBy(@Root() b: Bulletin, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.user.load(b.publishedById);
  }
}
