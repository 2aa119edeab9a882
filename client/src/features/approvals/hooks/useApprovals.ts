import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { usePagedList } from '../../cases/hooks/usePagedList';
import {
  APPROVE_WARNING_MUTATION,
  AWAITING_APPROVAL_QUERY,
  DECLINE_WARNING_MUTATION,
  RETURN_FOR_SCREENING_MUTATION,
} from '../graphql/approvals';

export function useAwaitingApproval() {
  return usePagedList(AWAITING_APPROVAL_QUERY, 'awaitingApproval', { live: true });
}

interface CaseRef {
  caseId: string;
  expectedVersion: number;
}

/** 承認 / 不承認 / 差戻し: the chief's three answers to a 伺い. */
export function useChiefDecisions() {
  const [approve] = useMutation(APPROVE_WARNING_MUTATION);
  const [decline] = useMutation(DECLINE_WARNING_MUTATION);
  const [giveBack] = useMutation(RETURN_FOR_SCREENING_MUTATION);
  return {
    approveWarning: useCallback((ref: CaseRef) => approve({ variables: ref }), [approve]),
    declineWarning: useCallback((ref: CaseRef, reason: string) => decline({ variables: { ...ref, reason } }), [decline]),
    returnForScreening: useCallback((ref: CaseRef, comment: string) => giveBack({ variables: { ...ref, comment } }), [giveBack]),
  };
}
