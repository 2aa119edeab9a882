import { useQuery } from '@apollo/client/react';
import { LIVE_LIST_POLL_MS } from '../../../lib/polling';
import { useWorkQueueLive } from '../../live-queue/hooks/useWorkQueueLive';
import { WORK_COUNTS_QUERY } from '../graphql/workCounts';

/** Counted up to this many per list; more shows as "200+". */
export const WORK_COUNT_LIMIT = 200;

export interface WorkCount {
  count: number;
  more: boolean;
}

export type WorkListName = 'reviewQueue' | 'awaitingApproval' | 'awaitingReportToChief' | 'reportsToAcknowledge' | 'failedReplies';

/** How many cases wait in each of the division's work lists (navigation badges), live. */
export function useWorkCounts(isChief: boolean): Partial<Record<WorkListName, WorkCount>> {
  useWorkQueueLive(WORK_COUNTS_QUERY);
  const { data } = useQuery(WORK_COUNTS_QUERY, {
    variables: { first: WORK_COUNT_LIMIT, isChief },
    pollInterval: LIVE_LIST_POLL_MS,
    fetchPolicy: 'cache-and-network',
  });
  if (!data) return {};
  const counts: Partial<Record<WorkListName, WorkCount>> = {};
  for (const name of ['reviewQueue', 'awaitingApproval', 'awaitingReportToChief', 'reportsToAcknowledge', 'failedReplies'] as const) {
    const list = data[name];
    if (list) counts[name] = { count: list.nodes.length, more: list.pageInfo.hasNextPage };
  }
  return counts;
}
