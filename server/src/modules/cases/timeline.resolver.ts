import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../core/auth/context';
import { User } from '../users/user.entity';
import { TimelineEntry } from './inputs';

@Resolver(() => TimelineEntry)
export class TimelineEntryResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Who acted; null for the system.' })
  actor(@Root() e: TimelineEntry, @Ctx() ctx: GraphQLContext) {
    return e.actorId ? ctx.loaders.user.load(e.actorId) : null;
  }
}
