import { graphql } from '../../../graphql/generated';
import type { CaseDetailQuery } from '../../../graphql/generated/graphql';

export type CaseDetail = CaseDetailQuery['case'];
export type CaseReport = CaseDetail['reports'][number];
export type XAccountHistory = NonNullable<CaseDetail['xAccount']>;
export type TimelineEntry = CaseDetailQuery['caseTimeline'][number];

export const CASE_DETAIL_QUERY = graphql(`
  query CaseDetail($id: ID!, $withAccount: Boolean!) {
    case(id: $id) {
      ...ListCaseFields
      claimedAt
      templateVersion
      notApplicableReason
      approvedAt
      manualReplyUrl
      acknowledgedAt
      closedAt
      closeReason
      closeNote
      reports {
        id
        url
        note
        source
        postText
        profileText
        createdAt
        reportedBy {
          id
          displayName
        }
        unit {
          id
          name
        }
      }
      xAccount @include(if: $withAccount) {
        id
        username
        displayName
        caseCount
        cases {
          id
          number
          postUrl
          status
          firstReportedAt
        }
      }
    }
    caseTimeline(caseId: $id) {
      at
      kind
      action
      actorId
      actorRole
      toStatus
      note
    }
  }
`);
