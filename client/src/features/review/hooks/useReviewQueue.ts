import { useQuery } from '@apollo/client/react';
import { LIVE_LIST_POLL_MS } from '../../../lib/polling';
import { useWorkQueueLive } from '../../live-queue/hooks/useWorkQueueLive';
import { usePagedList } from '../../cases/hooks/usePagedList';
import { RECENT_WARNINGS_QUERY, REVIEW_QUEUE_QUERY } from '../graphql/review';

/** Warnings go out "promptly" (速やかに): new cases and posted replies show up within seconds. */
export function useReviewQueue() {
  return usePagedList(REVIEW_QUEUE_QUERY, 'reviewQueue', { live: true });
}

export function useRecentWarnings() {
  useWorkQueueLive(RECENT_WARNINGS_QUERY);
  return useQuery(RECENT_WARNINGS_QUERY, { pollInterval: LIVE_LIST_POLL_MS, fetchPolicy: 'cache-and-network' });
}
