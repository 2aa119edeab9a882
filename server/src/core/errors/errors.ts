import { GraphQLError } from 'graphql';

/**
 * Typed errors with a stable `extensions.code`. The client translates by code; the message is
 * English and says what the user can do about it.
 */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'INVALID_INPUT'
  | 'INVALID_TRANSITION'
  | 'CONFLICT'
  | 'NOT_QUALIFIED'
  // accounts and sessions (core/auth, modules/users)
  | 'ACCOUNT_LOCKED'
  | 'ACCOUNT_DISABLED'
  | 'PASSWORD_CHANGE_REQUIRED'
  | 'MFA_REQUIRED'
  | 'MFA_ENROLMENT_REQUIRED'
  | 'RATE_LIMITED';

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const Unauthenticated = (message = 'Please log in.') => new AppError('UNAUTHENTICATED', message);
export const Forbidden = (message = 'Your role may not do this.') => new AppError('FORBIDDEN', message);
export const NotFound = (what: string) => new AppError('NOT_FOUND', `${what} was not found.`);
export const InvalidInput = (message: string, field?: string) =>
  new AppError('INVALID_INPUT', message, field ? { field } : {});
export const InvalidTransition = (message: string, extra: Record<string, unknown> = {}) =>
  new AppError('INVALID_TRANSITION', message, extra);
export const Conflict = (message: string, extra: Record<string, unknown> = {}) =>
  new AppError('CONFLICT', message, extra);
/** The post does not meet DESIGN §2's criteria, so no warning may be posted. */
export const NotQualified = (problems: { code: string; message: string }[]) =>
  new AppError('NOT_QUALIFIED', `This post does not qualify for a warning: ${problems.map((p) => p.message).join(' ')}`, {
    problems: problems.map((p) => p.message),
    problemCodes: problems.map((p) => p.code),
  });
