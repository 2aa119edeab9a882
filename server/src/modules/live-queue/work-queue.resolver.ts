import { Authorized, Ctx, Resolver, Root, Subscription } from 'type-graphql';
import type { GraphQLContext } from '../../core/auth/context';
import { subscriptionRolesFor } from '../../core/auth/role-matrix';
import { toWorkQueueEvent, visibleChanges, WorkQueueEvent, type WorkQueuePayload } from './work-queue-event.type';
import { WORK_QUEUE_TOPIC } from './work-queue-listener';

@Resolver()
export class WorkQueueResolver {
  @Authorized(...subscriptionRolesFor('workQueueChanged'))
  @Subscription(() => WorkQueueEvent, {
    description:
      'Cases opened or changed status (after commit, from any server copy), so work lists refresh without reloading. ' +
      'Officers in charge and the chief hear every case; officers the cases their unit reported.',
    topics: WORK_QUEUE_TOPIC,
    filter: ({ payload, context }: { payload: WorkQueuePayload; context: GraphQLContext }) =>
      payload.resync || visibleChanges(payload.changes, context.user).length > 0,
  })
  workQueueChanged(@Root() payload: WorkQueuePayload, @Ctx() ctx: GraphQLContext): WorkQueueEvent {
    return toWorkQueueEvent(payload, ctx.user);
  }
}
