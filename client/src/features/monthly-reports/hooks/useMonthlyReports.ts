import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import {
  BULLETINS_QUERY,
  DISCARD_MONTHLY_REPORT_DRAFT_MUTATION,
  FINALIZE_MONTHLY_REPORT_MUTATION,
  GENERATE_MONTHLY_REPORT_DRAFT_MUTATION,
  MONTHLY_REPORT_QUERY,
  MONTHLY_REPORTS_QUERY,
  PUBLISH_BULLETIN_MUTATION,
  REFRESH_MONTHLY_REPORT_FIGURES_MUTATION,
  UPDATE_MONTHLY_REPORT_DRAFT_MUTATION,
} from '../graphql/monthlyReports';

const REFETCH = ['MonthlyReports', 'Bulletins'];

export function useMonthlyReportList() {
  const result = useQuery(MONTHLY_REPORTS_QUERY, { variables: { first: 50 }, fetchPolicy: 'cache-and-network' });
  return { nodes: result.data?.monthlyReports.nodes ?? [], loading: result.loading && !result.data, error: result.error };
}

export function useMonthlyReport(id: string | null) {
  const result = useQuery(MONTHLY_REPORT_QUERY, id ? { variables: { id }, fetchPolicy: 'cache-and-network' } : skipToken);
  return { report: result.data?.monthlyReport ?? null, loading: result.loading && !result.data, error: result.error, refetch: result.refetch };
}

export function useMonthlyReportActions() {
  const options = { refetchQueries: REFETCH, awaitRefetchQueries: true };
  const [generate] = useMutation(GENERATE_MONTHLY_REPORT_DRAFT_MUTATION, options);
  const [update] = useMutation(UPDATE_MONTHLY_REPORT_DRAFT_MUTATION);
  const [refresh] = useMutation(REFRESH_MONTHLY_REPORT_FIGURES_MUTATION);
  const [discard] = useMutation(DISCARD_MONTHLY_REPORT_DRAFT_MUTATION, options);
  const [finalize] = useMutation(FINALIZE_MONTHLY_REPORT_MUTATION, options);
  const [publish] = useMutation(PUBLISH_BULLETIN_MUTATION, { refetchQueries: [...REFETCH, 'MonthlyReport'], awaitRefetchQueries: true });
  return { generate, update, refresh, discard, finalize, publish };
}

export function useBulletins() {
  const result = useQuery(BULLETINS_QUERY, { variables: { first: 24 }, fetchPolicy: 'cache-and-network' });
  return { nodes: result.data?.bulletins.nodes ?? [], loading: result.loading && !result.data, error: result.error };
}
