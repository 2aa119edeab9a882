import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Connection, PageVariables } from '../../../graphql/schema';
import { LIST_CASE_FIELDS, type ListCase } from '../../cases/graphql/caseFields';

export interface AwaitingReportToChiefQuery {
  awaitingReportToChief: Connection<ListCase>;
}

export const AWAITING_REPORT_TO_CHIEF_QUERY: TypedDocumentNode<AwaitingReportToChiefQuery, PageVariables> = gql`
  query AwaitingReportToChief($first: Int, $after: String) {
    awaitingReportToChief(first: $first, after: $after) {
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

export interface ReportsToAcknowledgeQuery {
  reportsToAcknowledge: Connection<ListCase>;
}

export const REPORTS_TO_ACKNOWLEDGE_QUERY: TypedDocumentNode<ReportsToAcknowledgeQuery, PageVariables> = gql`
  query ReportsToAcknowledge($first: Int, $after: String) {
    reportsToAcknowledge(first: $first, after: $after) {
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

interface CaseRef {
  caseId: string;
  expectedVersion: number;
}

export const REPORT_TO_CHIEF_MUTATION: TypedDocumentNode<{ reportToChief: ListCase }, CaseRef & { note?: string | null }> = gql`
  mutation ReportToChief($caseId: ID!, $expectedVersion: Int!, $note: String) {
    reportToChief(caseId: $caseId, expectedVersion: $expectedVersion, note: $note) {
      ...ListCaseFields
    }
  }
  ${LIST_CASE_FIELDS}
`;

export const ACKNOWLEDGE_REPORT_MUTATION: TypedDocumentNode<{ acknowledgeReport: ListCase }, CaseRef> = gql`
  mutation AcknowledgeReport($caseId: ID!, $expectedVersion: Int!) {
    acknowledgeReport(caseId: $caseId, expectedVersion: $expectedVersion) {
      ...ListCaseFields
    }
  }
  ${LIST_CASE_FIELDS}
`;
