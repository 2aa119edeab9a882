import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  Audience,
  Category,
  ChildIndication,
  Connection,
  IndicationSource,
  NotApplicableReason,
  PageVariables,
  Region,
} from '../../../graphql/schema';
import { LIST_CASE_FIELDS, type ListCase } from '../../cases/graphql/caseFields';

export type QueueCase = ListCase;
export type WarnedCase = ListCase;

export interface ReviewQueueQuery {
  reviewQueue: Connection<QueueCase>;
}

export const REVIEW_QUEUE_QUERY: TypedDocumentNode<ReviewQueueQuery, PageVariables> = gql`
  query ReviewQueue($first: Int, $after: String) {
    reviewQueue(first: $first, after: $after) {
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

export interface RecentWarningsQuery {
  recentWarnings: WarnedCase[];
}
export interface RecentWarningsQueryVariables {
  limit?: number;
}

export const RECENT_WARNINGS_QUERY: TypedDocumentNode<RecentWarningsQuery, RecentWarningsQueryVariables> = gql`
  query RecentWarnings($limit: Int) {
    recentWarnings(limit: $limit) {
      ...ListCaseFields
    }
  }
  ${LIST_CASE_FIELDS}
`;

/** The arguments every case transition takes: which case, and the version the user saw. */
export interface CaseRef {
  caseId: string;
  expectedVersion: number;
}

export const TAKE_CASE_MUTATION: TypedDocumentNode<{ takeCase: ListCase }, CaseRef> = gql`
  mutation TakeCase($caseId: ID!, $expectedVersion: Int!) {
    takeCase(caseId: $caseId, expectedVersion: $expectedVersion) {
      ...ListCaseFields
    }
  }
  ${LIST_CASE_FIELDS}
`;

export const RELEASE_CASE_MUTATION: TypedDocumentNode<{ releaseCase: ListCase }, CaseRef> = gql`
  mutation ReleaseCase($caseId: ID!, $expectedVersion: Int!) {
    releaseCase(caseId: $caseId, expectedVersion: $expectedVersion) {
      ...ListCaseFields
    }
  }
  ${LIST_CASE_FIELDS}
`;

/** The screening record of DESIGN §2 (ScreeningInput). The audience is left to the server. */
export interface ScreeningInput extends CaseRef {
  region: Region;
  childIndication: ChildIndication;
  indicationSource: IndicationSource;
  categories: Category[];
  audience?: Audience | null;
}

export const WARN_CASE_MUTATION: TypedDocumentNode<{ warnCase: ListCase }, { input: ScreeningInput }> = gql`
  mutation WarnCase($input: ScreeningInput!) {
    warnCase(input: $input) {
      ...ListCaseFields
    }
  }
  ${LIST_CASE_FIELDS}
`;

export interface RequestApprovalInput extends ScreeningInput {
  reason: string;
}

export const REQUEST_APPROVAL_MUTATION: TypedDocumentNode<{ requestApproval: ListCase }, { input: RequestApprovalInput }> = gql`
  mutation RequestApproval($input: RequestApprovalInput!) {
    requestApproval(input: $input) {
      ...ListCaseFields
    }
  }
  ${LIST_CASE_FIELDS}
`;

export interface MarkNotApplicableInput extends CaseRef {
  reason: NotApplicableReason;
  note?: string | null;
}

export const MARK_NOT_APPLICABLE_MUTATION: TypedDocumentNode<
  { markNotApplicable: ListCase },
  { input: MarkNotApplicableInput }
> = gql`
  mutation MarkNotApplicable($input: MarkNotApplicableInput!) {
    markNotApplicable(input: $input) {
      ...ListCaseFields
    }
  }
  ${LIST_CASE_FIELDS}
`;
