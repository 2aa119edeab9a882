'use strict';
/**
 * The GraphQL operations the benchmark sends: the client's own documents (client/src/features/…),
 * copied here so the benchmark measures what the screens ask for.
 */
const LIST_CASE_FIELDS = `
  fragment ListCaseFields on Case {
    id number postId postUrl status version firstReportedAt ageSeconds reportCount
    claimedBy { id displayName }
    postText profileText region childIndication childIndicationSource categories audience decidedAt
    replyText replyPostId replyPostedAt replyChannel failureReason approvalReason approvalRequestedAt
    chiefComment reportedToChiefAt reportToChiefNote
  }`;

/** The review queue's first page (client/src/features/review/graphql/review.ts). */
const REVIEW_QUEUE = `query ReviewQueue($first: Int, $after: String) {
  reviewQueue(first: $first, after: $after) { nodes { ...ListCaseFields } pageInfo { hasNextPage endCursor } }
}${LIST_CASE_FIELDS}`;

/** The case page (client/src/features/cases/graphql/caseDetail.ts): case, reports, account history, timeline. */
const CASE_PAGE = `query CaseDetail($id: ID!, $withAccount: Boolean!) {
  case(id: $id) {
    ...ListCaseFields
    claimedAt templateVersion notApplicableReason approvedAt manualReplyUrl acknowledgedAt closedAt closeReason closeNote
    reports { id url note source postText profileText createdAt reportedBy { id displayName } unit { id name } }
    xAccount @include(if: $withAccount) { id username displayName caseCount cases { id number postUrl status firstReportedAt } }
  }
  caseTimeline(caseId: $id) { at kind action actorId actorRole toStatus note }
}${LIST_CASE_FIELDS}`;

/** 発見報告 (the report form's mutation). */
const SUBMIT_REPORT = `mutation SubmitReport($input: SubmitReportInput!) {
  submitReport(input: $input) { duplicate case { id status } }
}`;

/** A year by month × category × unit (the statistics screen's widest table), as rows of objects (`statistics`). */
const STATISTICS_YEAR = `query StatisticsYear($input: StatisticsInput!) {
  statistics(input: $input) { totals { cases reports warned } rows { month category unitId reports cases warned } }
}`;

/** The same figures as columns (`statisticsTable`), the shape measurement 2 times: one JSON object of columns. */
const STATISTICS_TABLE_YEAR = `query StatisticsTableYear($input: StatisticsInput!, $figures: [StatisticsFigure!]!) {
  statisticsTable(input: $input, figures: $figures) { groupBy figures totals columns }
}`;

/** The same columns as typed lists (graphql-js checks every value): measured beside it. */
const STATISTICS_TABLE_YEAR_TYPED = `query StatisticsTableYearTyped($input: StatisticsInput!, $figures: [StatisticsFigure!]!) {
  statisticsTable(input: $input, figures: $figures) { groupBy figures totals keys values }
}`;

const STATISTICS_FIGURES = ['REPORTS', 'CASES', 'WARNED'];

module.exports = { REVIEW_QUEUE, CASE_PAGE, SUBMIT_REPORT, STATISTICS_YEAR, STATISTICS_TABLE_YEAR, STATISTICS_TABLE_YEAR_TYPED, STATISTICS_FIGURES };
