import { useQuery } from '@apollo/client/react';
import { LIST_POLL_MS } from '../../../lib/polling';
import { usePagedList } from '../../cases/hooks/usePagedList';
import { useWorkQueueLive } from '../../live-queue/hooks/useWorkQueueLive';
import { RECENT_WARNINGS_QUERY, REVIEW_QUEUE_QUERY } from '../graphql/review';

/** Warnings go out "promptly" (速やかに): new cases and posted replies show up within seconds. */
export function useReviewQueue() {
  useWorkQueueLive(REVIEW_QUEUE_QUERY);
  return usePagedList(REVIEW_QUEUE_QUERY, 'reviewQueue');
}

export function useRecentWarnings() {
  return useQuery(RECENT_WARNINGS_QUERY, { pollInterval: LIST_POLL_MS, fetchPolicy: 'cache-and-network' });
}
