import { useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import type { AuditEventFilter } from '../../../graphql/enums';
import { AUDIT_EVENTS_QUERY } from '../graphql/audit';

export const AUDIT_PAGE_SIZE = 50;

/**
 * The audit log for one filter, newest first, a page at a time. Never polled: every read is
 * itself written to the log, so the log is read only when the chief asks.
 */
export function useAuditEvents(filter: AuditEventFilter) {
  const result = useQuery(AUDIT_EVENTS_QUERY, {
    variables: { filter, first: AUDIT_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const connection = result.data?.auditEvents;
  const { fetchMore, refetch } = result;
  const endCursor = connection?.pageInfo.endCursor ?? null;

  const loadMore = useCallback(async () => {
    if (!endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: endCursor } });
    } finally {
      setLoadingMore(false);
    }
  }, [endCursor, fetchMore]);

  return {
    events: connection?.nodes ?? [],
    hasMore: connection?.pageInfo.hasNextPage ?? false,
    loadMore,
    loadingMore,
    refetch,
    loading: result.loading && !loadingMore,
    error: result.error,
  };
}
