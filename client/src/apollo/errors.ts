import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';

/**
 * Error codes the server puts in GraphQL `extensions.code` that the client translates.
 * The first seven are the server's typed errors; the last two come from Apollo Server itself.
 */
export const KNOWN_ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'INVALID_INPUT',
  'INVALID_TRANSITION',
  'CONFLICT',
  'NOT_QUALIFIED',
  'INTERNAL_SERVER_ERROR',
  'BAD_USER_INPUT',
] as const;
export type KnownErrorCode = (typeof KNOWN_ERROR_CODES)[number];

export function isKnownErrorCode(code: unknown): code is KnownErrorCode {
  return typeof code === 'string' && (KNOWN_ERROR_CODES as readonly string[]).includes(code);
}

interface ServerErrorInfo {
  code: string | undefined;
  message: string | undefined;
  /** NOT_QUALIFIED: each unmet criterion, in English (the server's words). */
  problems?: string[];
}

function problemsOf(extensions: Record<string, unknown> | undefined): string[] | undefined {
  const problems = extensions?.problems;
  return Array.isArray(problems) ? problems.filter((p): p is string => typeof p === 'string') : undefined;
}

/** Reads `{ errors: [...] }` out of a non-2xx response body, when the server sent one. */
function parseErrorBody(bodyText: string): ServerErrorInfo | undefined {
  try {
    const body = JSON.parse(bodyText) as { errors?: Array<{ message?: unknown; extensions?: Record<string, unknown> }> };
    const first = body.errors?.[0];
    if (!first) return undefined;
    return {
      code: typeof first.extensions?.code === 'string' ? first.extensions.code : undefined,
      message: typeof first.message === 'string' ? first.message : undefined,
      problems: problemsOf(first.extensions),
    };
  } catch {
    return undefined;
  }
}

/** The code and message of the first GraphQL error in `error`, wherever Apollo put it. */
export function serverErrorInfo(error: unknown): ServerErrorInfo | undefined {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    if (!first) return undefined;
    const code = first.extensions?.code;
    return { code: typeof code === 'string' ? code : undefined, message: first.message, problems: problemsOf(first.extensions) };
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
