import { skipToken, useQuery } from '@apollo/client/react';
import { STATISTICS_DASHBOARD_QUERY } from '../graphql/statistics';

export interface Period {
  from: string;
  to: string;
}

export function useStatisticsDashboard(period: Period | null) {
  const result = useQuery(
    STATISTICS_DASHBOARD_QUERY,
    period
      ? {
          variables: {
            byMonth: { ...period, groupBy: ['MONTH'] },
            byCategory: { ...period, groupBy: ['CATEGORY'], emptyGroups: 'ZERO_FILLED' },
          },
          fetchPolicy: 'cache-and-network',
        }
      : skipToken,
  );
  return { data: result.data, loading: result.loading && !result.data, error: result.error, refetch: result.refetch };
}

/** The export endpoints (server/src/modules/statistics/export): same cookie, same roles as GraphQL. */
export function statisticsExportUrl(period: Period, format: 'xlsx' | 'csv'): string {
  const query = new URLSearchParams({ from: period.from, to: period.to });
  for (const groupBy of ['MONTH', 'CATEGORY', 'UNIT', 'SOURCE', 'OUTCOME']) query.append('groupBy', groupBy);
  return `/export/statistics.${format}?${query.toString()}`;
}
