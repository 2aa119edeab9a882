import { registerEnumType } from 'type-graphql';
import { AppError } from '../errors/errors';
import type { Operation } from './role-matrix';

/**
 * A login is done in steps: the password, then (when enrolled) the second factor, then (when an
 * initial or reset password was used) a new password, then (when the role requires a second factor
 * and none is enrolled) the TOTP enrolment. A session that still waits for a step is "pending": it
 * may do that step and log out, and every other operation answers the step's error code, so a
 * client learns what to show from any request.
 */
export enum PendingStep {
  MFA_CODE = 'MFA_CODE',
  PASSWORD_CHANGE = 'PASSWORD_CHANGE',
  MFA_ENROLMENT = 'MFA_ENROLMENT',
}

/** What the client shows next after signIn / verifyMfa / changePassword / confirmMfaEnrolment. */
export enum LoginStep {
  /** Logged in: every operation of the role is open. */
  DONE = 'DONE',
  /** Enter the 6-digit code of the authenticator app, or a recovery code (verifyMfa). */
  MFA_CODE_REQUIRED = 'MFA_CODE_REQUIRED',
  /** The password was an initial or reset one: choose a new one (changePassword). */
  PASSWORD_CHANGE_REQUIRED = 'PASSWORD_CHANGE_REQUIRED',
  /** The role requires a second factor: set up an authenticator app (startMfaEnrolment, confirmMfaEnrolment). */
  MFA_ENROLMENT_REQUIRED = 'MFA_ENROLMENT_REQUIRED',
}
registerEnumType(LoginStep, { name: 'LoginStep', description: 'What the client shows next during a login.' });

export const loginStepOf = (pending: PendingStep | null): LoginStep =>
  pending === null
    ? LoginStep.DONE
    : { MFA_CODE: LoginStep.MFA_CODE_REQUIRED, PASSWORD_CHANGE: LoginStep.PASSWORD_CHANGE_REQUIRED, MFA_ENROLMENT: LoginStep.MFA_ENROLMENT_REQUIRED }[pending];

/** The only operations a pending session may call (besides the public login operations). */
export const PENDING_STEP_OPERATIONS: Record<PendingStep, readonly Operation[]> = {
  [PendingStep.MFA_CODE]: ['verifyMfa', 'logout'],
  [PendingStep.PASSWORD_CHANGE]: ['changePassword', 'logout'],
  [PendingStep.MFA_ENROLMENT]: ['startMfaEnrolment', 'confirmMfaEnrolment', 'logout'],
};

const STEP_ERRORS: Record<PendingStep, () => AppError> = {
  [PendingStep.MFA_CODE]: () =>
    new AppError('MFA_REQUIRED', 'Enter the code from your authenticator app (or a recovery code) to finish logging in.'),
  [PendingStep.PASSWORD_CHANGE]: () =>
    new AppError('PASSWORD_CHANGE_REQUIRED', 'Choose a new password before you continue: the one you used was an initial or reset password.'),
  [PendingStep.MFA_ENROLMENT]: () =>
    new AppError('MFA_ENROLMENT_REQUIRED', 'Your role requires a second factor: set up an authenticator app before you continue.'),
};

/** The error every other operation answers while the session waits for `step`. */
export const stepRequiredError = (step: PendingStep): AppError => STEP_ERRORS[step]();

export interface StepUser {
  role: string;
  mustChangePassword: boolean;
  totpEnabledAt: Date | null;
}

/**
 * The next step of a login for this user, given the steps already done in this login. Order: the
 * second factor first (proves who it is), then the new password, then the enrolment.
 */
export function nextLoginStep(user: StepUser, mfaRequiredRoles: readonly string[], done: { mfaCode: boolean }): PendingStep | null {
  if (user.totpEnabledAt && !done.mfaCode) return PendingStep.MFA_CODE;
  if (user.mustChangePassword) return PendingStep.PASSWORD_CHANGE;
  if (!user.totpEnabledAt && mfaRequiredRoles.includes(user.role)) return PendingStep.MFA_ENROLMENT;
  return null;
}
