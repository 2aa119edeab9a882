import { buildSchema, type PubSub } from 'type-graphql';
import { createPubSub } from '@graphql-yoga/subscription';
import type { GraphQLSchema } from 'graphql';
import { CaseResolver } from '../../modules/cases/case.resolver';
import { TimelineEntryResolver } from '../../modules/cases/timeline.resolver';
import { ReportResolver } from '../../modules/cases/report.resolver';
import { AuthResolver } from '../../modules/users/auth.resolver';
import { XAccountResolver } from '../../modules/x-accounts/x-account.resolver';
import { ReplyTemplateResolver } from '../../modules/templates/reply-template.resolver';
import { AuditResolver } from '../../modules/audit/audit.resolver';
import { UnitResolver } from '../../modules/units/unit.resolver';
import { MySessionsResolver } from '../../modules/users/my-sessions.resolver';
import { UserAdminResolver } from '../../modules/users/user-admin.resolver';
import { MfaResolver } from '../../modules/users/mfa.resolver';
import { ManualReplyResolver } from '../../modules/replies/manual-reply.resolver';
import { NotificationResolver } from '../../modules/notifications/notification.resolver';
import { StatisticsResolver, StatisticsRowResolver } from '../../modules/statistics/statistics.resolver';
import { BulletinResolver, MonthlyReportResolver } from '../../modules/monthly-reports/monthly-report.resolver';
import { authChecker } from '../auth/auth-checker';
import { AlertResolver } from '../../modules/alerts/alert.resolver';
import { WorkQueueResolver } from '../../modules/live-queue/work-queue.resolver';
import { escalationResolvers } from '../../modules/escalations/escalation.resolver';

export const resolvers = [AuthResolver, CaseResolver, TimelineEntryResolver, ReportResolver, XAccountResolver, ReplyTemplateResolver,
  UnitResolver, UserAdminResolver, MfaResolver, MySessionsResolver, AuditResolver, ManualReplyResolver, NotificationResolver,
  StatisticsResolver, StatisticsRowResolver, MonthlyReportResolver, BulletinResolver] as const;

/** `pubSub`: the Redis-backed one of the API (core/graphql/pubsub.ts); in-memory where only the schema's shape matters. */
export function buildAppSchema(pubSub: PubSub = createPubSub() as unknown as PubSub): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...resolvers, ...escalationResolvers, AlertResolver, WorkQueueResolver],
    pubSub,
    authChecker,
    // Unannotated operations are refused by the auth checker's UNAUTHENTICATED unless @Authorized is absent on
    // purpose (login). A test enumerates every operation against the declared role matrix.
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  });
}
