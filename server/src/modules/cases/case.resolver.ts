import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { In } from 'typeorm';
import { actorOf, type GraphQLContext } from '../../core/auth/context';
import { rolesFor } from '../../core/auth/role-matrix';
import { InvalidInput, NotFound } from '../../core/errors/errors';
import { User } from '../users/user.entity';
import { CaseStatus, ReportSource } from './case-enums';
import { Case } from './case.entity';
import { submitReport } from './case-intake.service';
import { canReadCase } from './case.policy';
import { takeCase, warnCase } from './case-screening.service';
import { OPEN_REVIEW_STATUSES } from './case-workflow.service';
import { SubmitReportInput, SubmitReportResult, WarnCaseInput } from './inputs';

const clampLimit = (limit: number, max: number) => {
  if (!Number.isInteger(limit) || limit < 1 || limit > max) throw InvalidInput(`limit must be between 1 and ${max}.`, 'limit');
  return limit;
};

@Resolver(() => Case)
export class CaseResolver {
  @Authorized(...rolesFor('reviewQueue'))
  @Query(() => [Case], { description: 'Cases waiting for screening, oldest first.' })
  reviewQueue(@Ctx() ctx: GraphQLContext, @Arg('limit', () => Int, { defaultValue: 50 }) limit: number): Promise<Case[]> {
    return ctx.db.getRepository(Case).find({
      where: { status: In(OPEN_REVIEW_STATUSES) },
      order: { firstReportedAt: 'ASC', id: 'ASC' },
      take: clampLimit(limit, 200),
    });
  }

  @Authorized(...rolesFor('recentWarnings'))
  @Query(() => [Case], { description: 'Warnings queued, posted or failed, newest decision first.' })
  recentWarnings(@Ctx() ctx: GraphQLContext, @Arg('limit', () => Int, { defaultValue: 20 }) limit: number): Promise<Case[]> {
    return ctx.db.getRepository(Case).find({
      where: { status: In([CaseStatus.WARNING_QUEUED, CaseStatus.WARNING_POSTED, CaseStatus.WARNING_FAILED]) },
      order: { decidedAt: 'DESC', id: 'ASC' },
      take: clampLimit(limit, 200),
    });
  }

  @Authorized(...rolesFor('case'))
  @Query(() => Case)
  async case(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<Case> {
    const found = await ctx.loaders.case.load(assertUuid(id));
    if (!found || !(await canReadCase(ctx.db, ctx.user!, found))) throw NotFound('The case');
    return found;
  }

  @Authorized(...rolesFor('submitReport'))
  @Mutation(() => SubmitReportResult, { description: '発見報告: report a found post by its URL.' })
  submitReport(@Ctx() ctx: GraphQLContext, @Arg('input', () => SubmitReportInput) input: SubmitReportInput) {
    return submitReport(ctx.db, actorOf(ctx), { url: input.url, note: input.note, source: ReportSource.OFFICER });
  }

  @Authorized(...rolesFor('takeCase'))
  @Mutation(() => Case, { description: 'Claim a received case for screening.' })
  takeCase(
    @Ctx() ctx: GraphQLContext,
    @Arg('caseId', () => ID) caseId: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
  ): Promise<Case> {
    return takeCase(ctx.db, actorOf(ctx), assertUuid(caseId), expectedVersion);
  }

  @Authorized(...rolesFor('warnCase'))
  @Mutation(() => Case, { description: 'Decide a clear case: queue the alert or warning reply.' })
  warnCase(@Ctx() ctx: GraphQLContext, @Arg('input', () => WarnCaseInput) input: WarnCaseInput): Promise<Case> {
    return warnCase(ctx.db, actorOf(ctx), input);
  }

  @FieldResolver(() => Int)
  reportCount(@Root() c: Case, @Ctx() ctx: GraphQLContext): Promise<number> {
    return ctx.loaders.reportCount.load(c.id);
  }

  @FieldResolver(() => User, { nullable: true })
  claimedBy(@Root() c: Case, @Ctx() ctx: GraphQLContext): Promise<User | null> | null {
    return c.claimedById ? ctx.loaders.user.load(c.claimedById) : null;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function assertUuid(id: string): string {
  if (!UUID.test(id)) throw NotFound('The case');
  return id;
}
