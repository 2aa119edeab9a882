import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { hasErrorCode } from './errors';
import { notifySessionExpired } from './sessionEvents';

/** Operations whose UNAUTHENTICATED answer is expected and handled where they are used. */
const SESSION_OPERATIONS = new Set(['Me', 'Login', 'Logout']);

const httpLink = new HttpLink({
  uri: '/graphql',
  // The session is an httpOnly SameSite=Strict cookie on this origin.
  credentials: 'same-origin',
  // The server runs Apollo's CSRF prevention, which requires a non-simple header on every request.
  headers: { 'apollo-require-preflight': 'true' },
});

const sessionLink = new ErrorLink(({ error, operation }) => {
  if (hasErrorCode(error, 'UNAUTHENTICATED') && !SESSION_OPERATIONS.has(operation.operationName ?? '')) {
    notifySessionExpired();
  }
});

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([sessionLink, httpLink]),
    cache: new InMemoryCache(),
  });
}
