import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { actorOf, type GraphQLContext } from '../../core/auth/context';
import { rolesFor, subscriptionRolesFor } from '../../core/auth/role-matrix';
import { Topic, userTopic } from '../../core/graphql/pubsub';
import { sessionStillLive } from '../../core/graphql/subscriptions';
import { Escalation } from '../escalations/escalation.entity';
import { EscalationKind } from '../escalations/escalation-enums';
import { escalationLoaders } from '../escalations/escalation-loaders';
import { User } from '../users/user.entity';
import { AlertDelivery } from './alert-delivery.entity';
import { AlertEvent, toAlertEvent } from './alert-event.type';
import { Alert } from './alert.entity';
import { acknowledgeAlert, deliveriesOf, getAlert, listMyAlerts } from './alert.service';
import type { AlertEventPayload } from './jobs/deliver-alert.job';

@Resolver(() => Alert)
export class AlertResolver {
  @Authorized(...rolesFor('myAlerts'))
  @Query(() => [Alert], { description: 'Alerts sent to the logged-in user, newest first (by default only those nobody acknowledged yet).' })
  myAlerts(
    @Ctx() ctx: GraphQLContext,
    @Arg('unacknowledgedOnly', () => Boolean, { defaultValue: true }) unacknowledgedOnly: boolean,
    @Arg('limit', () => Int, { defaultValue: 50 }) limit: number,
  ): Promise<Alert[]> {
    return listMyAlerts(ctx.db, ctx.user!, { unacknowledgedOnly, limit });
  }

  @Authorized(...rolesFor('alert'))
  @Query(() => Alert, { description: 'One alert with its deliveries (the chief).' })
  alert(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<Alert> {
    return getAlert(ctx.db, id);
  }

  @Authorized(...rolesFor('acknowledgeAlert'))
  @Mutation(() => Alert, { description: "Acknowledges an alert: stops its repeats, records who and how fast, marks one's notices of it read." })
  acknowledgeAlert(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<Alert> {
    return acknowledgeAlert(ctx.db, { ...actorOf(ctx), user: ctx.user! }, id);
  }

  @Authorized(...subscriptionRolesFor('alertRaised'))
  @Subscription(() => AlertEvent, {
    description: 'Alerts as they are delivered to the subscriber (from any server copy or worker).',
    topics: ({ context }: { context: GraphQLContext }) => userTopic(Topic.ALERT, context.user!.id),
    // Every alert re-checks the session first: none reaches a socket whose session ended (logout) meanwhile.
    filter: ({ context }: { context: GraphQLContext }) => sessionStillLive(context),
  })
  alertRaised(@Root() payload: AlertEventPayload): AlertEvent {
    return toAlertEvent(payload);
  }

  @FieldResolver(() => EscalationKind)
  escalationKind(@Root() a: Alert): EscalationKind {
    return a.escalationKind as EscalationKind;
  }

  /** Recipients are officers in charge and chiefs, who may read every escalation. Batched: a list of alerts loads its escalations at once. */
  @FieldResolver(() => Escalation, { nullable: true })
  escalation(@Root() a: Alert, @Ctx() ctx: GraphQLContext): Promise<Escalation | null> {
    return escalationLoaders(ctx).escalation.load(a.escalationId);
  }

  @FieldResolver(() => User, { nullable: true })
  raisedBy(@Root() a: Alert, @Ctx() ctx: GraphQLContext): Promise<User | null> | null {
    return a.raisedById ? ctx.loaders.user.load(a.raisedById) : null;
  }

  @FieldResolver(() => User, { nullable: true })
  acknowledgedBy(@Root() a: Alert, @Ctx() ctx: GraphQLContext): Promise<User | null> | null {
    return a.acknowledgedById ? ctx.loaders.user.load(a.acknowledgedById) : null;
  }

  /** Every message sent for this alert, per step and channel (who got what, when, and what failed): the chief only. */
  @Authorized(...rolesFor('alert'))
  @FieldResolver(() => [AlertDelivery])
  deliveries(@Root() a: Alert, @Ctx() ctx: GraphQLContext): Promise<AlertDelivery[]> {
    return deliveriesOf(ctx.db, a.id);
  }
}
