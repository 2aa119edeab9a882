import { graphql } from '../../../graphql/generated';
import type { ListCaseFieldsFragment } from '../../../graphql/generated/graphql';

/**
 * The fields of `Case` every work list reads. One shape for all lists keeps the cache entries
 * of a case complete whichever list loaded it last, and lets any list open the same card parts.
 */
export type ListCase = ListCaseFieldsFragment;

export const LIST_CASE_FIELDS = graphql(`
  fragment ListCaseFields on Case {
    id
    number
    postId
    postUrl
    status
    version
    firstReportedAt
    ageSeconds
    reportCount
    claimedBy {
      id
      displayName
    }
    postText
    profileText
    region
    childIndication
    childIndicationSource
    categories
    audience
    decidedAt
    replyText
    replyPostId
    replyPostedAt
    replyChannel
    failureReason
    approvalReason
    approvalRequestedAt
    chiefComment
    reportedToChiefAt
    reportToChiefNote
  }
`);
