import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { actorOf, type GraphQLContext } from '../../core/auth/context';
import { rolesFor } from '../../core/auth/role-matrix';
import { Unit, UnitKind } from './unit.entity';
import { createUnit, listUnits, updateUnit } from './unit.service';

@Resolver(() => Unit)
export class UnitResolver {
  @Authorized(...rolesFor('units'))
  @Query(() => [Unit], { description: 'Every unit, the division first (for pickers).' })
  units(@Ctx() ctx: GraphQLContext): Promise<Unit[]> {
    return listUnits(ctx.db);
  }

  @Authorized(...rolesFor('createUnit'))
  @Mutation(() => Unit, { description: 'Adds a police station (or the division, once).' })
  createUnit(
    @Ctx() ctx: GraphQLContext,
    @Arg('code', () => String) code: string,
    @Arg('name', () => String) name: string,
    @Arg('kind', () => UnitKind) kind: UnitKind,
  ): Promise<Unit> {
    return createUnit(ctx.db, actorOf(ctx), { code, name, kind });
  }

  @Authorized(...rolesFor('updateUnit'))
  @Mutation(() => Unit, { description: 'Renames a unit. Give expectedVersion to refuse a stale edit.' })
  updateUnit(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('name', () => String) name: string,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number | null,
  ): Promise<Unit> {
    return updateUnit(ctx.db, actorOf(ctx), id, { name, expectedVersion });
  }
}
