import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Connection, DateTimeISO, PageVariables, ReportSource, UserSummary } from '../../../graphql/schema';
import type { ListCase } from '../../cases/graphql/caseFields';

type ReportCase = Pick<ListCase, '__typename' | 'id' | 'number' | 'postId' | 'status' | 'version'>;

export interface UnitReport {
  __typename?: 'Report';
  id: string;
  url: string;
  note: string | null;
  source: ReportSource;
  createdAt: DateTimeISO;
  reportedBy: UserSummary;
  case: ReportCase;
}

const REPORT_FIELDS = gql`
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
`;

export interface UnitReportsQuery {
  unitReports: Connection<UnitReport>;
}

export const UNIT_REPORTS_QUERY: TypedDocumentNode<UnitReportsQuery, PageVariables> = gql`
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
  ${REPORT_FIELDS}
`;

export interface SubmitReportInput {
  url: string;
  note?: string | null;
  /** The post's text and the author's profile as the officer saw them (optional). */
  postText?: string | null;
  profileText?: string | null;
}

export interface SubmitReportResult {
  __typename?: 'SubmitReportResult';
  duplicate: boolean;
  report: UnitReport;
  case: ReportCase;
}

export interface SubmitReportMutation {
  submitReport: SubmitReportResult;
}
export interface SubmitReportMutationVariables {
  input: SubmitReportInput;
}

export const SUBMIT_REPORT_MUTATION: TypedDocumentNode<SubmitReportMutation, SubmitReportMutationVariables> = gql`
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
  ${REPORT_FIELDS}
`;
