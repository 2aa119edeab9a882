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
  statisticsTable: STAFF,
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
  // escalations (DESIGN §4): any staff member raises suicide notices and urgent child-safety ones (escalation.policy.ts
  // keeps the other kinds to the division) and follows what they raised; the division works them; the chief edits procedures
  raiseEscalation: STAFF,
  myRaisedEscalations: STAFF,
  escalation: SCREENERS,
  escalations: SCREENERS,
  escalationChecklistTemplates: SCREENERS,
  escalationChecklistHistory: SCREENERS,
  emergencyDisclosureRequest: SCREENERS,
  escalationStatistics: SCREENERS,
  claimEscalation: SCREENERS,
  assignEscalation: SCREENERS,
  startEscalation: SCREENERS,
  returnEscalationToOpen: SCREENERS,
  completeEscalation: SCREENERS,
  cancelEscalation: SCREENERS,
  reopenEscalation: [CHIEF],
  tickEscalationStep: SCREENERS,
  untickEscalationStep: SCREENERS,
  addEscalationNote: SCREENERS,
  updateEscalation: SCREENERS,
  updateEmergencyDisclosure: SCREENERS,
  recordDisclosureSent: SCREENERS,
  recordDisclosureAnswer: SCREENERS,
  recordDeletionRequestSent: SCREENERS,
  recordIncidentReport: SCREENERS,
  updateEscalationChecklist: [CHIEF],
  // escalation alerts: recipients list and acknowledge them (per record: an officer in charge only alerts sent to them); the chief reads deliveries
  myAlerts: SCREENERS,
  acknowledgeAlert: SCREENERS,
  alert: [CHIEF],
} as const satisfies Record<string, typeof PUBLIC | readonly Role[]>;

export type Operation = keyof typeof ROLE_MATRIX;

/** The roles for @Authorized(...). */
export function rolesFor(op: Operation): Role[] {
  const rule = ROLE_MATRIX[op];
  if (rule === PUBLIC) throw new Error(`${op} is public: do not put @Authorized on it`);
  return [...rule];
}

/**
 * Subscriptions (over graphql-ws, core/graphql/subscriptions.ts), apart from the matrix above whose
 * test probes queries and mutations over HTTP; server/test/alerts checks these over WebSocket.
 */
export const SUBSCRIPTION_ROLE_MATRIX = {
  alertRaised: SCREENERS,
  // live work lists: officers hear only of cases their unit reported (live-queue/work-queue-event.type.ts)
  workQueueChanged: STAFF,
} as const satisfies Record<string, readonly Role[]>;

export function subscriptionRolesFor(op: keyof typeof SUBSCRIPTION_ROLE_MATRIX): Role[] {
  return [...SUBSCRIPTION_ROLE_MATRIX[op]];
}
