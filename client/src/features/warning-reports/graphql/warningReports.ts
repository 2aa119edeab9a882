import { graphql } from '../../../graphql/generated';

export const AWAITING_REPORT_TO_CHIEF_QUERY = graphql(`
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
`);

export const REPORTS_TO_ACKNOWLEDGE_QUERY = graphql(`
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
`);

export const REPORT_TO_CHIEF_MUTATION = graphql(`
  mutation ReportToChief($caseId: ID!, $expectedVersion: Int!, $note: String) {
    reportToChief(caseId: $caseId, expectedVersion: $expectedVersion, note: $note) {
      ...ListCaseFields
    }
  }
`);

export const ACKNOWLEDGE_REPORT_MUTATION = graphql(`
  mutation AcknowledgeReport($caseId: ID!, $expectedVersion: Int!) {
    acknowledgeReport(caseId: $caseId, expectedVersion: $expectedVersion) {
      ...ListCaseFields
    }
  }
`);
