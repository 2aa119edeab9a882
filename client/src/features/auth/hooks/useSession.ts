import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useState } from 'react';
import { hasErrorCode } from '../../../apollo/errors';
import { onSessionExpired } from '../../../apollo/sessionEvents';
import { LOGIN_MUTATION, LOGOUT_MUTATION, ME_QUERY, type CurrentUser } from '../graphql/session';

export type SessionState =
  | { status: 'loading' }
  | { status: 'anonymous' }
  | { status: 'error'; error: unknown }
  | { status: 'authenticated'; user: CurrentUser };

export interface Session {
  state: SessionState;
  /** Resolves when logged in; rejects with the Apollo error otherwise (e.g. wrong credentials). */
  login: (username: string, password: string) => Promise<void>;
  /** Rejects with the Apollo error when the server could not end the session. */
  logout: () => Promise<void>;
  retry: () => void;
}

/**
 * The session as the app sees it: who is logged in, according to `me`. Any operation that
 * comes back UNAUTHENTICATED (an expired session) re-asks `me`, which then shows the login page.
 */
export function useSession(): Session {
  const client = useApolloClient();
  const me = useQuery(ME_QUERY, { fetchPolicy: 'network-only', notifyOnNetworkStatusChange: true });
  const [loginMutation] = useMutation(LOGIN_MUTATION);
  const [logoutMutation] = useMutation(LOGOUT_MUTATION);
  // Set right after logout so the dashboards unmount at once instead of polling a dead session.
  const [signedOut, setSignedOut] = useState(false);
  const { refetch } = me;

  const refetchMe = useCallback(async () => {
    try {
      await refetch();
    } catch {
      // The outcome (user or error) is rendered from the query result; nothing else to do here.
    }
  }, [refetch]);

  useEffect(() => onSessionExpired(() => void refetchMe()), [refetchMe]);

  const login = useCallback(
    async (username: string, password: string) => {
      await loginMutation({ variables: { username, password } });
      // Nothing cached for a previous user may leak into this user's screens.
      await client.clearStore();
      await refetchMe();
      setSignedOut(false);
    },
    [client, loginMutation, refetchMe],
  );

  const logout = useCallback(async () => {
    try {
      await logoutMutation();
    } catch (error) {
      // An already-expired session is as good as a successful logout.
      if (!hasErrorCode(error, 'UNAUTHENTICATED')) throw error;
    }
    setSignedOut(true);
    await client.clearStore();
    await refetchMe();
  }, [client, logoutMutation, refetchMe]);

  let state: SessionState;
  if (signedOut) state = { status: 'anonymous' };
  else if (me.error) {
    state = hasErrorCode(me.error, 'UNAUTHENTICATED') ? { status: 'anonymous' } : { status: 'error', error: me.error };
  } else if (me.data?.me) state = { status: 'authenticated', user: me.data.me };
  else state = me.loading ? { status: 'loading' } : { status: 'anonymous' };

  return { state, login, logout, retry: () => void refetchMe() };
}
