import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../core/auth/context';
import { rolesFor } from '../../core/auth/role-matrix';
import { InvalidInput } from '../../core/errors/errors';
import { Unit } from '../units/unit.entity';
import { User } from '../users/user.entity';
import { Case } from './case.entity';
import { Report } from './report.entity';

@Resolver(() => Report)
export class ReportResolver {
  @Authorized(...rolesFor('unitReports'))
  @Query(() => [Report], { description: "The acting user's unit's reports, newest first." })
  unitReports(@Ctx() ctx: GraphQLContext, @Arg('limit', () => Int, { defaultValue: 50 }) limit: number): Promise<Report[]> {
    if (!Number.isInteger(limit) || limit < 1 || limit > 200) throw InvalidInput('limit must be between 1 and 200.', 'limit');
    return ctx.db.getRepository(Report).find({
      where: { unitId: ctx.user!.unitId },
      order: { createdAt: 'DESC', id: 'ASC' },
      take: limit,
    });
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
