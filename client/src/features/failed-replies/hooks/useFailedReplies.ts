import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { usePagedList } from '../../cases/hooks/usePagedList';
import { CLOSE_FAILED_REPLY_MUTATION, FAILED_REPLIES_QUERY, RETRY_REPLY_MUTATION } from '../graphql/failedReplies';

export function useFailedReplies() {
  return usePagedList(FAILED_REPLIES_QUERY, 'failedReplies', { live: true });
}

interface CaseRef {
  caseId: string;
  expectedVersion: number;
}

export function useFailedReplyActions() {
  const [retry] = useMutation(RETRY_REPLY_MUTATION);
  const [close] = useMutation(CLOSE_FAILED_REPLY_MUTATION);
  return {
    /** Through the X API again (the manual path is a separate screen). */
    retryReply: useCallback((ref: CaseRef) => retry({ variables: { input: { ...ref, channel: 'API' } } }), [retry]),
    closeFailedReply: useCallback((ref: CaseRef, reason: string) => close({ variables: { ...ref, reason } }), [close]),
  };
}
