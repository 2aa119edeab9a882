import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Audience, Category } from '../../../graphql/schema';
import type { CaseFields } from '../../cases/graphql/caseFields';

export type QueueCase = Pick<
  CaseFields,
  '__typename' | 'id' | 'postId' | 'postUrl' | 'status' | 'version' | 'firstReportedAt' | 'reportCount' | 'claimedBy'
>;

export type WarnedCase = Pick<
  CaseFields,
  | '__typename'
  | 'id'
  | 'postId'
  | 'postUrl'
  | 'status'
  | 'version'
  | 'firstReportedAt'
  | 'categories'
  | 'audience'
  | 'replyPostId'
  | 'replyPostedAt'
>;

const QUEUE_CASE_FIELDS = gql`
  fragment QueueCaseFields on Case {
    id
    postId
    postUrl
    status
    version
    firstReportedAt
    reportCount
    claimedBy {
      id
      displayName
    }
  }
`;

const WARNED_CASE_FIELDS = gql`
  fragment WarnedCaseFields on Case {
    id
    postId
    postUrl
    status
    version
    firstReportedAt
    categories
    audience
    replyPostId
    replyPostedAt
  }
`;

export interface ReviewQueueQuery {
  reviewQueue: QueueCase[];
}
export interface ReviewQueueQueryVariables {
  limit?: number;
}

export const REVIEW_QUEUE_QUERY: TypedDocumentNode<ReviewQueueQuery, ReviewQueueQueryVariables> = gql`
  query ReviewQueue($limit: Int) {
    reviewQueue(limit: $limit) {
      ...QueueCaseFields
    }
  }
  ${QUEUE_CASE_FIELDS}
`;

export interface RecentWarningsQuery {
  recentWarnings: WarnedCase[];
}
export interface RecentWarningsQueryVariables {
  limit?: number;
}

export const RECENT_WARNINGS_QUERY: TypedDocumentNode<RecentWarningsQuery, RecentWarningsQueryVariables> = gql`
  query RecentWarnings($limit: Int) {
    recentWarnings(limit: $limit) {
      ...WarnedCaseFields
    }
  }
  ${WARNED_CASE_FIELDS}
`;

export interface TakeCaseMutation {
  takeCase: QueueCase;
}
export interface TakeCaseMutationVariables {
  caseId: string;
  expectedVersion: number;
}

export const TAKE_CASE_MUTATION: TypedDocumentNode<TakeCaseMutation, TakeCaseMutationVariables> = gql`
  mutation TakeCase($caseId: ID!, $expectedVersion: Int!) {
    takeCase(caseId: $caseId, expectedVersion: $expectedVersion) {
      ...QueueCaseFields
    }
  }
  ${QUEUE_CASE_FIELDS}
`;

export interface WarnCaseInput {
  caseId: string;
  categories: Category[];
  audience: Audience;
  expectedVersion: number;
}

export interface WarnCaseMutation {
  warnCase: WarnedCase;
}
export interface WarnCaseMutationVariables {
  input: WarnCaseInput;
}

export const WARN_CASE_MUTATION: TypedDocumentNode<WarnCaseMutation, WarnCaseMutationVariables> = gql`
  mutation WarnCase($input: WarnCaseInput!) {
    warnCase(input: $input) {
      ...WarnedCaseFields
    }
  }
  ${WARNED_CASE_FIELDS}
`;
