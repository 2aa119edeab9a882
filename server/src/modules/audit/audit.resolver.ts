import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { actorOf, type GraphQLContext } from '../../core/auth/context';
import { rolesFor } from '../../core/auth/role-matrix';
import { PageArgs } from '../../core/graphql/pagination';
import { User } from '../users/user.entity';
import { AuditEvent } from './audit-event.entity';
import { readAuditLog } from './audit.service';
import { AuditEventConnection, AuditEventFilter } from './inputs';

/** The chief's audit log viewer (DESIGN §1, §7). */
@Resolver(() => AuditEvent)
export class AuditResolver {
  @Authorized(...rolesFor('auditEvents'))
  @Query(() => AuditEventConnection, { description: 'The audit log, newest first. Each read is itself recorded (audit.READ).' })
  auditEvents(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => AuditEventFilter, { nullable: true }) filter: AuditEventFilter | null,
    @Args(() => PageArgs) page: PageArgs,
  ) {
    return readAuditLog(ctx.db, actorOf(ctx), filter ?? {}, page.first, page.after);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Null for actions of the system (the worker).' })
  actor(@Root() e: AuditEvent, @Ctx() ctx: GraphQLContext): Promise<User | null> | null {
    return e.actorId ? ctx.loaders.user.load(e.actorId) : null;
  }
}
