import { graphql } from '../../../graphql/generated';

export const AWAITING_APPROVAL_QUERY = graphql(`
  query AwaitingApproval($first: Int, $after: String) {
    awaitingApproval(first: $first, after: $after) {
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

export const APPROVE_WARNING_MUTATION = graphql(`
  mutation ApproveWarning($caseId: ID!, $expectedVersion: Int!, $comment: String) {
    approveWarning(caseId: $caseId, expectedVersion: $expectedVersion, comment: $comment) {
      ...ListCaseFields
    }
  }
`);

export const DECLINE_WARNING_MUTATION = graphql(`
  mutation DeclineWarning($caseId: ID!, $expectedVersion: Int!, $reason: String!) {
    declineWarning(caseId: $caseId, expectedVersion: $expectedVersion, reason: $reason) {
      ...ListCaseFields
    }
  }
`);

export const RETURN_FOR_SCREENING_MUTATION = graphql(`
  mutation ReturnForScreening($caseId: ID!, $expectedVersion: Int!, $comment: String!) {
    returnForScreening(caseId: $caseId, expectedVersion: $expectedVersion, comment: $comment) {
      ...ListCaseFields
    }
  }
`);
