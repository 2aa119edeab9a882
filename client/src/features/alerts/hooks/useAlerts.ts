import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import type { UiError } from '../../../apollo/useErrorMessage';
import { ACKNOWLEDGE_ALERT_MUTATION, MY_ALERTS_QUERY } from '../graphql/alerts';

/** Also checked at this interval, in case the live connection is down. */
export const ALERTS_POLL_MS = 30_000;

/** The logged-in user's unacknowledged alerts (shared by the banner and the bell through the cache). */
export function useMyAlerts() {
  const { data, loading, error } = useQuery(MY_ALERTS_QUERY, { variables: { limit: 50 }, pollInterval: ALERTS_POLL_MS });
  return { alerts: data?.myAlerts ?? [], loading, error, loaded: Boolean(data) };
}

export function useAcknowledgeAlert() {
  const [mutate] = useMutation(ACKNOWLEDGE_ALERT_MUTATION, { refetchQueries: ['MyAlerts'], awaitRefetchQueries: true });
  const [busyId, setBusyId] = useState<string | null>(null);
  const [error, setError] = useState<{ alertId: string; error: UiError } | null>(null);
  const acknowledge = useCallback(
    async (id: string) => {
      setBusyId(id);
      setError(null);
      try {
        await mutate({ variables: { id } });
      } catch (caught) {
        setError({ alertId: id, error: { error: caught } });
      } finally {
        setBusyId(null);
      }
    },
    [mutate],
  );
  return { acknowledge, busyId, error };
}
