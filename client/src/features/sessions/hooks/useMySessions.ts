import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { END_OTHER_SESSIONS_MUTATION, END_SESSION_MUTATION, MY_SESSIONS_QUERY } from '../graphql/sessions';

/** Where am I logged in? Read fresh each time it is shown: other devices come and go. */
export function useMySessions() {
  const query = useQuery(MY_SESSIONS_QUERY, { fetchPolicy: 'network-only', notifyOnNetworkStatusChange: true });
  const [endOne] = useMutation(END_SESSION_MUTATION, { refetchQueries: ['MySessions'], awaitRefetchQueries: true });
  const [endOthers] = useMutation(END_OTHER_SESSIONS_MUTATION, { refetchQueries: ['MySessions'], awaitRefetchQueries: true });
  return {
    sessions: query.data?.mySessions ?? [],
    loading: query.loading && !query.data,
    error: query.error,
    refetch: query.refetch,
    endSession: useCallback(async (id: string) => void (await endOne({ variables: { id } })), [endOne]),
    endOtherSessions: useCallback(async () => (await endOthers()).data?.endOtherSessions ?? 0, [endOthers]),
  };
}
