import type { GraphQLFormattedError } from 'graphql';
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
]);

/**
 * Every error leaves the server with a stable code and no internals. Validation failures of
 * inputs become INVALID_INPUT; anything unexpected is logged and replaced by a generic message.
 */
export function createFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
    const original = (error as { originalError?: { name?: string } })?.originalError;
    if (original?.name === 'ArgumentValidationError') {
      return {
        message: 'Some input is not valid: check the highlighted fields.',
        path: formatted.path,
        extensions: { code: 'INVALID_INPUT' },
      };
    }
    if (KNOWN_CODES.has(code)) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { message: formatted.message, path: formatted.path, locations: formatted.locations, extensions };
    }
    logger.error({ err: error, path: formatted.path }, 'unexpected GraphQL error');
    return {
      message: 'Something went wrong on the server. Try again; if it keeps happening, tell the system administrator.',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
