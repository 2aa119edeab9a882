import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';

/** The session query is not a view of cases: refetching it could log the user out on a blip. */
const NOT_CASE_VIEWS = new Set(['Me']);

/** Refetches every query on screen (the work lists, their counts, an open case) except the session. */
export function useRefreshCaseViews() {
  const client = useApolloClient();
  return useCallback(async () => {
    try {
      await client.refetchQueries({
        include: 'active',
        onQueryUpdated: (observable) => !NOT_CASE_VIEWS.has(observable.queryName ?? ''),
      });
    } catch {
      // Each view shows its own error; the next poll tries again.
    }
  }, [client]);
}
