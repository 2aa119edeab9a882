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
]);

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
