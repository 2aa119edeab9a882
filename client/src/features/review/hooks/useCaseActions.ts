import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import {
  RECENT_WARNINGS_QUERY,
  REVIEW_QUEUE_QUERY,
  TAKE_CASE_MUTATION,
  WARN_CASE_MUTATION,
  type QueueCase,
  type WarnCaseInput,
} from '../graphql/review';

// After any case action the lists are refetched: membership of the queue depends on the status.
const REFRESH_LISTS = [{ query: REVIEW_QUEUE_QUERY }, { query: RECENT_WARNINGS_QUERY }];

export function useTakeCase() {
  const [mutate, { loading }] = useMutation(TAKE_CASE_MUTATION, { refetchQueries: REFRESH_LISTS });
  const takeCase = useCallback(
    async (reviewCase: Pick<QueueCase, 'id' | 'version'>) => {
      await mutate({ variables: { caseId: reviewCase.id, expectedVersion: reviewCase.version } });
    },
    [mutate],
  );
  return { takeCase, taking: loading };
}

export function useWarnCase() {
  const [mutate, { loading }] = useMutation(WARN_CASE_MUTATION, { refetchQueries: REFRESH_LISTS });
  const warnCase = useCallback(
    async (input: WarnCaseInput) => {
      await mutate({ variables: { input } });
    },
    [mutate],
  );
  return { warnCase, warning: loading };
}

/** On a conflict or a stale status the lists are refreshed so the user sees what changed. */
export function useRefreshReviewLists() {
  const client = useApolloClient();
  return useCallback(async () => {
    try {
      await client.refetchQueries({ include: [REVIEW_QUEUE_QUERY, RECENT_WARNINGS_QUERY] });
    } catch {
      // The lists show their own errors; the next poll tries again.
    }
  }, [client]);
}
