import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';

/**
 * Error codes the server puts in GraphQL `extensions.code` that the client translates: the
 * server's typed errors (server/src/core/errors/errors.ts), then those of Apollo Server itself.
 */
export const KNOWN_ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'INVALID_INPUT',
  'INVALID_TRANSITION',
  'CONFLICT',
  'NOT_QUALIFIED',
  'ACCOUNT_LOCKED',
  'ACCOUNT_DISABLED',
  'PASSWORD_CHANGE_REQUIRED',
  'MFA_REQUIRED',
  'MFA_ENROLMENT_REQUIRED',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
  'BAD_USER_INPUT',
  'PAYLOAD_TOO_LARGE',
] as const;
export type KnownErrorCode = (typeof KNOWN_ERROR_CODES)[number];

export function isKnownErrorCode(code: unknown): code is KnownErrorCode {
  return typeof code === 'string' && (KNOWN_ERROR_CODES as readonly string[]).includes(code);
}

/** One problem of a reply template body (INVALID_INPUT from the template lint). */
export interface ProblemDetail {
  code: string;
  /** The server's English explanation, kept for codes the client does not know yet. */
  message: string;
  /** The offending word, link, mention or placeholder, when there is one. */
  term?: string;
}

export interface ServerErrorInfo {
  code: string | undefined;
  message: string | undefined;
  /** NOT_QUALIFIED: each unmet criterion, in English (the server's words). */
  problems?: string[];
  /** Template lint: each problem with its code (translated by code) and the offending term. */
  problemDetails?: ProblemDetail[];
  /** The input the error is about (`extensions.field`, or the first of `extensions.fields`). */
  field?: string;
}

function problemsOf(extensions: Record<string, unknown> | undefined): string[] | undefined {
  const problems = extensions?.problems;
  return Array.isArray(problems) ? problems.filter((p): p is string => typeof p === 'string') : undefined;
}

function problemDetailsOf(extensions: Record<string, unknown> | undefined): ProblemDetail[] | undefined {
  const problems = extensions?.problems;
  if (!Array.isArray(problems)) return undefined;
  const details = problems.flatMap((p): ProblemDetail[] => {
    if (typeof p !== 'object' || p === null) return [];
    const { code, message, term } = p as Record<string, unknown>;
    if (typeof code !== 'string') return [];
    return [{ code, message: typeof message === 'string' ? message : '', term: typeof term === 'string' ? term : undefined }];
  });
  return details.length ? details : undefined;
}

function fieldOf(extensions: Record<string, unknown> | undefined): string | undefined {
  if (typeof extensions?.field === 'string') return extensions.field;
  const fields = extensions?.fields;
  return Array.isArray(fields) && typeof fields[0] === 'string' ? fields[0] : undefined;
}

function infoOf(message: unknown, extensions: Record<string, unknown> | undefined): ServerErrorInfo {
  return {
    code: typeof extensions?.code === 'string' ? extensions.code : undefined,
    message: typeof message === 'string' ? message : undefined,
    problems: problemsOf(extensions),
    problemDetails: problemDetailsOf(extensions),
    field: fieldOf(extensions),
  };
}

/** Reads `{ errors: [...] }` out of a non-2xx response body, when the server sent one. */
function parseErrorBody(bodyText: string): ServerErrorInfo | undefined {
  try {
    const body = JSON.parse(bodyText) as { errors?: Array<{ message?: unknown; extensions?: Record<string, unknown> }> };
    const first = body.errors?.[0];
    if (!first) return undefined;
    return infoOf(first.message, first.extensions);
  } catch {
    return undefined;
  }
}

/** The code and message of the first GraphQL error in `error`, wherever Apollo put it. */
export function serverErrorInfo(error: unknown): ServerErrorInfo | undefined {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    if (!first) return undefined;
    return infoOf(first.message, first.extensions);
  }
  if (ServerError.is(error)) return parseErrorBody(error.bodyText);
  return undefined;
}

export function errorCodeOf(error: unknown): string | undefined {
  return serverErrorInfo(error)?.code;
}

/** True for answers that mean "the case is not what you saw": reload before acting again. */
export function isStaleCaseError(error: unknown): boolean {
  const code = errorCodeOf(error);
  return code === 'CONFLICT' || code === 'INVALID_TRANSITION' || code === 'NOT_FOUND';
}

export function hasErrorCode(error: unknown, code: KnownErrorCode): boolean {
  return errorCodeOf(error) === code;
}

/** True when no GraphQL answer came back at all: offline, proxy down, HTML error page, etc. */
export function isNetworkError(error: unknown): boolean {
  if (serverErrorInfo(error)) return false;
  return ServerError.is(error) || ServerParseError.is(error) || error instanceof TypeError;
}
