import { graphql } from '../../../graphql/generated';
import type { ListCase } from '../../cases/graphql/caseFields';

export type QueueCase = ListCase;
export type WarnedCase = ListCase;
export type { MarkNotApplicableInput, RequestApprovalInput, ScreeningInput } from '../../../graphql/generated/graphql';
import type { TakeCaseMutationVariables } from '../../../graphql/generated/graphql';
/** The arguments every case transition takes: which case, and the version the user saw. */
export type CaseRef = TakeCaseMutationVariables;


export const REVIEW_QUEUE_QUERY = graphql(`
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
`);

export const RECENT_WARNINGS_QUERY = graphql(`
  query RecentWarnings($limit: Int) {
    recentWarnings(limit: $limit) {
      ...ListCaseFields
    }
  }
`);

export const TAKE_CASE_MUTATION = graphql(`
  mutation TakeCase($caseId: ID!, $expectedVersion: Int!) {
    takeCase(caseId: $caseId, expectedVersion: $expectedVersion) {
      ...ListCaseFields
    }
  }
`);

export const RELEASE_CASE_MUTATION = graphql(`
  mutation ReleaseCase($caseId: ID!, $expectedVersion: Int!) {
    releaseCase(caseId: $caseId, expectedVersion: $expectedVersion) {
      ...ListCaseFields
    }
  }
`);

export const WARN_CASE_MUTATION = graphql(`
  mutation WarnCase($input: ScreeningInput!) {
    warnCase(input: $input) {
      ...ListCaseFields
    }
  }
`);

export const REQUEST_APPROVAL_MUTATION = graphql(`
  mutation RequestApproval($input: RequestApprovalInput!) {
    requestApproval(input: $input) {
      ...ListCaseFields
    }
  }
`);

export const MARK_NOT_APPLICABLE_MUTATION = graphql(`
  mutation MarkNotApplicable($input: MarkNotApplicableInput!) {
    markNotApplicable(input: $input) {
      ...ListCaseFields
    }
  }
`);
