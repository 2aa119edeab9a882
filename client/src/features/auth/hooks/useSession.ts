import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { errorCodeOf, hasErrorCode } from '../../../apollo/errors';
import { onSessionExpired } from '../../../apollo/sessionEvents';
import type { LoginStep } from '../../../graphql/enums';
import { CHANGE_PASSWORD_MUTATION, LOGOUT_MUTATION, ME_QUERY, SIGN_IN_MUTATION, type CurrentUser } from '../graphql/session';

/** A login step still to do before the session is a full one. */
export type PendingLoginStep = Exclude<LoginStep, 'DONE'>;

export type SessionState =
  | { status: 'loading' }
  /** `ended`: the session ended while the user was working (expired, ended elsewhere, deactivated). */
  | { status: 'anonymous'; ended: boolean }
  | { status: 'error'; error: unknown }
  | { status: 'pendingStep'; step: PendingLoginStep }
  | { status: 'authenticated'; user: CurrentUser };

export interface Session {
  state: SessionState;
  /** Resolves when the password was accepted (the session may still wait for a step); rejects with the Apollo error otherwise. */
  login: (username: string, password: string) => Promise<void>;
  /** Rejects with the Apollo error (e.g. wrong current password, new one refused). */
  changePassword: (currentPassword: string, newPassword: string) => Promise<void>;
  /** Rejects with the Apollo error when the server could not end the session. */
  logout: () => Promise<void>;
  retry: () => void;
  /** After a login step passed elsewhere on the page (a second-factor code): start the new session. */
  completeStep: () => Promise<void>;
}

/** While a session waits for a step, every operation (`me` too) answers the step's code. */
const STEP_BY_ERROR_CODE: Record<string, PendingLoginStep> = {
  PASSWORD_CHANGE_REQUIRED: 'PASSWORD_CHANGE_REQUIRED',
  MFA_REQUIRED: 'MFA_CODE_REQUIRED',
  MFA_ENROLMENT_REQUIRED: 'MFA_ENROLMENT_REQUIRED',
};

/**
 * The session as the app sees it: who is logged in, according to `me`. Any operation that
 * comes back UNAUTHENTICATED (an expired or ended session) re-asks `me`, which then shows the
 * login page, saying that the session ended.
 */
export function useSession(): Session {
  const client = useApolloClient();
  const me = useQuery(ME_QUERY, { fetchPolicy: 'network-only', notifyOnNetworkStatusChange: true });
  const [signInMutation] = useMutation(SIGN_IN_MUTATION);
  const [changePasswordMutation] = useMutation(CHANGE_PASSWORD_MUTATION);
  const [logoutMutation] = useMutation(LOGOUT_MUTATION);
  // Set right after logout so the dashboards unmount at once instead of polling a dead session.
  const [signedOut, setSignedOut] = useState(false);
  // Set when the server ended a session the user was working in (not by their own logout).
  const [ended, setEnded] = useState(false);
  const authenticated = useRef(false);
  const { refetch } = me;

  const refetchMe = useCallback(async () => {
    try {
      await refetch();
    } catch {
      // The outcome (user or error) is rendered from the query result; nothing else to do here.
    }
  }, [refetch]);

  useEffect(
    () =>
      onSessionExpired(() => {
        if (authenticated.current) setEnded(true);
        void refetchMe();
      }),
    [refetchMe],
  );

  /** A new session (or a session that passed a step): nothing cached for the previous one may leak into it. */
  const startOver = useCallback(async () => {
    await client.clearStore();
    await refetchMe();
    setSignedOut(false);
    setEnded(false);
  }, [client, refetchMe]);

  const login = useCallback(
    async (username: string, password: string) => {
      // The answer names the next step; `me` then says the same (its error code), which is what the
      // page renders from, so a reload in the middle of a login lands on the same step.
      await signInMutation({ variables: { username, password } });
      await startOver();
    },
    [signInMutation, startOver],
  );

  const changePassword = useCallback(
    async (currentPassword: string, newPassword: string) => {
      await changePasswordMutation({ variables: { currentPassword, newPassword } });
      await startOver();
    },
    [changePasswordMutation, startOver],
  );

  const logout = useCallback(async () => {
    try {
      await logoutMutation();
    } catch (error) {
      // An already-expired session is as good as a successful logout.
      if (!hasErrorCode(error, 'UNAUTHENTICATED')) throw error;
    }
    setSignedOut(true);
    setEnded(false);
    await client.clearStore();
    await refetchMe();
  }, [client, logoutMutation, refetchMe]);

  let state: SessionState;
  if (signedOut) state = { status: 'anonymous', ended: false };
  else if (me.error) {
    const code = errorCodeOf(me.error);
    const step = code ? STEP_BY_ERROR_CODE[code] : undefined;
    if (step) state = { status: 'pendingStep', step };
    else if (code === 'UNAUTHENTICATED') state = { status: 'anonymous', ended };
    else state = { status: 'error', error: me.error };
  } else if (me.data?.me) state = { status: 'authenticated', user: me.data.me };
  else state = me.loading ? { status: 'loading' } : { status: 'anonymous', ended };

  const isAuthenticated = state.status === 'authenticated';
  useEffect(() => {
    authenticated.current = isAuthenticated;
  }, [isAuthenticated]);

  return { state, login, changePassword, logout, retry: () => void refetchMe(), completeStep: startOver };
}
