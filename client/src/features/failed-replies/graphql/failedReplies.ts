import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Connection, PageVariables, ReplyChannel } from '../../../graphql/schema';
import { LIST_CASE_FIELDS, type ListCase } from '../../cases/graphql/caseFields';

export interface FailedRepliesQuery {
  failedReplies: Connection<ListCase>;
}

export const FAILED_REPLIES_QUERY: TypedDocumentNode<FailedRepliesQuery, PageVariables> = gql`
  query FailedReplies($first: Int, $after: String) {
    failedReplies(first: $first, after: $after) {
      nodes {
        ...ListCaseFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  ${LIST_CASE_FIELDS}
`;

export interface RetryReplyInput {
  caseId: string;
  expectedVersion: number;
  channel: ReplyChannel;
}

export const RETRY_REPLY_MUTATION: TypedDocumentNode<{ retryReply: ListCase }, { input: RetryReplyInput }> = gql`
  mutation RetryReply($input: RetryReplyInput!) {
    retryReply(input: $input) {
      ...ListCaseFields
    }
  }
  ${LIST_CASE_FIELDS}
`;

export const CLOSE_FAILED_REPLY_MUTATION: TypedDocumentNode<
  { closeFailedReply: ListCase },
  { caseId: string; expectedVersion: number; reason: string }
> = gql`
  mutation CloseFailedReply($caseId: ID!, $expectedVersion: Int!, $reason: String!) {
    closeFailedReply(caseId: $caseId, expectedVersion: $expectedVersion, reason: $reason) {
      ...ListCaseFields
    }
  }
  ${LIST_CASE_FIELDS}
`;
