import { Role } from '../../modules/users/role';

const { OFFICER, VOLUNTEER, OFFICER_IN_CHARGE, CHIEF } = Role;
const ALL = [OFFICER, VOLUNTEER, OFFICER_IN_CHARGE, CHIEF] as const;
const STAFF = [OFFICER, OFFICER_IN_CHARGE, CHIEF] as const;
const SCREENERS = [OFFICER_IN_CHARGE, CHIEF] as const;

/** Reachable without a session (login and signIn only). */
export const PUBLIC = 'PUBLIC' as const;

/**
 * The role matrix: every query and mutation of the schema, and the roles that may call it.
 * Resolvers take their @Authorized roles from here (`rolesFor`), and a test fails when an
 * operation of the schema is missing from this table or answers differently over HTTP.
 * Per-record rules (own unit, own tips, claimed case) live in each module's policy.
 */
export const ROLE_MATRIX = {
  // session
  login: PUBLIC,
  logout: ALL,
  me: ALL,
  // login steps and one's own credentials (a session waiting for a step may call only that step: login-steps.ts)
  signIn: PUBLIC,
  verifyMfa: ALL,
  changePassword: ALL,
  startMfaEnrolment: ALL,
  confirmMfaEnrolment: ALL,
  regenerateRecoveryCodes: ALL,
  disableMfa: ALL,
  // reports, tips and cases
  submitReport: STAFF,
  unitReports: STAFF,
  submitTip: [VOLUNTEER],
  myTips: [VOLUNTEER],
  case: STAFF,
  caseTimeline: STAFF,
  xAccount: SCREENERS,
  // work lists
  reviewQueue: SCREENERS,
  awaitingApproval: SCREENERS,
  awaitingReportToChief: SCREENERS,
  reportsToAcknowledge: SCREENERS,
  failedReplies: SCREENERS,
  pendingReplies: SCREENERS,
  recentWarnings: SCREENERS,
  // the case lifecycle (the state table adds per-transition roles; see case-state-machine.ts)
  takeCase: SCREENERS,
  releaseCase: SCREENERS,
  markNotApplicable: SCREENERS,
  warnCase: SCREENERS,
  requestApproval: [OFFICER_IN_CHARGE],
  approveWarning: [CHIEF],
  declineWarning: [CHIEF],
  returnForScreening: [CHIEF],
  retryReply: SCREENERS,
  closeFailedReply: SCREENERS,
  reportToChief: [OFFICER_IN_CHARGE],
  acknowledgeReport: [CHIEF],
  // reply templates: officers in charge read them and preview replies; only the chief changes them
  replyTemplates: SCREENERS,
  replyTemplateHistory: SCREENERS,
  previewReply: SCREENERS,
  createReplyTemplate: [CHIEF],
  updateReplyTemplate: [CHIEF],
  deactivateReplyTemplate: [CHIEF],
  // units and users: the chief manages them (DESIGN §1); every staff role lists units for pickers
  units: STAFF,
  createUnit: [CHIEF],
  updateUnit: [CHIEF],
  users: [CHIEF],
  user: [CHIEF],
  createUser: [CHIEF],
  updateUser: [CHIEF],
  deactivateUser: [CHIEF],
  reactivateUser: [CHIEF],
  resetUserPassword: [CHIEF],
  unlockUser: [CHIEF],
  resetUserMfa: [CHIEF],
  // one's own sessions
  mySessions: ALL,
  endSession: ALL,
  endOtherSessions: ALL,
  // the audit log viewer (DESIGN §7: every read is itself audited)
  auditEvents: [CHIEF],
  // statistics (DESIGN §5): officers get their own unit's figures (statistics-query.ts scopes them)
  statistics: STAFF,
  // the monthly report: officers in charge and the chief draft and edit; the chief finalizes and publishes
  monthlyReports: SCREENERS,
  monthlyReport: SCREENERS,
  generateMonthlyReportDraft: SCREENERS,
  updateMonthlyReportDraft: SCREENERS,
  refreshMonthlyReportFigures: SCREENERS,
  discardMonthlyReportDraft: SCREENERS,
  finalizeMonthlyReport: [CHIEF],
  publishBulletin: [CHIEF],
  // bulletins (周知): every unit reads them
  bulletins: STAFF,
  bulletin: STAFF,
  // posting replies by hand (the manual path, DESIGN §3) and the notifications about replies
  manualReply: SCREENERS,
  switchToManualReply: SCREENERS,
  recordManualReply: SCREENERS,
  myNotifications: SCREENERS,
  markNotificationsRead: SCREENERS,
} as const satisfies Record<string, typeof PUBLIC | readonly Role[]>;

export type Operation = keyof typeof ROLE_MATRIX;

/** The roles for @Authorized(...). */
export function rolesFor(op: Operation): Role[] {
  const rule = ROLE_MATRIX[op];
  if (rule === PUBLIC) throw new Error(`${op} is public: do not put @Authorized on it`);
  return [...rule];
}
