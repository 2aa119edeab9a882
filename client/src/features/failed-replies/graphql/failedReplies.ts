import { graphql } from '../../../graphql/generated';

export const FAILED_REPLIES_QUERY = graphql(`
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
`);

export const RETRY_REPLY_MUTATION = graphql(`
  mutation RetryReply($input: RetryReplyInput!) {
    retryReply(input: $input) {
      ...ListCaseFields
    }
  }
`);

export const CLOSE_FAILED_REPLY_MUTATION = graphql(`
  mutation CloseFailedReply($caseId: ID!, $expectedVersion: Int!, $reason: String!) {
    closeFailedReply(caseId: $caseId, expectedVersion: $expectedVersion, reason: $reason) {
      ...ListCaseFields
    }
  }
`);
