import { gql, type TypedDocumentNode } from '@apollo/client';
import type { DateTimeISO, ReportSource, UserSummary } from '../../../graphql/schema';
import type { CaseFields } from '../../cases/graphql/caseFields';

type ReportCase = Pick<CaseFields, '__typename' | 'id' | 'postId' | 'status' | 'version'>;

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
      postId
      status
      version
    }
  }
`;

export interface UnitReportsQuery {
  unitReports: UnitReport[];
}
export interface UnitReportsQueryVariables {
  limit?: number;
}

export const UNIT_REPORTS_QUERY: TypedDocumentNode<UnitReportsQuery, UnitReportsQueryVariables> = gql`
  query UnitReports($limit: Int) {
    unitReports(limit: $limit) {
      ...UnitReportFields
    }
  }
  ${REPORT_FIELDS}
`;

export interface SubmitReportInput {
  url: string;
  note?: string | null;
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
        postId
        status
        version
      }
    }
  }
  ${REPORT_FIELDS}
`;
