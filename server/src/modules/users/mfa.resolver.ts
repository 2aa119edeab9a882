import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../core/auth/context';
import { loginStepOf } from '../../core/auth/login-steps';
import { rolesFor } from '../../core/auth/role-matrix';
import { MfaEnrolment, MfaEnrolmentConfirmation } from './account-security.types';
import { confirmMfaEnrolment, disableMfa, regenerateRecoveryCodes, startMfaEnrolment } from './mfa.service';
import { setSessionCookie } from './session-cookie';

/** One's own second factor. Required for MFA_REQUIRED_ROLES (enrolled during the first login), optional for the others. */
@Resolver()
export class MfaResolver {
  @Authorized(...rolesFor('startMfaEnrolment'))
  @Mutation(() => MfaEnrolment, { description: 'Starts setting up an authenticator app: a new secret, shown once.' })
  startMfaEnrolment(@Ctx() ctx: GraphQLContext): Promise<MfaEnrolment> {
    return startMfaEnrolment(ctx);
  }

  @Authorized(...rolesFor('confirmMfaEnrolment'))
  @Mutation(() => MfaEnrolmentConfirmation, { description: 'Confirms the set-up with a code from the app; returns the recovery codes (shown once).' })
  async confirmMfaEnrolment(@Ctx() ctx: GraphQLContext, @Arg('code', () => String) code: string): Promise<MfaEnrolmentConfirmation> {
    const done = await confirmMfaEnrolment(ctx, code);
    if (done.token) setSessionCookie(ctx, done.token, done.step);
    return { recoveryCodes: done.recoveryCodes, step: loginStepOf(done.step), user: done.step ? null : done.user };
  }

  @Authorized(...rolesFor('regenerateRecoveryCodes'))
  @Mutation(() => [String], { description: 'New recovery codes (the old ones stop working); needs a current code from the app.' })
  regenerateRecoveryCodes(@Ctx() ctx: GraphQLContext, @Arg('code', () => String) code: string): Promise<string[]> {
    return regenerateRecoveryCodes(ctx, code);
  }

  @Authorized(...rolesFor('disableMfa'))
  @Mutation(() => Boolean, { description: 'Switches your second factor off (not for roles that require one); needs your password.' })
  disableMfa(@Ctx() ctx: GraphQLContext, @Arg('password', () => String) password: string): Promise<boolean> {
    return disableMfa(ctx, password);
  }
}
