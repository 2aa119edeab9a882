import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { usePagedList } from '../../cases/hooks/usePagedList';
import {
  ACKNOWLEDGE_REPORT_MUTATION,
  AWAITING_REPORT_TO_CHIEF_QUERY,
  REPORT_TO_CHIEF_MUTATION,
  REPORTS_TO_ACKNOWLEDGE_QUERY,
} from '../graphql/warningReports';

export function useAwaitingReportToChief() {
  return usePagedList(AWAITING_REPORT_TO_CHIEF_QUERY, 'awaitingReportToChief', { live: true });
}

export function useReportsToAcknowledge() {
  return usePagedList(REPORTS_TO_ACKNOWLEDGE_QUERY, 'reportsToAcknowledge', { live: true });
}

interface CaseRef {
  caseId: string;
  expectedVersion: number;
}

/** 報告 (officer in charge) and 確認 (chief): the report that follows every posted warning. */
export function useWarningReportActions() {
  const [report] = useMutation(REPORT_TO_CHIEF_MUTATION);
  const [acknowledge] = useMutation(ACKNOWLEDGE_REPORT_MUTATION);
  return {
    reportToChief: useCallback((ref: CaseRef, note: string | null) => report({ variables: { ...ref, note } }), [report]),
    acknowledgeReport: useCallback((ref: CaseRef) => acknowledge({ variables: ref }), [acknowledge]),
  };
}
