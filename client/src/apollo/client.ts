import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, type FieldPolicy } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { OperationTypeNode } from 'graphql';
import { EMPTY, Observable, type Subscription } from 'rxjs';
import { hasErrorCode } from './errors';
import { notifySessionExpired } from './sessionEvents';

/** Operations whose UNAUTHENTICATED answer is expected and handled where they are used. */
const SESSION_OPERATIONS = new Set(['Me', 'Login', 'SignIn', 'ChangePassword', 'Logout']);

const httpLink = new HttpLink({
  uri: '/graphql',
  // The session is an httpOnly SameSite=Strict cookie on this origin.
  credentials: 'same-origin',
  // The server runs Apollo's CSRF prevention, which requires a non-simple header on every request.
  headers: { 'apollo-require-preflight': 'true' },
});

/**
 * Subscriptions (live alerts) over graphql-ws at the same origin's /graphql; the handshake carries
 * the session cookie. Lazy: the socket opens with the first subscription and closes with the last,
 * so a new login opens a new socket with the new session. It reconnects after network drops.
 */
function webSocketUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}/graphql`;
}

/** graphql-ws loads with the first subscription (the division's live alerts), not with the first paint. */
class LazyWebSocketLink extends ApolloLink {
  private link: Promise<ApolloLink> | undefined;

  private load(): Promise<ApolloLink> {
    this.link ??= Promise.all([import('@apollo/client/link/subscriptions'), import('graphql-ws')]).then(
      ([{ GraphQLWsLink }, { createClient }]) =>
        new GraphQLWsLink(createClient({ url: webSocketUrl, lazy: true, retryAttempts: Infinity, shouldRetry: () => true })),
    );
    return this.link;
  }

  override request(operation: ApolloLink.Operation): Observable<ApolloLink.Result> {
    return new Observable<ApolloLink.Result>((observer) => {
      let inner: Subscription | undefined;
      let closed = false;
      this.load().then(
        (link) => {
          if (!closed) inner = link.request(operation, () => EMPTY).subscribe(observer);
        },
        (error: unknown) => observer.error(error),
      );
      return () => {
        closed = true;
        inner?.unsubscribe();
      };
    });
  }
}

const wsLink = new LazyWebSocketLink();

const sessionLink = new ErrorLink(({ error, operation }) => {
  if (hasErrorCode(error, 'UNAUTHENTICATED') && !SESSION_OPERATIONS.has(operation.operationName ?? '')) {
    notifySessionExpired();
  }
});

interface CachedConnection {
  nodes: unknown[];
  pageInfo: unknown;
}

/**
 * A list read page by page with `after` ("show more"): one cache entry per filter, to which each
 * next page is appended. A first page (no `after`: a new filter, a refetch after a change)
 * replaces what was there.
 */
function appendedPages(): FieldPolicy<CachedConnection> {
  return {
    keyArgs: ['filter'],
    merge(existing, incoming, { args }) {
      if (!existing || !args?.after) return incoming;
      return { ...incoming, nodes: [...existing.nodes, ...incoming.nodes] };
    },
  };
}

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([
      sessionLink,
      ApolloLink.split(
        ({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION,
        wsLink,
        httpLink,
      ),
    ]),
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            users: appendedPages(),
            auditEvents: appendedPages(),
          },
        },
      },
    }),
  });
}
