import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import {
  CREATE_USER_MUTATION,
  DEACTIVATE_USER_MUTATION,
  REACTIVATE_USER_MUTATION,
  RESET_USER_PASSWORD_MUTATION,
  UNLOCK_USER_MUTATION,
  UPDATE_USER_MUTATION,
  USERS_QUERY,
  type CreateUserInput,
  type UpdateUserInput,
  type UserFilter,
} from '../graphql/users';

export const USERS_PAGE_SIZE = 50;

/**
 * The chief's user list for one filter, a page at a time: "show more" fetches the page after the
 * last one shown and the cache appends it (apollo/client.ts, appendedPages).
 */
export function useUsers(filter: UserFilter) {
  const result = useQuery(USERS_QUERY, {
    variables: { filter, first: USERS_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const connection = result.data?.users;
  const { fetchMore } = result;
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
    users: connection?.nodes ?? [],
    hasMore: connection?.pageInfo.hasNextPage ?? false,
    loadMore,
    loadingMore,
    loading: result.loading && !connection,
    error: result.error,
  };
}

/**
 * The chief's changes to users. A new user changes who is in the (sorted, filtered) list, so
 * the list is read again; other changes come back as the user and update the rows in the cache.
 */
export function useUserChanges() {
  const [create] = useMutation(CREATE_USER_MUTATION, { refetchQueries: ['Users'], awaitRefetchQueries: true });
  const [update] = useMutation(UPDATE_USER_MUTATION, { refetchQueries: ['Users'] });
  const [deactivate] = useMutation(DEACTIVATE_USER_MUTATION);
  const [reactivate] = useMutation(REACTIVATE_USER_MUTATION);
  const [resetPassword] = useMutation(RESET_USER_PASSWORD_MUTATION);
  const [unlock] = useMutation(UNLOCK_USER_MUTATION);
  return {
    createUser: useCallback(async (input: CreateUserInput) => (await create({ variables: { input } })).data?.createUser, [create]),
    updateUser: useCallback(async (id: string, input: UpdateUserInput) => (await update({ variables: { id, input } })).data?.updateUser, [update]),
    deactivateUser: useCallback(async (id: string, reason: string) => (await deactivate({ variables: { id, reason } })).data?.deactivateUser, [deactivate]),
    reactivateUser: useCallback(async (id: string) => (await reactivate({ variables: { id } })).data?.reactivateUser, [reactivate]),
    resetUserPassword: useCallback(
      async (id: string, newPassword: string) => (await resetPassword({ variables: { id, newPassword } })).data?.resetUserPassword,
      [resetPassword],
    ),
    unlockUser: useCallback(async (id: string) => (await unlock({ variables: { id } })).data?.unlockUser, [unlock]),
  };
}
