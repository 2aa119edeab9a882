import type { DocumentNode } from '@apollo/client';
import { useApolloClient, useSubscription } from '@apollo/client/react';
import { useCallback, useEffect, useRef } from 'react';
import { WORK_QUEUE_CHANGED_SUBSCRIPTION } from '../graphql/workQueue';

/** What to read again when a case changes: a refetch function, or the list queries (only those on screen are refetched). */
export type WorkQueueRefetch = (() => unknown) | DocumentNode | readonly DocumentNode[];

/**
 * Keeps a work list live: when the server announces committed case changes (workQueueChanged,
 * already coalesced per 250 ms), the list is read again. One refetch at a time; changes that
 * arrive meanwhile cause exactly one more. The lists' polling stays as the fallback while the
 * socket is down.
 */
export function useWorkQueueLive(refetch: WorkQueueRefetch, skip = false): void {
  const client = useApolloClient();
  const target = useRef(refetch);
  const busy = useRef(false);
  const again = useRef(false);
  useEffect(() => {
    target.current = refetch;
  }, [refetch]);

  const run = useCallback(() => {
    if (busy.current) {
      again.current = true;
      return;
    }
    busy.current = true;
    const t = target.current;
    const done =
      typeof t === 'function'
        ? Promise.resolve(t())
        : Promise.resolve(client.refetchQueries({ include: Array.isArray(t) ? [...t] : [t as DocumentNode] }));
    // A failed refetch shows in the list itself (its query's error); the next event or poll tries again.
    done.catch(() => undefined).finally(() => {
      busy.current = false;
      if (again.current) {
        again.current = false;
        run();
      }
    });
  }, [client]);

  useSubscription(WORK_QUEUE_CHANGED_SUBSCRIPTION, {
    skip,
    fetchPolicy: 'no-cache',
    onData: ({ data }) => {
      const event = data.data?.workQueueChanged;
      if (event && (event.resync || event.changes.length > 0 || event.omitted > 0)) run();
    },
  });
}
