import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import {
  CREATE_REPLY_TEMPLATE_MUTATION,
  DEACTIVATE_REPLY_TEMPLATE_MUTATION,
  PREVIEW_REPLY_QUERY,
  REPLY_TEMPLATE_HISTORY_QUERY,
  REPLY_TEMPLATES_QUERY,
  UPDATE_REPLY_TEMPLATE_MUTATION,
  type CreateReplyTemplateVariables,
  type PreviewReplyQueryVariables,
  type TemplateKey,
  type UpdateReplyTemplateVariables,
} from '../graphql/templates';

/** Whatever shows a template's text or its effect must show the new version once one is saved. */
const AFTER_CHANGE = { refetchQueries: ['ReplyTemplates', 'ReplyTemplateHistory', 'PreviewReply'], awaitRefetchQueries: true };

export function useReplyTemplates() {
  return useQuery(REPLY_TEMPLATES_QUERY, { fetchPolicy: 'cache-and-network' });
}

export function useReplyTemplateHistory(key: TemplateKey | null) {
  return useQuery(REPLY_TEMPLATE_HISTORY_QUERY, key ? { variables: key, fetchPolicy: 'network-only' } : skipToken);
}

/**
 * The server's preview of a reply: the text as it would be posted and X's weighted count. While
 * new choices load, the previous preview stays on screen (no flicker on every checkbox).
 */
export function useReplyPreview(variables: PreviewReplyQueryVariables | null) {
  const result = useQuery(PREVIEW_REPLY_QUERY, variables ? { variables, fetchPolicy: 'cache-and-network' } : skipToken);
  return {
    preview: variables ? (result.data ?? result.previousData)?.previewReply : undefined,
    loading: result.loading,
    error: result.error,
  };
}

/** The chief's changes to templates. Each rejects with the Apollo error (INVALID_INPUT with problems, CONFLICT). */
export function useTemplateChanges() {
  const [create] = useMutation(CREATE_REPLY_TEMPLATE_MUTATION, AFTER_CHANGE);
  const [update] = useMutation(UPDATE_REPLY_TEMPLATE_MUTATION, AFTER_CHANGE);
  const [deactivate] = useMutation(DEACTIVATE_REPLY_TEMPLATE_MUTATION, AFTER_CHANGE);
  return {
    createTemplate: useCallback(async (variables: CreateReplyTemplateVariables) => (await create({ variables })).data?.createReplyTemplate, [create]),
    updateTemplate: useCallback(async (variables: UpdateReplyTemplateVariables) => (await update({ variables })).data?.updateReplyTemplate, [update]),
    deactivateTemplate: useCallback(async (id: string) => (await deactivate({ variables: { id } })).data?.deactivateReplyTemplate, [deactivate]),
  };
}
