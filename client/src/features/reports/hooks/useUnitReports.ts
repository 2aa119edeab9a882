import { usePagedList } from '../../cases/hooks/usePagedList';
import { UNIT_REPORTS_QUERY } from '../graphql/reports';

/** Officers watch their unit's reports move through the lifecycle. */
export function useUnitReports() {
  return usePagedList(UNIT_REPORTS_QUERY, 'unitReports', { live: true });
}
