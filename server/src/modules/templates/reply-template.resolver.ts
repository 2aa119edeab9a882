import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { actorOf, type GraphQLContext } from '../../core/auth/context';
import { rolesFor } from '../../core/auth/role-matrix';
import { NotFound } from '../../core/errors/errors';
import { User } from '../users/user.entity';
import { CreateReplyTemplateArgs, PreviewReplyArgs, ReplyPreview, ReplyTemplateHistoryArgs, UpdateReplyTemplateArgs } from './inputs';
import { ReplyTemplate } from './reply-template.entity';
import {
  createReplyTemplate,
  deactivateReplyTemplate,
  listReplyTemplates,
  previewReply,
  replyTemplateHistory,
  updateReplyTemplate,
} from './reply-template.service';
import { templateLintOptions } from './template-settings';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function templateId(id: string): string {
  if (!UUID.test(id)) throw NotFound('The reply template');
  return id;
}

@Resolver(() => ReplyTemplate)
export class ReplyTemplateResolver {
  @Authorized(...rolesFor('replyTemplates'))
  @Query(() => [ReplyTemplate], { description: 'Reply templates: the active version of each, or every version.' })
  replyTemplates(
    @Ctx() ctx: GraphQLContext,
    @Arg('includeInactive', () => Boolean, { defaultValue: false }) includeInactive: boolean,
  ): Promise<ReplyTemplate[]> {
    return listReplyTemplates(ctx.db.manager, includeInactive);
  }

  @Authorized(...rolesFor('replyTemplateHistory'))
  @Query(() => [ReplyTemplate], { description: 'Every version of one template, newest first.' })
  replyTemplateHistory(@Ctx() ctx: GraphQLContext, @Args(() => ReplyTemplateHistoryArgs) args: ReplyTemplateHistoryArgs): Promise<ReplyTemplate[]> {
    return replyTemplateHistory(ctx.db.manager, args.audience, args.category ?? null);
  }

  @Authorized(...rolesFor('previewReply'))
  @Query(() => ReplyPreview, { description: 'The reply a case with these choices would get, measured as X counts it.' })
  previewReply(@Ctx() ctx: GraphQLContext, @Args(() => PreviewReplyArgs) args: PreviewReplyArgs): Promise<ReplyPreview> {
    return previewReply(ctx.db.manager, args.audience, args.categories, args.caseNumber);
  }

  @Authorized(...rolesFor('createReplyTemplate'))
  @Mutation(() => ReplyTemplate, { description: 'Add a text for an audience (and category) that has no active template.' })
  createReplyTemplate(@Ctx() ctx: GraphQLContext, @Args(() => CreateReplyTemplateArgs) args: CreateReplyTemplateArgs): Promise<ReplyTemplate> {
    return createReplyTemplate(
      ctx.db,
      actorOf(ctx),
      { audience: args.audience, category: args.category ?? null, body: args.body, note: args.note },
      templateLintOptions(ctx.config),
    );
  }

  @Authorized(...rolesFor('updateReplyTemplate'))
  @Mutation(() => ReplyTemplate, { description: 'Save a new version of a template; the edited version is kept, inactive.' })
  updateReplyTemplate(@Ctx() ctx: GraphQLContext, @Args(() => UpdateReplyTemplateArgs) args: UpdateReplyTemplateArgs): Promise<ReplyTemplate> {
    return updateReplyTemplate(
      ctx.db,
      actorOf(ctx),
      { id: templateId(args.id), body: args.body, note: args.note, expectedVersion: args.expectedVersion },
      templateLintOptions(ctx.config),
    );
  }

  @Authorized(...rolesFor('deactivateReplyTemplate'))
  @Mutation(() => ReplyTemplate, { description: 'Retire a category-specific template (its cases then use the audience default).' })
  deactivateReplyTemplate(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<ReplyTemplate> {
    return deactivateReplyTemplate(ctx.db, actorOf(ctx), templateId(id));
  }

  @FieldResolver(() => User, { nullable: true, description: 'Null for the texts seeded at installation.' })
  createdBy(@Root() t: ReplyTemplate, @Ctx() ctx: GraphQLContext): Promise<User | null> | null {
    return t.createdById ? ctx.loaders.user.load(t.createdById) : null;
  }
}
