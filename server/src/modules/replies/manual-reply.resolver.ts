import { Arg, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { actorOf, type GraphQLContext } from '../../core/auth/context';
import { rolesFor } from '../../core/auth/role-matrix';
import { NotFound } from '../../core/errors/errors';
import { xClientFor } from '../../core/x/x-client-from-config';
import { Case } from '../cases/case.entity';
import { manualReplyFor, recordManualReply, switchToManualReply } from './manual-reply.service';
import { replySettings } from './reply-settings';

@ObjectType({ description: 'A reply to post by hand from the official account (the manual path).' })
export class ManualReply {
  @Field(() => ID)
  caseId: string;

  @Field(() => String, { description: 'The exact text to post.' })
  text: string;

  @Field(() => String, { description: "X's web-intent link: opens the reply box for the case's post, prefilled with the text." })
  intentUrl: string;

  @Field(() => String, { description: 'The post being answered.' })
  postUrl: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const caseIdOf = (id: string) => {
  if (!UUID.test(id)) throw NotFound('The case');
  return id;
};

/** The manual reply path (DESIGN §3). Officers in charge and the chief read every case, so no per-record policy beyond the role. */
@Resolver()
export class ManualReplyResolver {
  @Authorized(...rolesFor('manualReply'))
  @Query(() => ManualReply, { nullable: true, description: 'Text and web-intent link of a reply waiting to be posted by hand; null unless the case is WARNING_QUEUED on the manual path.' })
  manualReply(@Ctx() ctx: GraphQLContext, @Arg('caseId', () => ID) caseId: string): Promise<ManualReply | null> {
    return manualReplyFor(ctx.db, replySettings(ctx.config), caseIdOf(caseId));
  }

  @Authorized(...rolesFor('switchToManualReply'))
  @Mutation(() => Case, { description: 'Post this queued reply by hand instead of through the X API.' })
  switchToManualReply(
    @Ctx() ctx: GraphQLContext,
    @Arg('caseId', () => ID) caseId: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
  ): Promise<Case> {
    return switchToManualReply(ctx.db, xClientFor(ctx.config), replySettings(ctx.config), actorOf(ctx), caseIdOf(caseId), expectedVersion);
  }

  @Authorized(...rolesFor('recordManualReply'))
  @Mutation(() => Case, { description: 'Record the reply posted by hand, by its URL; verified on X before the case changes.' })
  recordManualReply(
    @Ctx() ctx: GraphQLContext,
    @Arg('caseId', () => ID) caseId: string,
    @Arg('replyUrl', () => String) replyUrl: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
  ): Promise<Case> {
    return recordManualReply(ctx.db, xClientFor(ctx.config), replySettings(ctx.config), actorOf(ctx), caseIdOf(caseId), replyUrl, expectedVersion);
  }
}
