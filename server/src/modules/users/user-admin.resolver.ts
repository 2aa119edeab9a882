import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { actorOf, type GraphQLContext } from '../../core/auth/context';
import { rolesFor } from '../../core/auth/role-matrix';
import { PageArgs } from '../../core/graphql/pagination';
import { CreateUserInput, UpdateUserInput, UserConnection, UserFilter } from './inputs';
import {
  createUser,
  deactivateUser,
  findUser,
  listUsers,
  reactivateUser,
  resetUserMfa,
  resetUserPassword,
  unlockUser,
  updateUser,
} from './user-admin.service';
import { User } from './user.entity';

/** The chief's user administration (DESIGN §1: the chief manages users and units). */
@Resolver(() => User)
export class UserAdminResolver {
  @Authorized(...rolesFor('users'))
  @Query(() => UserConnection, { description: 'Users ordered by display name, then id.' })
  users(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => UserFilter, { nullable: true }) filter: UserFilter | null,
    @Args(() => PageArgs) page: PageArgs,
  ) {
    return listUsers(ctx.db, filter ?? {}, page.first, page.after);
  }

  @Authorized(...rolesFor('user'))
  @Query(() => User)
  user(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<User> {
    return findUser(ctx.db, id);
  }

  @Authorized(...rolesFor('createUser'))
  @Mutation(() => User, { description: 'A new account with an initial password, which the user must change at the first login.' })
  createUser(@Ctx() ctx: GraphQLContext, @Arg('input', () => CreateUserInput) input: CreateUserInput): Promise<User> {
    return createUser(ctx.db, actorOf(ctx), input);
  }

  @Authorized(...rolesFor('updateUser'))
  @Mutation(() => User)
  updateUser(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateUserInput) input: UpdateUserInput,
  ): Promise<User> {
    return updateUser(ctx.db, actorOf(ctx), id, input);
  }

  @Authorized(...rolesFor('deactivateUser'))
  @Mutation(() => User, { description: 'Blocks login and ends all of the user’s sessions at once.' })
  deactivateUser(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string): Promise<User> {
    return deactivateUser(ctx.db, actorOf(ctx), id, reason);
  }

  @Authorized(...rolesFor('reactivateUser'))
  @Mutation(() => User)
  reactivateUser(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<User> {
    return reactivateUser(ctx.db, actorOf(ctx), id);
  }

  @Authorized(...rolesFor('resetUserPassword'))
  @Mutation(() => User, { description: 'Sets a new password (to be changed at the next login) and ends all of the user’s sessions.' })
  resetUserPassword(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('newPassword', () => String) newPassword: string,
  ): Promise<User> {
    return resetUserPassword(ctx.db, actorOf(ctx), id, newPassword);
  }

  @Authorized(...rolesFor('unlockUser'))
  @Mutation(() => User, { description: 'Unlocks an account locked after too many failed logins.' })
  unlockUser(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<User> {
    return unlockUser(ctx.db, actorOf(ctx), id);
  }

  @Authorized(...rolesFor('resetUserMfa'))
  @Mutation(() => User, {
    description: 'Removes the user’s second factor (lost phone and recovery codes) and ends their sessions; they set up a new one at the next login.',
  })
  resetUserMfa(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<User> {
    return resetUserMfa(ctx.db, actorOf(ctx), id);
  }
}
