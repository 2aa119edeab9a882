import { useQuery } from '@apollo/client/react';
import { RECENT_WARNINGS_QUERY, REVIEW_QUEUE_QUERY } from '../graphql/review';

/** Warnings go out "promptly" (速やかに): the queue and the posted state show up within seconds. */
export const REVIEW_POLL_MS = 3_000;

export function useReviewQueue() {
  return useQuery(REVIEW_QUEUE_QUERY, { pollInterval: REVIEW_POLL_MS, fetchPolicy: 'cache-and-network' });
}

export function useRecentWarnings() {
  return useQuery(RECENT_WARNINGS_QUERY, { pollInterval: REVIEW_POLL_MS, fetchPolicy: 'cache-and-network' });
}
