import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { CREATE_UNIT_MUTATION, UNITS_QUERY, UPDATE_UNIT_MUTATION, type CreateUnitVariables, type UpdateUnitVariables } from '../graphql/units';

/** Units change rarely: read once per screen, refetched after the chief's changes. */
export function useUnits() {
  return useQuery(UNITS_QUERY, { fetchPolicy: 'cache-and-network' });
}

/** Each rejects with the Apollo error (INVALID_INPUT / CONFLICT naming the field). */
export function useUnitChanges() {
  const [create] = useMutation(CREATE_UNIT_MUTATION, { refetchQueries: ['Units'], awaitRefetchQueries: true });
  const [update] = useMutation(UPDATE_UNIT_MUTATION);
  return {
    createUnit: useCallback(async (variables: CreateUnitVariables) => (await create({ variables })).data?.createUnit, [create]),
    updateUnit: useCallback(async (variables: UpdateUnitVariables) => (await update({ variables })).data?.updateUnit, [update]),
  };
}
