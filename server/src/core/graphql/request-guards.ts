import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import type { GraphQLContext } from '../auth/context';

/**
 * Checks every operation once it is parsed and validated, before any resolver runs:
 *
 * 1. Text that cannot be stored or is not Unicode: NUL (PostgreSQL's text type refuses it, which
 *    would surface as a server error deep in some service) and unpaired UTF-16 surrogates (not
 *    characters; they become U+FFFD on the way to the database, silently changing the text).
 *    Anywhere in the variables or in the document's string literals → INVALID_INPUT.
 * 2. Rate limits on mutations, per user and per client IP, counted per mutation field (aliases
 *    included) → RATE_LIMITED with the seconds to wait. Login attempts have their own, stricter
 *    limits in the login service.
 */
// eslint-disable-next-line no-control-regex
const BAD_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function containsBadText(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return BAD_TEXT.test(value);
  if (depth > 50 || value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((v) => containsBadText(v, depth + 1));
  return Object.entries(value).some(([k, v]) => BAD_TEXT.test(k) || containsBadText(v, depth + 1));
}

/**
 * Apollo hands the same parsed DocumentNode for the same query text (its document store), so the
 * document's literals are scanned once per document, not per request. Variables are checked every time.
 */
const DOCUMENT_CHECKED = new WeakMap<DocumentNode, boolean>();

function documentHasBadText(document: DocumentNode): boolean {
  let found = DOCUMENT_CHECKED.get(document);
  if (found === undefined) DOCUMENT_CHECKED.set(document, (found = scanDocument(document)));
  return found;
}

function scanDocument(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.STRING]: (node) => {
      if (BAD_TEXT.test(node.value)) found = true;
    },
  });
  return found;
}

const badText = () =>
  new GraphQLError('Some text in the request contains characters that cannot be stored (NUL or broken Unicode). Remove them and try again.', {
    extensions: { code: 'INVALID_INPUT', http: { status: 400 } },
  });

export function requestGuardsPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, contextValue }) {
          if (containsBadText(request.variables) || documentHasBadText(document)) throw badText();
          if (operation?.operation === 'mutation') {
            const fields = operation.selectionSet.selections.length;
            await contextValue.rateLimits.consume(
              [
                ['mutation-user', contextValue.user?.id],
                ['mutation-ip', contextValue.ip],
              ],
              fields,
              'together',
            );
          }
        },
      };
    },
  };
}
