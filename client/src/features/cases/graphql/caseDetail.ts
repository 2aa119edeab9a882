import { gql, type TypedDocumentNode } from '@apollo/client';
import { LIST_CASE_FIELDS, type CaseDetail, type TimelineEntry } from './caseFields';

export interface CaseDetailQuery {
  case: CaseDetail;
  caseTimeline: TimelineEntry[];
}
export interface CaseDetailQueryVariables {
  id: string;
  /** X account history is for the division only; officers are refused it. */
  withAccount: boolean;
}

export const CASE_DETAIL_QUERY: TypedDocumentNode<CaseDetailQuery, CaseDetailQueryVariables> = gql`
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
  ${LIST_CASE_FIELDS}
`;
