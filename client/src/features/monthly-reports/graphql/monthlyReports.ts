import { graphql } from '../../../graphql/generated';

export const REPORT_ROW_FIELDS = graphql(`
  fragment ReportRowFields on StatisticsRow {
    category
    audience
    source
    unitId
    unitName
    reports
    cases
    warned
    deletedWithin7DaysShare
  }
`);

export const MONTHLY_REPORT_SUMMARY_FIELDS = graphql(`
  fragment MonthlyReportSummaryFields on MonthlyReport {
    id
    month
    version
    status
    revision
    createdAt
    finalizedAt
    bulletin {
      id
      publishedAt
    }
  }
`);

export const MONTHLY_REPORT_FIELDS = graphql(`
  fragment MonthlyReportFields on MonthlyReport {
    ...MonthlyReportSummaryFields
    remarks
    figuresGeneratedAt
    updatedAt
    suggestedBulletinTitle
    suggestedBulletinBody
    createdBy {
      id
      displayName
    }
    finalizedBy {
      id
      displayName
    }
    figures {
      from
      to
      total {
        ...ReportRowFields
      }
      byCategory {
        ...ReportRowFields
      }
      byUnit {
        ...ReportRowFields
      }
      bySource {
        ...ReportRowFields
      }
      byAudience {
        ...ReportRowFields
      }
    }
  }
`);

export const MONTHLY_REPORTS_QUERY = graphql(`
  query MonthlyReports($first: Int!) {
    monthlyReports(first: $first) {
      nodes {
        ...MonthlyReportSummaryFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const MONTHLY_REPORT_QUERY = graphql(`
  query MonthlyReport($id: ID!) {
    monthlyReport(id: $id) {
      ...MonthlyReportFields
    }
  }
`);

export const GENERATE_MONTHLY_REPORT_DRAFT_MUTATION = graphql(`
  mutation GenerateMonthlyReportDraft($month: String!) {
    generateMonthlyReportDraft(month: $month) {
      ...MonthlyReportFields
    }
  }
`);

export const UPDATE_MONTHLY_REPORT_DRAFT_MUTATION = graphql(`
  mutation UpdateMonthlyReportDraft($input: UpdateMonthlyReportDraftInput!) {
    updateMonthlyReportDraft(input: $input) {
      ...MonthlyReportFields
    }
  }
`);

export const REFRESH_MONTHLY_REPORT_FIGURES_MUTATION = graphql(`
  mutation RefreshMonthlyReportFigures($id: ID!, $expectedRevision: Int!) {
    refreshMonthlyReportFigures(id: $id, expectedRevision: $expectedRevision) {
      ...MonthlyReportFields
    }
  }
`);

export const DISCARD_MONTHLY_REPORT_DRAFT_MUTATION = graphql(`
  mutation DiscardMonthlyReportDraft($id: ID!, $expectedRevision: Int!) {
    discardMonthlyReportDraft(id: $id, expectedRevision: $expectedRevision)
  }
`);

export const FINALIZE_MONTHLY_REPORT_MUTATION = graphql(`
  mutation FinalizeMonthlyReport($id: ID!, $expectedRevision: Int!) {
    finalizeMonthlyReport(id: $id, expectedRevision: $expectedRevision) {
      ...MonthlyReportFields
    }
  }
`);

export const PUBLISH_BULLETIN_MUTATION = graphql(`
  mutation PublishBulletin($input: PublishBulletinInput!) {
    publishBulletin(input: $input) {
      id
      publishedAt
    }
  }
`);

export const BULLETINS_QUERY = graphql(`
  query Bulletins($first: Int!) {
    bulletins(first: $first) {
      nodes {
        id
        month
        reportVersion
        title
        body
        publishedAt
        publishedBy {
          id
          displayName
        }
        figures {
          total {
            reports
            cases
            warned
            deletedWithin7DaysShare
          }
          byCategory {
            category
            cases
            warned
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
