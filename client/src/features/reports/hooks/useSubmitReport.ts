import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { SUBMIT_REPORT_MUTATION, type SubmitReportInput } from '../graphql/reports';

/** Submits a found post; the unit's list is refetched so the new report shows at once. */
export function useSubmitReport() {
  const [mutate, { loading }] = useMutation(SUBMIT_REPORT_MUTATION, {
    refetchQueries: ['UnitReports'],
  });
  const submitReport = useCallback(
    async (input: SubmitReportInput) => {
      const { data } = await mutate({ variables: { input } });
      if (!data) throw new Error('submitReport returned no data');
      return data.submitReport;
    },
    [mutate],
  );
  return { submitReport, submitting: loading };
}
