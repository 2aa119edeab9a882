import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { In } from 'typeorm';
import { actorOf, type GraphQLContext } from '../../core/auth/context';
import { rolesFor } from '../../core/auth/role-matrix';
import { InvalidInput, NotFound } from '../../core/errors/errors';
import { PageArgs } from '../../core/graphql/pagination';
import { Role, SCREENING_ROLES } from '../users/role';
import { User } from '../users/user.entity';
import { XAccount } from '../x-accounts/x-account.entity';
import { canReadCase } from './case.policy';
import { CaseStatus } from './case-enums';
import { Case } from './case.entity';
import { preload } from '../../core/loaders/loaders';
import { caseTimeline, listCases, type WorkList } from './case-queries.service';
import { acknowledgeReport, closeFailedReply, reportToChief, retryReply } from './commands/after-reply.commands';
import { approveWarning, declineWarning, returnForScreening } from './commands/approval.commands';
import { markNotApplicable, releaseCase, requestApproval, takeCase, warnCase } from './commands/screening.commands';
import { CaseConnection, MarkNotApplicableInput, RequestApprovalInput, RetryReplyInput, ScreeningInput, TimelineEntry } from './inputs';
import { Report } from './report.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A malformed ID cannot name a case: answer NOT_FOUND rather than a database error. */
export function assertUuid(id: string, what = 'The case'): string {
  if (!UUID.test(id)) throw NotFound(what);
  return id;
}

const isDivision = (ctx: GraphQLContext) => SCREENING_ROLES.includes(ctx.user!.role);

/** The fields asked of `field`'s value in this selection (fragments followed; @skip/@include ignored). */
function fieldsUnder(info: GraphQLResolveInfo, field: string): Set<string> {
  const out = new Set<string>();
  const walk = (set: SelectionSetNode | undefined, inside: boolean) => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) {
        if (inside) out.add(s.name.value);
        else if (s.name.value === field) walk(s.selectionSet, true);
      } else if (s.kind === Kind.INLINE_FRAGMENT) walk(s.selectionSet, inside);
      else walk(info.fragments[s.name.value]?.selectionSet, inside);
    }
  };
  for (const node of info.fieldNodes) walk(node.selectionSet, false);
  return out;
}

/**
 * A work list page with the relation fields it asks for loaded up front (the same two batched
 * statements the field resolvers would send), so each case's fields resolve without a promise.
 */
async function workList(ctx: GraphQLContext, list: WorkList, page: PageArgs, info: GraphQLResolveInfo) {
  const result = await listCases(ctx.db, list, page);
  const asked = fieldsUnder(info, 'nodes');
  const { loaders } = ctx;
  await Promise.all([
    asked.has('reportCount') ? preload(loaders.reportCount, result.nodes.map((c) => c.id), loaders.known.reportCount) : null,
    asked.has('claimedBy')
      ? preload(loaders.user, [...new Set(result.nodes.flatMap((c) => (c.claimedById ? [c.claimedById] : [])))], loaders.known.user)
      : null,
  ]);
  return result;
}

@Resolver(() => Case)
export class CaseResolver {
  // ---- work lists ----
  @Authorized(...rolesFor('reviewQueue'))
  @Query(() => CaseConnection, { description: 'Cases waiting for screening (RECEIVED, SCREENING), oldest first.' })
  reviewQueue(@Ctx() ctx: GraphQLContext, @Args(() => PageArgs) page: PageArgs, @Info() info: GraphQLResolveInfo) {
    return workList(ctx, 'reviewQueue', page, info);
  }

  @Authorized(...rolesFor('awaitingApproval'))
  @Query(() => CaseConnection, { description: "Doubtful cases waiting for the chief's approval, oldest request first." })
  awaitingApproval(@Ctx() ctx: GraphQLContext, @Args(() => PageArgs) page: PageArgs, @Info() info: GraphQLResolveInfo) {
    return workList(ctx, 'awaitingApproval', page, info);
  }

  @Authorized(...rolesFor('awaitingReportToChief'))
  @Query(() => CaseConnection, { description: 'Posted warnings the officer in charge has not yet reported to the chief.' })
  awaitingReportToChief(@Ctx() ctx: GraphQLContext, @Args(() => PageArgs) page: PageArgs, @Info() info: GraphQLResolveInfo) {
    return workList(ctx, 'awaitingReportToChief', page, info);
  }

  @Authorized(...rolesFor('reportsToAcknowledge'))
  @Query(() => CaseConnection, { description: 'Post-warning reports waiting for the chief to acknowledge.' })
  reportsToAcknowledge(@Ctx() ctx: GraphQLContext, @Args(() => PageArgs) page: PageArgs, @Info() info: GraphQLResolveInfo) {
    return workList(ctx, 'reportsToAcknowledge', page, info);
  }

  @Authorized(...rolesFor('failedReplies'))
  @Query(() => CaseConnection, { description: 'Warnings whose reply could not be posted.' })
  failedReplies(@Ctx() ctx: GraphQLContext, @Args(() => PageArgs) page: PageArgs, @Info() info: GraphQLResolveInfo) {
    return workList(ctx, 'failedReplies', page, info);
  }

