import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Connection, PageVariables } from '../../../graphql/schema';
import { LIST_CASE_FIELDS, type ListCase } from '../../cases/graphql/caseFields';

export interface AwaitingApprovalQuery {
  awaitingApproval: Connection<ListCase>;
}

export const AWAITING_APPROVAL_QUERY: TypedDocumentNode<AwaitingApprovalQuery, PageVariables> = gql`
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
  ${LIST_CASE_FIELDS}
`;

interface ChiefDecisionVariables {
  caseId: string;
  expectedVersion: number;
}

export const APPROVE_WARNING_MUTATION: TypedDocumentNode<
  { approveWarning: ListCase },
  ChiefDecisionVariables & { comment?: string | null }
> = gql`
  mutation ApproveWarning($caseId: ID!, $expectedVersion: Int!, $comment: String) {
    approveWarning(caseId: $caseId, expectedVersion: $expectedVersion, comment: $comment) {
      ...ListCaseFields
    }
  }
  ${LIST_CASE_FIELDS}
`;

export const DECLINE_WARNING_MUTATION: TypedDocumentNode<{ declineWarning: ListCase }, ChiefDecisionVariables & { reason: string }> = gql`
  mutation DeclineWarning($caseId: ID!, $expectedVersion: Int!, $reason: String!) {
    declineWarning(caseId: $caseId, expectedVersion: $expectedVersion, reason: $reason) {
      ...ListCaseFields
    }
  }
  ${LIST_CASE_FIELDS}
`;

export const RETURN_FOR_SCREENING_MUTATION: TypedDocumentNode<
  { returnForScreening: ListCase },
  ChiefDecisionVariables & { comment: string }
> = gql`
  mutation ReturnForScreening($caseId: ID!, $expectedVersion: Int!, $comment: String!) {
    returnForScreening(caseId: $caseId, expectedVersion: $expectedVersion, comment: $comment) {
      ...ListCaseFields
    }
  }
  ${LIST_CASE_FIELDS}
`;
