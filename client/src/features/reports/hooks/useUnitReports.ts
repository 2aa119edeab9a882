import { useQuery } from '@apollo/client/react';
import { UNIT_REPORTS_QUERY } from '../graphql/reports';

/** Officers watch their reports move through the lifecycle; a slow poll is enough for that. */
export const UNIT_REPORTS_POLL_MS = 10_000;

export function useUnitReports() {
  return useQuery(UNIT_REPORTS_QUERY, {
    pollInterval: UNIT_REPORTS_POLL_MS,
    fetchPolicy: 'cache-and-network',
  });
}
