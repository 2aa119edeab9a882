import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { actorOf, type GraphQLContext } from '../../core/auth/context';
import { rolesFor } from '../../core/auth/role-matrix';
import { SESSION_COOKIE } from '../../core/auth/session-store';
import { UserSession } from './inputs';
import { endMyOtherSessions, endMySession, listMySessions } from './my-sessions.service';

/** Where am I logged in? Every operation here acts on the caller's own sessions only. */
@Resolver(() => UserSession)
export class MySessionsResolver {
  @Authorized(...rolesFor('mySessions'))
  @Query(() => [UserSession], { description: 'Your live sessions, most recently used first.' })
  mySessions(@Ctx() ctx: GraphQLContext): Promise<UserSession[]> {
    return listMySessions(ctx.db, actorOf(ctx), ctx.sessionTokenHash, ctx.config.SESSION_IDLE_MINUTES);
  }

  @Authorized(...rolesFor('endSession'))
  @Mutation(() => Boolean, { description: 'Ends one of your sessions (ending the current one logs you out).' })
  async endSession(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    const { wasCurrent } = await endMySession(ctx.db, actorOf(ctx), ctx.sessionTokenHash, id);
    if (wasCurrent) ctx.res.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  @Authorized(...rolesFor('endOtherSessions'))
  @Mutation(() => Int, { description: 'Ends all your sessions except this one; returns how many were ended.' })
  endOtherSessions(@Ctx() ctx: GraphQLContext): Promise<number> {
    return endMyOtherSessions(ctx.db, actorOf(ctx), ctx.sessionTokenHash);
  }
}
