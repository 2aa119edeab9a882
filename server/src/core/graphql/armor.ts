import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ValidationRule } from 'graphql';

/**
 * Query limits (GraphQL Armor): a document deeper, costlier, with more aliases, directives or tokens
 * than these is refused before it runs; the token limit also bounds what validation itself may cost
 * (graphql-js's rules are superlinear in a document's size). The numbers leave room above the
 * client's largest operation (about 130 tokens, 4 levels, cost 220)
 * (server/test/security/graphql-limits.test.ts checks every operation of the client against them).
 * Limits are never named in the error ("Query validation error."; format-error.ts hides the parser's
 * token count), so a probe learns nothing.
 */
export const GRAPHQL_LIMITS = {
  maxDepth: 10,
  maxCost: 2000,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 1000,
} as const;

const hidden = { exposeLimits: false, errorMessage: 'Query validation error.' } as const;

export function graphqlArmor(opts: { production: boolean }): {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  parseOptions: { maxTokens: number };
} {
  const armor = new ApolloArmor({
    // Introspection (off in production) is deep by nature; development tools need it whole.
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, ignoreIntrospection: true, ...hidden },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost, ignoreIntrospection: true, ...hidden },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases, ...hidden },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives, ...hidden },
    // Armor's token limit throws from a plugin hook, which Apollo answers with a 500; graphql-js's
    // own parser limit (parseOptions below) fails the same documents as a plain parse error (400).
    maxTokens: { enabled: false },
    // "Did you mean …?" maps the schema for whoever probes it: off in production, with introspection.
    blockFieldSuggestion: { enabled: opts.production },
  });
  const { plugins, validationRules } = armor.protect();
  return { plugins, validationRules, parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens } };
}
