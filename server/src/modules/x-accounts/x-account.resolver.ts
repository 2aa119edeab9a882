import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../core/auth/context';
import { rolesFor } from '../../core/auth/role-matrix';
import { NotFound } from '../../core/errors/errors';
import { Case } from '../cases/case.entity';
import { assertUuid } from '../cases/case.resolver';
import { XAccount } from './x-account.entity';

@Resolver(() => XAccount)
export class XAccountResolver {
  @Authorized(...rolesFor('xAccount'))
  @Query(() => XAccount, { description: 'An X account with every case of its posts: repeat posters stand out.' })
  async xAccount(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<XAccount> {
    const found = await ctx.loaders.xAccount.load(assertUuid(id, 'The X account'));
    if (!found) throw NotFound('The X account');
    return found;
  }

  @FieldResolver(() => [Case], { description: 'Cases of posts by this account, newest first.' })
  cases(@Root() a: XAccount, @Ctx() ctx: GraphQLContext): Promise<Case[]> {
    return ctx.loaders.casesByXAccount.load(a.id);
  }

  @FieldResolver(() => Int)
  async caseCount(@Root() a: XAccount, @Ctx() ctx: GraphQLContext): Promise<number> {
    return (await ctx.loaders.casesByXAccount.load(a.id)).length;
  }
}
