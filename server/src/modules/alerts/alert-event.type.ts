import { Field, ID, Int, ObjectType } from 'type-graphql';
import { EscalationKind } from '../escalations/escalation-enums';
import { AlertReasonEnum } from './alert-enums';
import type { AlertEventPayload } from './jobs/deliver-alert.job';

/** A live alert, as pushed to one recipient (subscription alertRaised). */
@ObjectType({ description: 'An alert just delivered to the subscriber (one event per ladder step).' })
export class AlertEvent {
  @Field(() => ID)
  alertId: string;

  @Field(() => ID)
  escalationId: string;

  @Field(() => EscalationKind)
  escalationKind: EscalationKind;

  @Field(() => AlertReasonEnum)
  reason: AlertReasonEnum;

  @Field(() => Boolean)
  urgent: boolean;

  @Field(() => Int, { description: '0 = first notice; 1, 2, … = repeats of an unacknowledged urgent alert.' })
  step: number;

  @Field(() => ID, { description: 'The notification row of this delivery (markNotificationsRead).' })
  notificationId: string;

  @Field(() => Date)
  raisedAt: Date;

  @Field(() => Date)
  deliveredAt: Date;
}

export function toAlertEvent(p: AlertEventPayload): AlertEvent {
  return Object.assign(new AlertEvent(), {
    ...p,
    escalationKind: p.escalationKind as EscalationKind,
    reason: p.reason as AlertReasonEnum,
    raisedAt: new Date(p.raisedAt),
    deliveredAt: new Date(p.deliveredAt),
  });
}
