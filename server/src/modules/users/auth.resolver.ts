import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../core/auth/context';
import { rolesFor } from '../../core/auth/role-matrix';
import { SESSION_COOKIE } from '../../core/auth/session-store';
import { Unit } from '../units/unit.entity';
import { login, logout } from './auth.service';
import { User } from './user.entity';

@Resolver(() => User)
export class AuthResolver {
  /** The only operation reachable without a session. */
  @Mutation(() => User)
  async login(
    @Ctx() ctx: GraphQLContext,
    @Arg('username', () => String) username: string,
    @Arg('password', () => String) password: string,
  ): Promise<User> {
    const { user, token } = await login(ctx, username, password);
    ctx.res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: ctx.config.cookieSecure,
      path: '/',
      maxAge: ctx.config.SESSION_ABSOLUTE_HOURS * 3600_000,
    });
    return user;
  }

  @Authorized(...rolesFor('logout'))
  @Mutation(() => Boolean)
  async logout(@Ctx() ctx: GraphQLContext): Promise<boolean> {
    await logout(ctx);
    ctx.res.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  @Authorized(...rolesFor('me'))
  @Query(() => User, { description: 'The logged-in user.' })
  me(@Ctx() ctx: GraphQLContext): User {
    return ctx.user!;
  }

  @FieldResolver(() => Unit)
  async unit(@Root() u: User, @Ctx() ctx: GraphQLContext): Promise<Unit> {
    return u.unit ?? (await ctx.loaders.unit.load(u.unitId))!;
  }
}
