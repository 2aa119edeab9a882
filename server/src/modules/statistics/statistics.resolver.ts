import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../core/auth/context';
import { rolesFor } from '../../core/auth/role-matrix';
import { requestedMeasures } from './requested-measures';
import { normalizeStatisticsQuery, scopedUnitOf, scopeStatisticsQuery } from './statistics-query';
import { InvalidInput } from '../../core/errors/errors';
import { FIGURE_MEASURE, StatisticsFigure } from './statistics-enums';
import { computeStatistics, computeStatisticsTable, durationsOf } from './statistics.service';
import { DurationSummary, StatisticsInput, StatisticsResult, StatisticsRow, StatisticsTable } from './statistics.types';

@Resolver(() => StatisticsResult)
export class StatisticsResolver {
  @Authorized(...rolesFor('statistics'))
  @Query(() => StatisticsResult, {
    description: "Counts over a period (Japan time), grouped and filtered. Officers get their own unit's figures.",
  })
  statistics(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => StatisticsInput) input: StatisticsInput,
    @Info() info: GraphQLResolveInfo,
  ): Promise<StatisticsResult> {
    const query = scopeStatisticsQuery(ctx.user!, normalizeStatisticsQuery(input));
    return computeStatistics(ctx.db, query, { scopedToUnitId: scopedUnitOf(ctx.user!), measures: requestedMeasures(info) });
  }

  @Authorized(...rolesFor('statisticsTable'))
  @Query(() => StatisticsTable, {
    description: 'The same counts as `statistics`, as columns of keys and figures (for tables and charts of many groups).',
  })
  async statisticsTable(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => StatisticsInput) input: StatisticsInput,
    @Arg('figures', () => [StatisticsFigure], { description: 'The figures to count, in the order of `values`.' }) figures: StatisticsFigure[],
  ): Promise<StatisticsTable> {
    if (figures.length === 0) throw InvalidInput('Ask for at least one figure.', 'figures');
    if (new Set(figures).size !== figures.length) throw InvalidInput('Ask for each figure once.', 'figures');
    const query = scopeStatisticsQuery(ctx.user!, normalizeStatisticsQuery(input));
    const measures = figures.map((f) => FIGURE_MEASURE[f]);
    const table = await computeStatisticsTable(ctx.db, query, measures, { scopedToUnitId: scopedUnitOf(ctx.user!) });
    return { ...table, figures, columns: { keys: table.keys, values: table.values } };
  }
}

@Resolver(() => StatisticsRow)
export class StatisticsRowResolver {
  @FieldResolver(() => DurationSummary, { description: 'From the first report to the posted reply (cases with a reply).' })
  async timeToReply(@Root() row: StatisticsRow): Promise<DurationSummary> {
    return (await durationsOf(row)).timeToReply;
  }

  @FieldResolver(() => DurationSummary, {
    description: 'From taking the case to the decision (warned, not applicable, or the chief’s approval/decline).',
  })
  async timeToDecision(@Root() row: StatisticsRow): Promise<DurationSummary> {
    return (await durationsOf(row)).timeToDecision;
  }
}
