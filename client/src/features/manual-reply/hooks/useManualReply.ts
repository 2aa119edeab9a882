import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { usePagedList } from '../../cases/hooks/usePagedList';
import type { ListCase } from '../../cases/graphql/caseFields';
import { MANUAL_REPLY_QUERY, PENDING_REPLIES_QUERY, RECORD_MANUAL_REPLY_MUTATION, SWITCH_TO_MANUAL_REPLY_MUTATION } from '../graphql/manualReply';

export function usePendingReplies() {
  return usePagedList(PENDING_REPLIES_QUERY, 'pendingReplies', { live: true });
}

export function useManualReply(c: ListCase) {
  const ready = c.replyChannel === 'MANUAL' && c.audience !== null;
  const result = useQuery(
    MANUAL_REPLY_QUERY,
    ready ? { variables: { caseId: c.id, audience: c.audience!, categories: c.categories, caseNumber: c.number }, fetchPolicy: 'network-only' } : skipToken,
  );
  const manual = result.data?.manualReply ?? null;
  const preview = result.data?.previewReply;
  return {
    manual,
    // The weighted length belongs to the text only when the template still gives that exact text.
    weightedLength: manual && preview && preview.text === manual.text ? preview.weightedLength : null,
    loading: result.loading,
    error: result.error,
  };
}

export function useManualReplyActions() {
  const [switchToManual] = useMutation(SWITCH_TO_MANUAL_REPLY_MUTATION);
  const [record] = useMutation(RECORD_MANUAL_REPLY_MUTATION);
  return { switchToManual, record };
}
