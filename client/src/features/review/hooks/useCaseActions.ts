import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import {
  MARK_NOT_APPLICABLE_MUTATION,
  RELEASE_CASE_MUTATION,
  REQUEST_APPROVAL_MUTATION,
  TAKE_CASE_MUTATION,
  WARN_CASE_MUTATION,
  type CaseRef,
  type MarkNotApplicableInput,
  type RequestApprovalInput,
  type ScreeningInput,
} from '../graphql/review';

/**
 * The screening transitions of one case. Each sends the version the officer saw: if the case
 * changed since, the server answers CONFLICT (see useCaseAction, which then reloads the lists).
 */
export function useScreeningActions() {
  const [take] = useMutation(TAKE_CASE_MUTATION);
  const [release] = useMutation(RELEASE_CASE_MUTATION);
  const [warn] = useMutation(WARN_CASE_MUTATION);
  const [askApproval] = useMutation(REQUEST_APPROVAL_MUTATION);
  const [markNa] = useMutation(MARK_NOT_APPLICABLE_MUTATION);

  return {
    takeCase: useCallback((ref: CaseRef) => take({ variables: ref }), [take]),
    releaseCase: useCallback((ref: CaseRef) => release({ variables: ref }), [release]),
    warnCase: useCallback((input: ScreeningInput) => warn({ variables: { input } }), [warn]),
    requestApproval: useCallback((input: RequestApprovalInput) => askApproval({ variables: { input } }), [askApproval]),
    markNotApplicable: useCallback((input: MarkNotApplicableInput) => markNa({ variables: { input } }), [markNa]),
  };
}