  @Authorized(...rolesFor('pendingReplies'))
  @Query(() => CaseConnection, { description: 'Warnings decided and not yet posted (API queue or manual path).' })
  pendingReplies(@Ctx() ctx: GraphQLContext, @Args(() => PageArgs) page: PageArgs, @Info() info: GraphQLResolveInfo) {
    return workList(ctx, 'pendingReplies', page, info);
  }

  @Authorized(...rolesFor('recentWarnings'))
  @Query(() => [Case], { description: 'Warnings queued, posted or failed, newest decision first.' })
  recentWarnings(@Ctx() ctx: GraphQLContext, @Arg('limit', () => Int, { defaultValue: 20 }) limit: number): Promise<Case[]> {
    if (!Number.isInteger(limit) || limit < 1 || limit > 200) throw InvalidInput('limit must be between 1 and 200.', 'limit');
    return ctx.db.getRepository(Case).find({
      where: { status: In([CaseStatus.WARNING_QUEUED, CaseStatus.WARNING_POSTED, CaseStatus.WARNING_FAILED]) },
      order: { decidedAt: 'DESC', id: 'ASC' },
      take: limit,
    });
  }

  @Authorized(...rolesFor('case'))
  @Query(() => Case)
  async case(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<Case> {
    return this.readable(ctx, id);
  }

  @Authorized(...rolesFor('caseTimeline'))
  @Query(() => [TimelineEntry], { description: "A case's reports and decisions, oldest first." })
  async caseTimeline(@Ctx() ctx: GraphQLContext, @Arg('caseId', () => ID) caseId: string): Promise<TimelineEntry[]> {
    await this.readable(ctx, caseId);
    return caseTimeline(ctx.db, caseId, () => ctx.loaders.reportsByCase.load(caseId));
  }

  // ---- screening ----
  @Authorized(...rolesFor('takeCase'))
  @Mutation(() => Case, { description: '担当: claim a received case for screening.' })
  takeCase(@Ctx() ctx: GraphQLContext, @Arg('caseId', () => ID) caseId: string, @Arg('expectedVersion', () => Int) v: number) {
    return takeCase(ctx.db, actorOf(ctx), assertUuid(caseId), v);
  }

  @Authorized(...rolesFor('releaseCase'))
  @Mutation(() => Case, { description: 'Give a taken case back to the queue.' })
  releaseCase(@Ctx() ctx: GraphQLContext, @Arg('caseId', () => ID) caseId: string, @Arg('expectedVersion', () => Int) v: number) {
    return releaseCase(ctx.db, actorOf(ctx), assertUuid(caseId), v);
  }

  @Authorized(...rolesFor('markNotApplicable'))
  @Mutation(() => Case, { description: '対象外: close a case that does not qualify, with the reason.' })
  markNotApplicable(@Ctx() ctx: GraphQLContext, @Arg('input', () => MarkNotApplicableInput) input: MarkNotApplicableInput) {
    return markNotApplicable(ctx.db, actorOf(ctx), input);
  }

  @Authorized(...rolesFor('warnCase'))
  @Mutation(() => Case, { description: 'A clear case: record the screening and queue the alert or warning reply.' })
  warnCase(@Ctx() ctx: GraphQLContext, @Arg('input', () => ScreeningInput) input: ScreeningInput) {
    return warnCase(ctx.db, actorOf(ctx), input);
  }

  @Authorized(...rolesFor('requestApproval'))
  @Mutation(() => Case, { description: "伺い: a doubtful case goes to the chief, with the reason." })
  requestApproval(@Ctx() ctx: GraphQLContext, @Arg('input', () => RequestApprovalInput) input: RequestApprovalInput) {
    return requestApproval(ctx.db, actorOf(ctx), input);
  }

  // ---- the chief's decisions ----
  @Authorized(...rolesFor('approveWarning'))
  @Mutation(() => Case)
  approveWarning(
    @Ctx() ctx: GraphQLContext,
    @Arg('caseId', () => ID) caseId: string,
    @Arg('expectedVersion', () => Int) v: number,
    @Arg('comment', () => String, { nullable: true }) comment?: string,
  ) {
    return approveWarning(ctx.db, actorOf(ctx), assertUuid(caseId), v, comment);
  }

  @Authorized(...rolesFor('declineWarning'))
  @Mutation(() => Case)
  declineWarning(
    @Ctx() ctx: GraphQLContext,
    @Arg('caseId', () => ID) caseId: string,
    @Arg('expectedVersion', () => Int) v: number,
    @Arg('reason', () => String) reason: string,
  ) {
    return declineWarning(ctx.db, actorOf(ctx), assertUuid(caseId), v, reason);
  }

  @Authorized(...rolesFor('returnForScreening'))
  @Mutation(() => Case)
  returnForScreening(
    @Ctx() ctx: GraphQLContext,
    @Arg('caseId', () => ID) caseId: string,
    @Arg('expectedVersion', () => Int) v: number,
    @Arg('comment', () => String) comment: string,
  ) {
    return returnForScreening(ctx.db, actorOf(ctx), assertUuid(caseId), v, comment);
  }

  // ---- after the reply ----
  @Authorized(...rolesFor('retryReply'))
  @Mutation(() => Case)
  retryReply(@Ctx() ctx: GraphQLContext, @Arg('input', () => RetryReplyInput) input: RetryReplyInput) {
    return retryReply(ctx.db, actorOf(ctx), assertUuid(input.caseId), input.expectedVersion, input.channel);
  }

  @Authorized(...rolesFor('closeFailedReply'))
  @Mutation(() => Case)
  closeFailedReply(
    @Ctx() ctx: GraphQLContext,
    @Arg('caseId', () => ID) caseId: string,
    @Arg('expectedVersion', () => Int) v: number,
    @Arg('reason', () => String) reason: string,
  ) {
    return closeFailedReply(ctx.db, actorOf(ctx), assertUuid(caseId), v, reason);
  }

  @Authorized(...rolesFor('reportToChief'))
  @Mutation(() => Case, { description: '報告: report a posted warning to the chief.' })
  reportToChief(
    @Ctx() ctx: GraphQLContext,
    @Arg('caseId', () => ID) caseId: string,
    @Arg('expectedVersion', () => Int) v: number,
    @Arg('note', () => String, { nullable: true }) note?: string,
  ) {
    return reportToChief(ctx.db, actorOf(ctx), assertUuid(caseId), v, note);
  }

  @Authorized(...rolesFor('acknowledgeReport'))
  @Mutation(() => Case, { description: "確認: the chief acknowledges a post-warning report; the case closes." })
  acknowledgeReport(@Ctx() ctx: GraphQLContext, @Arg('caseId', () => ID) caseId: string, @Arg('expectedVersion', () => Int) v: number) {
    return acknowledgeReport(ctx.db, actorOf(ctx), assertUuid(caseId), v);
  }

  // ---- fields ----
  @FieldResolver(() => Int)
  reportCount(@Root() c: Case, @Ctx() ctx: GraphQLContext): number | Promise<number> {
    return ctx.loaders.known.reportCount.get(c.id) ?? ctx.loaders.reportCount.load(c.id);
  }

  @FieldResolver(() => Int, { description: 'Seconds since the first report (for SLA colouring).' })
  ageSeconds(@Root() c: Case): number {
    return Math.max(0, Math.floor((Date.now() - c.firstReportedAt.getTime()) / 1000));
  }

  @FieldResolver(() => User, { nullable: true })
  claimedBy(@Root() c: Case, @Ctx() ctx: GraphQLContext) {
    if (!c.claimedById) return null;
    const known = ctx.loaders.known.user.get(c.claimedById);
    return known !== undefined ? known : ctx.loaders.user.load(c.claimedById);
  }

  @FieldResolver(() => XAccount, { nullable: true, description: 'The posting account and its history (division only; null for others).' })
  xAccount(@Root() c: Case, @Ctx() ctx: GraphQLContext) {
    return c.xAccountId && isDivision(ctx) ? ctx.loaders.xAccount.load(c.xAccountId) : null;
  }

  // Internal reasoning is the division's: officers at stations see outcomes, not why.
  @FieldResolver(() => String, { nullable: true, description: 'Why the officer in charge asked for approval (division only).' })
  approvalReason(@Root() c: Case, @Ctx() ctx: GraphQLContext) {
    return isDivision(ctx) ? c.approvalReason : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "The chief's reason for declining or comment when returning (division only)." })
  chiefComment(@Root() c: Case, @Ctx() ctx: GraphQLContext) {
    return isDivision(ctx) ? c.chiefComment : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The note of the report to the chief (division only).' })
  reportToChiefNote(@Root() c: Case, @Ctx() ctx: GraphQLContext) {
    return isDivision(ctx) ? c.reportToChiefNote : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Free text given when the case closed (division only).' })
  closeNote(@Root() c: Case, @Ctx() ctx: GraphQLContext) {
    return isDivision(ctx) ? c.closeNote : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why the reply could not be posted (division only).' })
  failureReason(@Root() c: Case, @Ctx() ctx: GraphQLContext) {
    return isDivision(ctx) ? c.failureReason : null;
  }

  @FieldResolver(() => [Report], { description: 'Every report of this post, oldest first.' })
  async reports(@Root() c: Case, @Ctx() ctx: GraphQLContext): Promise<Report[]> {
    const all = await ctx.loaders.reportsByCase.load(c.id);
    // Officers see their own unit's submissions only; the division sees every report.
    return ctx.user!.role === Role.OFFICER ? all.filter((r) => r.unitId === ctx.user!.unitId) : all;
  }

  private async readable(ctx: GraphQLContext, id: string): Promise<Case> {
    const found = await ctx.loaders.case.load(assertUuid(id));
    if (!found || !(await canReadCase(ctx.db, ctx.user!, found))) throw NotFound('The case');
    return found;
  }
}
