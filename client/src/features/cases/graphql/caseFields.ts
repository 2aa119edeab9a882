import { gql } from '@apollo/client';
import type {
  Audience,
  CaseStatus,
  Category,
  ChildIndication,
  DateTimeISO,
  IndicationSource,
  NotApplicableReason,
  Region,
  ReplyChannel,
  ReportSource,
  TimelineEntryKind,
  Unit,
  UserSummary,
} from '../../../graphql/schema';

/**
 * The fields of `Case` every work list reads. One shape for all lists keeps the cache entries
 * of a case complete whichever list loaded it last, and lets any list open the same card parts.
 */
export interface ListCase {
  __typename?: 'Case';
  id: string;
  number: number;
  postId: string;
  postUrl: string;
  status: CaseStatus;
  version: number;
  firstReportedAt: DateTimeISO;
  ageSeconds: number;
  reportCount: number;
  claimedBy: UserSummary | null;
  postText: string | null;
  profileText: string | null;
  region: Region | null;
  childIndication: ChildIndication | null;
  childIndicationSource: IndicationSource | null;
  categories: Category[];
  audience: Audience | null;
  decidedAt: DateTimeISO | null;
  replyText: string | null;
  replyPostId: string | null;
  replyPostedAt: DateTimeISO | null;
  replyChannel: ReplyChannel;
  failureReason: string | null;
  approvalReason: string | null;
  approvalRequestedAt: DateTimeISO | null;
  chiefComment: string | null;
  reportedToChiefAt: DateTimeISO | null;
  reportToChiefNote: string | null;
}

export const LIST_CASE_FIELDS = gql`
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
`;

/** One report of a post, as the case detail shows it. */
export interface CaseReport {
  __typename?: 'Report';
  id: string;
  url: string;
  note: string | null;
  source: ReportSource;
  postText: string | null;
  profileText: string | null;
  createdAt: DateTimeISO;
  reportedBy: UserSummary;
  unit: Pick<Unit, '__typename' | 'id' | 'name'>;
}

export interface XAccountCase {
  __typename?: 'Case';
  id: string;
  number: number;
  postUrl: string;
  status: CaseStatus;
  firstReportedAt: DateTimeISO;
}

export interface XAccountHistory {
  __typename?: 'XAccount';
  id: string;
  username: string | null;
  displayName: string | null;
  caseCount: number;
  cases: XAccountCase[];
}

export interface CaseDetail extends ListCase {
  claimedAt: DateTimeISO | null;
  templateVersion: number | null;
  notApplicableReason: NotApplicableReason | null;
  approvedAt: DateTimeISO | null;
  manualReplyUrl: string | null;
  acknowledgedAt: DateTimeISO | null;
  closedAt: DateTimeISO | null;
  closeReason: string | null;
  closeNote: string | null;
  reports: CaseReport[];
  /** Only selected for the division (officers may not read X accounts). */
  xAccount?: XAccountHistory | null;
}

export interface TimelineEntry {
  __typename?: 'TimelineEntry';
  at: DateTimeISO;
  kind: TimelineEntryKind;
  /** e.g. `case.TAKE`, `report.SUBMIT`. */
  action: string;
  actorId: string | null;
  actorRole: string | null;
  toStatus: string | null;
  note: string | null;
}
