import type { GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { Logger } from '../logging/logger';

const KNOWN_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'INVALID_INPUT',
  'INVALID_TRANSITION',
  'CONFLICT',
  'NOT_QUALIFIED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'ACCOUNT_LOCKED',
  'ACCOUNT_DISABLED',
  'PASSWORD_CHANGE_REQUIRED',
  'MFA_REQUIRED',
  'MFA_ENROLMENT_REQUIRED',
  'RATE_LIMITED',
]);

/** Every code a client can receive (the typed-error contract; server/test/security checks it). */
export const CLIENT_ERROR_CODES: ReadonlySet<string> = new Set([...KNOWN_CODES, 'INTERNAL_SERVER_ERROR', 'PAYLOAD_TOO_LARGE']);

/**
 * PostgreSQL errors caused by the submitted data rather than by the server (SQLSTATE classes 22,
 * data exception, and 23, integrity constraint violation) and conflicts between concurrent
 * transactions (40001 serialization failure, 40P01 deadlock): a typed error the user can act on,
 * never the database's message (it may quote the data).
 */
function databaseError(error: unknown): GraphQLFormattedError['extensions'] | null {
  const sqlState = (error as { originalError?: { driverError?: { code?: unknown }; code?: unknown } })?.originalError;
  const code = String(sqlState?.driverError?.code ?? sqlState?.code ?? '');
  if (!/^[0-9A-Z]{5}$/.test(code)) return null;
  if (code.startsWith('22')) return { code: 'INVALID_INPUT', message: 'Some input is not valid: check the values and try again.' };
  if (code === '23505') return { code: 'CONFLICT', message: 'This already exists. Reload and check.' };
  if (code.startsWith('23')) return { code: 'INVALID_INPUT', message: 'Some input refers to something that does not exist or is not allowed.' };
  if (code === '40001' || code === '40P01') return { code: 'CONFLICT', message: 'Someone else changed this at the same moment. Try again.' };
  return null;
}

/**
 * What the log keeps of an error: name, message, SQLSTATE and stack. Never a query's parameters or
 * the variables (TypeORM puts them on its errors): they hold passwords, hashes and case text.
 */
export function loggable(error: unknown): Record<string, unknown> {
  const original = ((error as { originalError?: unknown })?.originalError ?? error) as {
    name?: string;
    message?: string;
    stack?: string;
    driverError?: { code?: string };
    code?: string;
  };
  return {
    type: original?.name,
    message: original?.message,
    sqlState: original?.driverError?.code ?? original?.code,
    stack: original?.stack,
  };
}

/** graphql-js names its token limit in the message; the limit stays unnamed (GraphQL Armor's rule). */
const TOKEN_LIMIT = /Document contains more that? \d+ tokens/;

/**
 * Every error leaves the server with a stable code and no internals. Validation failures of
 * inputs become INVALID_INPUT; anything unexpected is logged and replaced by a generic message.
 */
export function createFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
    const original = (error as { originalError?: unknown })?.originalError;
    if (original instanceof ArgumentValidationError) {
      // Name the fields, never echo the submitted values (they may be long or personal).
      const fields = [...new Set(original.extensions.validationErrors.map((e) => e.property))];
      return {
        message: `Some input is not valid: check ${fields.join(', ')}.`,
        path: formatted.path,
        extensions: { code: 'INVALID_INPUT', fields },
      };
    }
    if (KNOWN_CODES.has(code)) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      const message = TOKEN_LIMIT.test(formatted.message) ? 'Syntax Error: Query validation error.' : formatted.message;
      return { message, path: formatted.path, locations: formatted.locations, extensions };
    }
    // graphql-js stops coercing variables after 50 problems with an error that has no code.
    if (/^Too many errors processing variables/.test(formatted.message)) {
      return { message: formatted.message, extensions: { code: 'BAD_USER_INPUT' } };
    }
    const fromDatabase = databaseError(error);
    if (fromDatabase) {
      logger.warn({ err: loggable(error), path: formatted.path }, 'GraphQL request refused by the database');
      return { message: String(fromDatabase.message), path: formatted.path, extensions: { code: fromDatabase.code } };
    }
    logger.error({ err: loggable(error), path: formatted.path }, 'unexpected GraphQL error');
    return {
      message: 'Something went wrong on the server. Try again; if it keeps happening, tell the system administrator.',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
