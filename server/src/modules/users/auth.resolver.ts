import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../core/auth/context';
import { loginStepOf, stepRequiredError } from '../../core/auth/login-steps';
import { rolesFor } from '../../core/auth/role-matrix';
import { Unit } from '../units/unit.entity';
import { SignInResult } from './account-security.types';
import { changePassword, logout, signIn, type LoginOutcome } from './auth.service';
import { verifyMfa } from './mfa.service';
import { Role } from './role';
import { clearSessionCookie, setSessionCookie } from './session-cookie';
import { User } from './user.entity';

/** Sets the new session's cookie and says what comes next; the user only once the login is complete. */
function answer(ctx: GraphQLContext, outcome: LoginOutcome): SignInResult {
  setSessionCookie(ctx, outcome.token, outcome.step);
  return { step: loginStepOf(outcome.step), user: outcome.step ? null : outcome.user };
}

@Resolver(() => User)
export class AuthResolver {
  /** Reachable without a session, like signIn. */
  @Mutation(() => User, {
    description:
      'Logs in with username and password and returns the user. When the login needs a further step, the session ' +
      'cookie for that step is set and the answer is that step’s error code (MFA_REQUIRED, PASSWORD_CHANGE_REQUIRED, ' +
      'MFA_ENROLMENT_REQUIRED). signIn answers the same as a LoginStep instead.',
  })
  async login(
    @Ctx() ctx: GraphQLContext,
    @Arg('username', () => String) username: string,
    @Arg('password', () => String) password: string,
  ): Promise<User> {
    const outcome = await signIn(ctx, username, password);
    setSessionCookie(ctx, outcome.token, outcome.step);
    if (outcome.step) throw stepRequiredError(outcome.step);
    return outcome.user;
  }

  /** Reachable without a session. */
  @Mutation(() => SignInResult, { description: 'Step 1 of a login: username and password. Says which step comes next, if any.' })
  async signIn(
    @Ctx() ctx: GraphQLContext,
    @Arg('username', () => String) username: string,
    @Arg('password', () => String) password: string,
  ): Promise<SignInResult> {
    return answer(ctx, await signIn(ctx, username, password));
  }

  @Authorized(...rolesFor('verifyMfa'))
  @Mutation(() => SignInResult, { description: 'Login step 2: the 6-digit code of the authenticator app, or a recovery code.' })
  async verifyMfa(@Ctx() ctx: GraphQLContext, @Arg('code', () => String) code: string): Promise<SignInResult> {
    return answer(ctx, await verifyMfa(ctx, code));
  }

  @Authorized(...rolesFor('changePassword'))
  @Mutation(() => SignInResult, {
    description: 'Changes your own password (required after an initial or reset one). Ends your other sessions.',
  })
  async changePassword(
    @Ctx() ctx: GraphQLContext,
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
  ): Promise<SignInResult> {
    return answer(ctx, await changePassword(ctx, currentPassword, newPassword));
  }

  @Authorized(...rolesFor('logout'))
  @Mutation(() => Boolean)
  async logout(@Ctx() ctx: GraphQLContext): Promise<boolean> {
    await logout(ctx);
    clearSessionCookie(ctx);
    return true;
  }

  @Authorized(...rolesFor('me'))
  @Query(() => User, { description: 'The logged-in user.' })
  me(@Ctx() ctx: GraphQLContext): User {
    return ctx.user!;
  }

  @FieldResolver(() => Unit)
  async unit(@Root() u: User, @Ctx() ctx: GraphQLContext): Promise<Unit> {
    return u.unit ?? (await ctx.loaders.unit.load(u.unitId))!;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'Whether the account has a second factor (TOTP). Only for the user themself and the chief; null for others.',
  })
  mfaEnabled(@Root() u: User, @Ctx() ctx: GraphQLContext): boolean | null {
    return mayReadAccountSecurity(ctx, u) ? u.totpEnabledAt != null : null;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'Whether the role of the account must use a second factor (MFA_REQUIRED_ROLES). Self and the chief only.',
  })
  mfaRequired(@Root() u: User, @Ctx() ctx: GraphQLContext): boolean | null {
    return mayReadAccountSecurity(ctx, u) ? ctx.config.mfaRequiredRoles.includes(u.role) : null;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'Whether the next login must choose a new password (an initial or reset one was given). Self and the chief only.',
  })
  mustChangePassword(@Root() u: User, @Ctx() ctx: GraphQLContext): boolean | null {
    return mayReadAccountSecurity(ctx, u) ? u.mustChangePassword : null;
  }
}

/** Per-record rule: account-security facts of a user are for that user and for the chief who manages users. */
function mayReadAccountSecurity(ctx: GraphQLContext, u: User): boolean {
  return !!ctx.user && (ctx.user.id === u.id || ctx.user.role === Role.CHIEF);
}
