import { graphql } from '../../../graphql/generated';

/**
 * How much waits in each of the division's work lists, for the navigation badges. IDs only; the
 * page size differs from the lists' so the two never share (and fight over) one cache entry.
 */
export const WORK_COUNTS_QUERY = graphql(`
  query WorkCounts($first: Int!, $isChief: Boolean!) {
    reviewQueue(first: $first) {
      nodes {
        id
      }
      pageInfo {
        hasNextPage
      }
    }
    awaitingApproval(first: $first) @include(if: $isChief) {
      nodes {
        id
      }
      pageInfo {
        hasNextPage
      }
    }
    awaitingReportToChief(first: $first) @skip(if: $isChief) {
      nodes {
        id
      }
      pageInfo {
        hasNextPage
      }
    }
    reportsToAcknowledge(first: $first) @include(if: $isChief) {
      nodes {
        id
      }
      pageInfo {
        hasNextPage
      }
    }
    failedReplies(first: $first) {
      nodes {
        id
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);
