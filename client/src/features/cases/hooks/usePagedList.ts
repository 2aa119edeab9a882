import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { Connection, PageVariables } from '../../../graphql/enums';
import { LIST_POLL_MS, LIVE_LIST_POLL_MS } from '../../../lib/polling';
import { useWorkQueueLive } from '../../live-queue/hooks/useWorkQueueLive';

/** First page size of every list; "show more" adds as many, up to the server's maximum. */
export const LIST_PAGE_SIZE = 50;
export const LIST_MAX_SIZE = 200;

/**
 * A cursor-paginated list, polled; `live` lists (case work lists of staff) also refetch as soon as
 * the server announces a case change, and then poll only as a fallback. "Show more" asks for a longer first page rather than
 * appending pages with `after`: the polled list then stays one consistent snapshot, and the
 * work lists are short (a few cases a day), so 200 rows is plenty.
 */
export function usePagedList<TField extends string, TNode>(
  query: TypedDocumentNode<Record<TField, Connection<TNode>>, PageVariables>,
  field: TField,
  { live }: { live: boolean },
) {
  useWorkQueueLive(query, !live);
  const [first, setFirst] = useState(LIST_PAGE_SIZE);
  const result = useQuery(query, {
    variables: { first },
    pollInterval: live ? LIVE_LIST_POLL_MS : LIST_POLL_MS,
    fetchPolicy: 'cache-and-network',
  });
  const connection = result.data?.[field] as Connection<TNode> | undefined;
  const hasMore = connection?.pageInfo.hasNextPage ?? false;
  return {
    nodes: connection?.nodes ?? [],
    hasMore,
    canLoadMore: hasMore && first < LIST_MAX_SIZE,
    loadMore: () => setFirst((n) => Math.min(n + LIST_PAGE_SIZE, LIST_MAX_SIZE)),
    loading: result.loading && !connection,
    error: result.error,
  };
}

export type PagedList<TNode> = ReturnType<typeof usePagedList<string, TNode>>;
