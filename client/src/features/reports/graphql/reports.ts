import { graphql } from '../../../graphql/generated';
import type { UnitReportFieldsFragment } from '../../../graphql/generated/graphql';

export type UnitReport = UnitReportFieldsFragment;
import type { SubmitReportMutation } from '../../../graphql/generated/graphql';
export type { SubmitReportInput } from '../../../graphql/generated/graphql';
export type SubmitReportResult = SubmitReportMutation['submitReport'];


export const REPORT_FIELDS = graphql(`
  fragment UnitReportFields on Report {
    id
    url
    note
    source
    createdAt
    reportedBy {
      id
      displayName
    }
    case {
      id
      number
      postId
      status
      version
    }
  }
`);

export const UNIT_REPORTS_QUERY = graphql(`
  query UnitReports($first: Int, $after: String) {
    unitReports(first: $first, after: $after) {
      nodes {
        ...UnitReportFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const SUBMIT_REPORT_MUTATION = graphql(`
  mutation SubmitReport($input: SubmitReportInput!) {
    submitReport(input: $input) {
      duplicate
      report {
        ...UnitReportFields
      }
      case {
        id
        number
        postId
        status
        version
      }
    }
  }
`);
