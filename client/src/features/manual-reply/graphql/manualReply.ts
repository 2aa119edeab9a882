import { graphql } from '../../../graphql/generated';

export const PENDING_REPLIES_QUERY = graphql(`
  query PendingReplies($first: Int, $after: String) {
    pendingReplies(first: $first, after: $after) {
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

/** The exact text and the X web-intent link; the weighted length from the same template preview the checklist shows. */
export const MANUAL_REPLY_QUERY = graphql(`
  query ManualReply($caseId: ID!, $audience: Audience!, $categories: [Category!]!, $caseNumber: Int!) {
    manualReply(caseId: $caseId) {
      caseId
      text
      intentUrl
      postUrl
    }
    previewReply(audience: $audience, categories: $categories, caseNumber: $caseNumber) {
      text
      weightedLength
    }
  }
`);

export const SWITCH_TO_MANUAL_REPLY_MUTATION = graphql(`
  mutation SwitchToManualReply($caseId: ID!, $expectedVersion: Int!) {
    switchToManualReply(caseId: $caseId, expectedVersion: $expectedVersion) {
      id
      status
      version
      replyChannel
    }
  }
`);

export const RECORD_MANUAL_REPLY_MUTATION = graphql(`
  mutation RecordManualReply($caseId: ID!, $expectedVersion: Int!, $replyUrl: String!) {
    recordManualReply(caseId: $caseId, expectedVersion: $expectedVersion, replyUrl: $replyUrl) {
      id
      status
      version
      manualReplyUrl
    }
  }
`);
