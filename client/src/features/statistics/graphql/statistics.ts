import { graphql } from '../../../graphql/generated';

export const DURATION_FIELDS = graphql(`
  fragment DurationFields on DurationSummary {
    count
    p50Seconds
    p90Seconds
    maxSeconds
  }
`);

/** Everything the dashboard draws, in one round trip: by month (trend, totals, funnel) and by category. */
export const STATISTICS_DASHBOARD_QUERY = graphql(`
  query StatisticsDashboard($byMonth: StatisticsInput!, $byCategory: StatisticsInput!) {
    byMonth: statistics(input: $byMonth) {
      from
      to
      generatedAt
      totals {
        reports
        cases
        screened
        warned
        reportedToChief
        acknowledged
        recheckedAfter1Day
        deletedWithin1Day
        recheckedWithin7Days
        deletedWithin7Days
        deletedWithin1DayShare
        deletedWithin7DaysShare
        timeToReply {
          ...DurationFields
        }
        timeToDecision {
          ...DurationFields
        }
      }
      rows {
        month
        reports
        cases
        warned
      }
      funnel {
        stage
        count
        shareOfPrevious
      }
    }
    byCategory: statistics(input: $byCategory) {
      rows {
        category
        cases
        warned
      }
    }
  }
`);
