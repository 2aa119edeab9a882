import type { Audience, CaseStatus, Category, DateTimeISO, UserSummary } from '../../../graphql/schema';

/** The fields of `Case` the client reads; each operation selects the subset it needs. */
export interface CaseFields {
  __typename?: 'Case';
  id: string;
  postId: string;
  postUrl: string;
  status: CaseStatus;
  version: number;
  firstReportedAt: DateTimeISO;
  categories: Category[];
  audience: Audience | null;
  replyText: string | null;
  replyPostId: string | null;
  replyPostedAt: DateTimeISO | null;
  claimedBy: UserSummary | null;
  reportCount: number;
}
