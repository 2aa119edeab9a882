import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../core/auth/context';
import { rolesFor } from '../../core/auth/role-matrix';
import { Case } from '../cases/case.entity';
import { User } from '../users/user.entity';
import { Notification } from './notification.entity';
import { listMyNotifications, markNotificationsRead } from './notification.service';

@Resolver(() => Notification)
export class NotificationResolver {
  @Authorized(...rolesFor('myNotifications'))
  @Query(() => [Notification], { description: "The logged-in user's notifications, newest first." })
  myNotifications(
    @Ctx() ctx: GraphQLContext,
    @Arg('unreadOnly', () => Boolean, { defaultValue: false }) unreadOnly: boolean,
    @Arg('limit', () => Int, { defaultValue: 50 }) limit: number,
  ): Promise<Notification[]> {
    return listMyNotifications(ctx.db, ctx.user!, { unreadOnly, limit });
  }

  @Authorized(...rolesFor('markNotificationsRead'))
  @Mutation(() => [Notification], { description: "Marks some of one's own notifications read; returns them." })
  markNotificationsRead(@Ctx() ctx: GraphQLContext, @Arg('ids', () => [ID]) ids: string[]): Promise<Notification[]> {
    return markNotificationsRead(ctx.db, ctx.user!, ids);
  }

  @FieldResolver(() => Boolean)
  read(@Root() n: Notification): boolean {
    return n.readAt !== null;
  }

  /** Recipients are officers in charge and the chief, who may read every case. */
  @FieldResolver(() => Case, { nullable: true })
  case(@Root() n: Notification, @Ctx() ctx: GraphQLContext): Promise<Case | null> | null {
    return n.caseId ? ctx.loaders.case.load(n.caseId) : null;
  }

  /** For account notices (only chiefs receive them). */
  @FieldResolver(() => User, { nullable: true })
  subjectUser(@Root() n: Notification, @Ctx() ctx: GraphQLContext): Promise<User | null> | null {
    return n.subjectUserId ? ctx.loaders.user.load(n.subjectUserId) : null;
  }
}
