/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query MyAlerts($limit: Int!) {\n    myAlerts(limit: $limit, unacknowledgedOnly: true) {\n      id\n      escalationId\n      escalationKind\n      reason\n      urgent\n      createdAt\n      currentStep\n      acknowledgedAt\n      raisedBy {\n        id\n        displayName\n      }\n      escalation {\n        id\n        number\n        summary\n        postUrl\n        status\n        dueAt\n        caseNumber\n        raisedUnit {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MyAlertsDocument,
    "\n  mutation AcknowledgeAlert($id: ID!) {\n    acknowledgeAlert(id: $id) {\n      id\n      acknowledgedAt\n      ackLatencyMs\n      acknowledgedBy {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.AcknowledgeAlertDocument,
    "\n  subscription AlertRaised {\n    alertRaised {\n      alertId\n      escalationId\n      escalationKind\n      reason\n      urgent\n      step\n      notificationId\n      raisedAt\n      deliveredAt\n    }\n  }\n": typeof types.AlertRaisedDocument,
    "\n  query AwaitingApproval($first: Int, $after: String) {\n    awaitingApproval(first: $first, after: $after) {\n      nodes {\n        ...ListCaseFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AwaitingApprovalDocument,
    "\n  mutation ApproveWarning($caseId: ID!, $expectedVersion: Int!, $comment: String) {\n    approveWarning(caseId: $caseId, expectedVersion: $expectedVersion, comment: $comment) {\n      ...ListCaseFields\n    }\n  }\n": typeof types.ApproveWarningDocument,
    "\n  mutation DeclineWarning($caseId: ID!, $expectedVersion: Int!, $reason: String!) {\n    declineWarning(caseId: $caseId, expectedVersion: $expectedVersion, reason: $reason) {\n      ...ListCaseFields\n    }\n  }\n": typeof types.DeclineWarningDocument,
    "\n  mutation ReturnForScreening($caseId: ID!, $expectedVersion: Int!, $comment: String!) {\n    returnForScreening(caseId: $caseId, expectedVersion: $expectedVersion, comment: $comment) {\n      ...ListCaseFields\n    }\n  }\n": typeof types.ReturnForScreeningDocument,
    "\n  query AuditEvents($filter: AuditEventFilter, $first: Int!, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        at\n        action\n        objectType\n        objectId\n        actorRole\n        actor {\n          id\n          displayName\n        }\n        before\n        after\n        requestId\n        ip\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  fragment CurrentUserFields on User {\n    id\n    username\n    displayName\n    role\n    unit {\n      id\n      code\n      name\n      kind\n    }\n  }\n": typeof types.CurrentUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUserFields\n      mfaEnabled\n      mfaRequired\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      step\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      step\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation VerifyMfa($code: String!) {\n    verifyMfa(code: $code) {\n      step\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n": typeof types.VerifyMfaDocument,
    "\n  mutation StartMfaEnrolment {\n    startMfaEnrolment {\n      secret\n      otpauthUri\n    }\n  }\n": typeof types.StartMfaEnrolmentDocument,
    "\n  mutation ConfirmMfaEnrolment($code: String!) {\n    confirmMfaEnrolment(code: $code) {\n      recoveryCodes\n      step\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n": typeof types.ConfirmMfaEnrolmentDocument,
    "\n  mutation RegenerateRecoveryCodes($code: String!) {\n    regenerateRecoveryCodes(code: $code)\n  }\n": typeof types.RegenerateRecoveryCodesDocument,
    "\n  mutation DisableMfa($password: String!) {\n    disableMfa(password: $password)\n  }\n": typeof types.DisableMfaDocument,
    "\n  query CaseDetail($id: ID!, $withAccount: Boolean!) {\n    case(id: $id) {\n      ...ListCaseFields\n      claimedAt\n      templateVersion\n      notApplicableReason\n      approvedAt\n      manualReplyUrl\n      acknowledgedAt\n      closedAt\n      closeReason\n      closeNote\n      reports {\n        id\n        url\n        note\n        source\n        postText\n        profileText\n        createdAt\n        reportedBy {\n          id\n          displayName\n        }\n        unit {\n          id\n          name\n        }\n      }\n      xAccount @include(if: $withAccount) {\n        id\n        username\n        displayName\n        caseCount\n        cases {\n          id\n          number\n          postUrl\n          status\n          firstReportedAt\n        }\n      }\n    }\n    caseTimeline(caseId: $id) {\n      at\n      kind\n      action\n      actorId\n      actorRole\n      toStatus\n      note\n    }\n  }\n": typeof types.CaseDetailDocument,
    "\n  fragment ListCaseFields on Case {\n    id\n    number\n    postId\n    postUrl\n    status\n    version\n    firstReportedAt\n    ageSeconds\n    reportCount\n    claimedBy {\n      id\n      displayName\n    }\n    postText\n    profileText\n    region\n    childIndication\n    childIndicationSource\n    categories\n    audience\n    decidedAt\n    replyText\n    replyPostId\n    replyPostedAt\n    replyChannel\n    failureReason\n    approvalReason\n    approvalRequestedAt\n    chiefComment\n    reportedToChiefAt\n    reportToChiefNote\n  }\n": typeof types.ListCaseFieldsFragmentDoc,
    "\n  query WorkCounts($first: Int!, $isChief: Boolean!) {\n    reviewQueue(first: $first) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    awaitingApproval(first: $first) @include(if: $isChief) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    awaitingReportToChief(first: $first) @skip(if: $isChief) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    reportsToAcknowledge(first: $first) @include(if: $isChief) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    failedReplies(first: $first) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.WorkCountsDocument,
    "\n  fragment EscalationRowFields on Escalation {\n    id\n    number\n    kind\n    urgency\n    status\n    version\n    summary\n    postUrl\n    dueAt\n    overdue\n    ageMinutes\n    createdAt\n    completedAt\n    caseNumber\n    stepCount\n    openStepCount\n    owner {\n      id\n      displayName\n    }\n    raisedBy {\n      id\n      displayName\n    }\n    raisedUnit {\n      id\n      name\n    }\n  }\n": typeof types.EscalationRowFieldsFragmentDoc,
    "\n  query Escalations($filter: EscalationFilter, $first: Int!, $after: String) {\n    escalations(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...EscalationRowFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.EscalationsDocument,
    "\n  fragment EscalationDetailFields on Escalation {\n    ...EscalationRowFields\n    postId\n    assignedAt\n    externalReference\n    cancelReason\n    checklistTemplateVersion\n    updatedAt\n    case {\n      id\n      number\n    }\n    steps {\n      position\n      labelJa\n      labelEn\n      doneAt\n      doneBy {\n        id\n        displayName\n      }\n    }\n    timeline {\n      id\n      type\n      at\n      note\n      data\n      actor {\n        id\n        displayName\n      }\n    }\n    disclosure {\n      accountUrl\n      postUrls\n      personAtRisk\n      danger\n      informationNeeded\n      reason\n      contact\n      sentAt\n      answer\n      answerText\n      answeredAt\n    }\n    deletion {\n      reason\n      requestedAt\n      lastCheckedAt\n      checkCount\n      removedAt\n      removalOutcome\n      hoursToRemoval\n      reminderAlertedAt\n    }\n    incident {\n      detectedAt\n      affectedAsset\n      reports {\n        recipient\n        recipientName\n        method\n        reportedAt\n        note\n        reportedBy {\n          id\n          displayName\n        }\n      }\n      pendingRecipients\n    }\n  }\n": typeof types.EscalationDetailFieldsFragmentDoc,
    "\n  query Escalation($id: ID!) {\n    escalation(id: $id) {\n      ...EscalationDetailFields\n    }\n  }\n": typeof types.EscalationDocument,
    "\n  query MyRaisedEscalations($first: Int!) {\n    myRaisedEscalations(first: $first) {\n      nodes {\n        id\n        number\n        kind\n        urgency\n        status\n        postUrl\n        summary\n        raisedAt\n        completedAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyRaisedEscalationsDocument,
    "\n  mutation RaiseEscalation($input: RaiseEscalationInput!) {\n    raiseEscalation(input: $input) {\n      id\n      number\n      kind\n      urgency\n      status\n      postUrl\n      summary\n      raisedAt\n      completedAt\n    }\n  }\n": typeof types.RaiseEscalationDocument,
    "\n  mutation ClaimEscalation($escalationId: ID!, $expectedVersion: Int!) {\n    claimEscalation(escalationId: $escalationId, expectedVersion: $expectedVersion) {\n      ...EscalationDetailFields\n    }\n  }\n": typeof types.ClaimEscalationDocument,
    "\n  mutation AssignEscalation($escalationId: ID!, $ownerId: ID!, $expectedVersion: Int!) {\n    assignEscalation(escalationId: $escalationId, ownerId: $ownerId, expectedVersion: $expectedVersion) {\n      ...EscalationDetailFields\n    }\n  }\n": typeof types.AssignEscalationDocument,
    "\n  mutation StartEscalation($escalationId: ID!, $expectedVersion: Int!) {\n    startEscalation(escalationId: $escalationId, expectedVersion: $expectedVersion) {\n      ...EscalationDetailFields\n    }\n  }\n": typeof types.StartEscalationDocument,
    "\n  mutation ReturnEscalationToOpen($escalationId: ID!, $expectedVersion: Int!, $note: String) {\n    returnEscalationToOpen(escalationId: $escalationId, expectedVersion: $expectedVersion, note: $note) {\n      ...EscalationDetailFields\n    }\n  }\n": typeof types.ReturnEscalationToOpenDocument,
    "\n  mutation CompleteEscalation($escalationId: ID!, $expectedVersion: Int!, $note: String) {\n    completeEscalation(escalationId: $escalationId, expectedVersion: $expectedVersion, note: $note) {\n      ...EscalationDetailFields\n    }\n  }\n": typeof types.CompleteEscalationDocument,
    "\n  mutation CancelEscalation($escalationId: ID!, $expectedVersion: Int!, $reason: String!) {\n    cancelEscalation(escalationId: $escalationId, expectedVersion: $expectedVersion, reason: $reason) {\n      ...EscalationDetailFields\n    }\n  }\n": typeof types.CancelEscalationDocument,
    "\n  mutation ReopenEscalation($escalationId: ID!, $expectedVersion: Int!, $reason: String!) {\n    reopenEscalation(escalationId: $escalationId, expectedVersion: $expectedVersion, reason: $reason) {\n      ...EscalationDetailFields\n    }\n  }\n": typeof types.ReopenEscalationDocument,
    "\n  mutation TickEscalationStep($escalationId: ID!, $position: Int!) {\n    tickEscalationStep(escalationId: $escalationId, position: $position) {\n      ...EscalationDetailFields\n    }\n  }\n": typeof types.TickEscalationStepDocument,
    "\n  mutation UntickEscalationStep($escalationId: ID!, $position: Int!) {\n    untickEscalationStep(escalationId: $escalationId, position: $position) {\n      ...EscalationDetailFields\n    }\n  }\n": typeof types.UntickEscalationStepDocument,
    "\n  mutation AddEscalationNote($escalationId: ID!, $text: String!) {\n    addEscalationNote(escalationId: $escalationId, text: $text) {\n      ...EscalationDetailFields\n    }\n  }\n": typeof types.AddEscalationNoteDocument,
    "\n  mutation UpdateEscalation($input: UpdateEscalationInput!) {\n    updateEscalation(input: $input) {\n      ...EscalationDetailFields\n    }\n  }\n": typeof types.UpdateEscalationDocument,
    "\n  mutation UpdateEmergencyDisclosure($escalationId: ID!, $input: EmergencyDisclosureInput!) {\n    updateEmergencyDisclosure(escalationId: $escalationId, input: $input) {\n      ...EscalationDetailFields\n    }\n  }\n": typeof types.UpdateEmergencyDisclosureDocument,
    "\n  mutation RecordDisclosureSent($escalationId: ID!, $xReference: String, $sentAt: DateTimeISO) {\n    recordDisclosureSent(escalationId: $escalationId, xReference: $xReference, sentAt: $sentAt) {\n      ...EscalationDetailFields\n    }\n  }\n": typeof types.RecordDisclosureSentDocument,
    "\n  mutation RecordDisclosureAnswer($input: RecordDisclosureAnswerInput!) {\n    recordDisclosureAnswer(input: $input) {\n      ...EscalationDetailFields\n    }\n  }\n": typeof types.RecordDisclosureAnswerDocument,
    "\n  mutation RecordDeletionRequestSent($escalationId: ID!, $xReference: String, $sentAt: DateTimeISO) {\n    recordDeletionRequestSent(escalationId: $escalationId, xReference: $xReference, sentAt: $sentAt) {\n      ...EscalationDetailFields\n    }\n  }\n": typeof types.RecordDeletionRequestSentDocument,
    "\n  mutation RecordIncidentReport($input: RecordIncidentReportInput!) {\n    recordIncidentReport(input: $input) {\n      ...EscalationDetailFields\n    }\n  }\n": typeof types.RecordIncidentReportDocument,
    "\n  query EmergencyDisclosureRequest($escalationId: ID!) {\n    emergencyDisclosureRequest(escalationId: $escalationId) {\n      escalationId\n      missingFields\n      textJa\n      textEn\n      requestingOfficer\n      requestingUnit\n    }\n  }\n": typeof types.EmergencyDisclosureRequestDocument,
    "\n  fragment ChecklistVersionFields on EscalationChecklistTemplate {\n      id\n      kind\n      version\n      note\n      createdAt\n      createdBy {\n        id\n        displayName\n      }\n      steps {\n        position\n        labelJa\n        labelEn\n      }\n  }\n": typeof types.ChecklistVersionFieldsFragmentDoc,
    "\n  query EscalationChecklistTemplates {\n    escalationChecklistTemplates {\n      ...ChecklistVersionFields\n    }\n  }\n": typeof types.EscalationChecklistTemplatesDocument,
    "\n  query EscalationChecklistHistory($kind: EscalationKind!) {\n    escalationChecklistHistory(kind: $kind) {\n      ...ChecklistVersionFields\n    }\n  }\n": typeof types.EscalationChecklistHistoryDocument,
    "\n  mutation UpdateEscalationChecklist($input: UpdateChecklistInput!) {\n    updateEscalationChecklist(input: $input) {\n      ...ChecklistVersionFields\n    }\n  }\n": typeof types.UpdateEscalationChecklistDocument,
    "\n  query EscalationStatistics($from: DateTimeISO!, $to: DateTimeISO!) {\n    escalationStatistics(from: $from, to: $to) {\n      from\n      to\n      counts {\n        month\n        kind\n        status\n        count\n      }\n      deletion {\n        requested\n        removed\n        stillUp\n        hoursToRemovalP50\n        hoursToRemovalP90\n      }\n    }\n  }\n": typeof types.EscalationStatisticsDocument,
    "\n  query EscalationAssignees {\n    officersInCharge: users(first: 100, filter: { role: OFFICER_IN_CHARGE, active: true }) {\n      nodes {\n        id\n        displayName\n      }\n    }\n    chiefs: users(first: 20, filter: { role: CHIEF, active: true }) {\n      nodes {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.EscalationAssigneesDocument,
    "\n  query FailedReplies($first: Int, $after: String) {\n    failedReplies(first: $first, after: $after) {\n      nodes {\n        ...ListCaseFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.FailedRepliesDocument,
    "\n  mutation RetryReply($input: RetryReplyInput!) {\n    retryReply(input: $input) {\n      ...ListCaseFields\n    }\n  }\n": typeof types.RetryReplyDocument,
    "\n  mutation CloseFailedReply($caseId: ID!, $expectedVersion: Int!, $reason: String!) {\n    closeFailedReply(caseId: $caseId, expectedVersion: $expectedVersion, reason: $reason) {\n      ...ListCaseFields\n    }\n  }\n": typeof types.CloseFailedReplyDocument,
    "\n  subscription WorkQueueChanged {\n    workQueueChanged {\n      changes {\n        caseId\n        caseNumber\n        fromStatus\n        toStatus\n      }\n      omitted\n      resync\n      at\n    }\n  }\n": typeof types.WorkQueueChangedDocument,
    "\n  query PendingReplies($first: Int, $after: String) {\n    pendingReplies(first: $first, after: $after) {\n      nodes {\n        ...ListCaseFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PendingRepliesDocument,
    "\n  query ManualReply($caseId: ID!, $audience: Audience!, $categories: [Category!]!, $caseNumber: Int!) {\n    manualReply(caseId: $caseId) {\n      caseId\n      text\n      intentUrl\n      postUrl\n    }\n    previewReply(audience: $audience, categories: $categories, caseNumber: $caseNumber) {\n      text\n      weightedLength\n    }\n  }\n": typeof types.ManualReplyDocument,
    "\n  mutation SwitchToManualReply($caseId: ID!, $expectedVersion: Int!) {\n    switchToManualReply(caseId: $caseId, expectedVersion: $expectedVersion) {\n      id\n      status\n      version\n      replyChannel\n    }\n  }\n": typeof types.SwitchToManualReplyDocument,
    "\n  mutation RecordManualReply($caseId: ID!, $expectedVersion: Int!, $replyUrl: String!) {\n    recordManualReply(caseId: $caseId, expectedVersion: $expectedVersion, replyUrl: $replyUrl) {\n      id\n      status\n      version\n      manualReplyUrl\n    }\n  }\n": typeof types.RecordManualReplyDocument,
    "\n  fragment ReportRowFields on StatisticsRow {\n    category\n    audience\n    source\n    unitId\n    unitName\n    reports\n    cases\n    warned\n    deletedWithin7DaysShare\n  }\n": typeof types.ReportRowFieldsFragmentDoc,
    "\n  fragment MonthlyReportSummaryFields on MonthlyReport {\n    id\n    month\n    version\n    status\n    revision\n    createdAt\n    finalizedAt\n    bulletin {\n      id\n      publishedAt\n    }\n  }\n": typeof types.MonthlyReportSummaryFieldsFragmentDoc,
    "\n  fragment MonthlyReportFields on MonthlyReport {\n    ...MonthlyReportSummaryFields\n    remarks\n    figuresGeneratedAt\n    updatedAt\n    suggestedBulletinTitle\n    suggestedBulletinBody\n    createdBy {\n      id\n      displayName\n    }\n    finalizedBy {\n      id\n      displayName\n    }\n    figures {\n      from\n      to\n      total {\n        ...ReportRowFields\n      }\n      byCategory {\n        ...ReportRowFields\n      }\n      byUnit {\n        ...ReportRowFields\n      }\n      bySource {\n        ...ReportRowFields\n      }\n      byAudience {\n        ...ReportRowFields\n      }\n    }\n  }\n": typeof types.MonthlyReportFieldsFragmentDoc,
    "\n  query MonthlyReports($first: Int!) {\n    monthlyReports(first: $first) {\n      nodes {\n        ...MonthlyReportSummaryFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MonthlyReportsDocument,
    "\n  query MonthlyReport($id: ID!) {\n    monthlyReport(id: $id) {\n      ...MonthlyReportFields\n    }\n  }\n": typeof types.MonthlyReportDocument,
    "\n  mutation GenerateMonthlyReportDraft($month: String!) {\n    generateMonthlyReportDraft(month: $month) {\n      ...MonthlyReportFields\n    }\n  }\n": typeof types.GenerateMonthlyReportDraftDocument,
    "\n  mutation UpdateMonthlyReportDraft($input: UpdateMonthlyReportDraftInput!) {\n    updateMonthlyReportDraft(input: $input) {\n      ...MonthlyReportFields\n    }\n  }\n": typeof types.UpdateMonthlyReportDraftDocument,
    "\n  mutation RefreshMonthlyReportFigures($id: ID!, $expectedRevision: Int!) {\n    refreshMonthlyReportFigures(id: $id, expectedRevision: $expectedRevision) {\n      ...MonthlyReportFields\n    }\n  }\n": typeof types.RefreshMonthlyReportFiguresDocument,
    "\n  mutation DiscardMonthlyReportDraft($id: ID!, $expectedRevision: Int!) {\n    discardMonthlyReportDraft(id: $id, expectedRevision: $expectedRevision)\n  }\n": typeof types.DiscardMonthlyReportDraftDocument,
    "\n  mutation FinalizeMonthlyReport($id: ID!, $expectedRevision: Int!) {\n    finalizeMonthlyReport(id: $id, expectedRevision: $expectedRevision) {\n      ...MonthlyReportFields\n    }\n  }\n": typeof types.FinalizeMonthlyReportDocument,
    "\n  mutation PublishBulletin($input: PublishBulletinInput!) {\n    publishBulletin(input: $input) {\n      id\n      publishedAt\n    }\n  }\n": typeof types.PublishBulletinDocument,
    "\n  query Bulletins($first: Int!) {\n    bulletins(first: $first) {\n      nodes {\n        id\n        month\n        reportVersion\n        title\n        body\n        publishedAt\n        publishedBy {\n          id\n          displayName\n        }\n        figures {\n          total {\n            reports\n            cases\n            warned\n            deletedWithin7DaysShare\n          }\n          byCategory {\n            category\n            cases\n            warned\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.BulletinsDocument,
    "\n  fragment UnitReportFields on Report {\n    id\n    url\n    note\n    source\n    createdAt\n    reportedBy {\n      id\n      displayName\n    }\n    case {\n      id\n      number\n      postId\n      status\n      version\n    }\n  }\n": typeof types.UnitReportFieldsFragmentDoc,
    "\n  query UnitReports($first: Int, $after: String) {\n    unitReports(first: $first, after: $after) {\n      nodes {\n        ...UnitReportFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.UnitReportsDocument,
    "\n  mutation SubmitReport($input: SubmitReportInput!) {\n    submitReport(input: $input) {\n      duplicate\n      report {\n        ...UnitReportFields\n      }\n      case {\n        id\n        number\n        postId\n        status\n        version\n      }\n    }\n  }\n": typeof types.SubmitReportDocument,
    "\n  query ReviewQueue($first: Int, $after: String) {\n    reviewQueue(first: $first, after: $after) {\n      nodes {\n        ...ListCaseFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ReviewQueueDocument,
    "\n  query RecentWarnings($limit: Int) {\n    recentWarnings(limit: $limit) {\n      ...ListCaseFields\n    }\n  }\n": typeof types.RecentWarningsDocument,
    "\n  mutation TakeCase($caseId: ID!, $expectedVersion: Int!) {\n    takeCase(caseId: $caseId, expectedVersion: $expectedVersion) {\n      ...ListCaseFields\n    }\n  }\n": typeof types.TakeCaseDocument,
    "\n  mutation ReleaseCase($caseId: ID!, $expectedVersion: Int!) {\n    releaseCase(caseId: $caseId, expectedVersion: $expectedVersion) {\n      ...ListCaseFields\n    }\n  }\n": typeof types.ReleaseCaseDocument,
    "\n  mutation WarnCase($input: ScreeningInput!) {\n    warnCase(input: $input) {\n      ...ListCaseFields\n    }\n  }\n": typeof types.WarnCaseDocument,
    "\n  mutation RequestApproval($input: RequestApprovalInput!) {\n    requestApproval(input: $input) {\n      ...ListCaseFields\n    }\n  }\n": typeof types.RequestApprovalDocument,
    "\n  mutation MarkNotApplicable($input: MarkNotApplicableInput!) {\n    markNotApplicable(input: $input) {\n      ...ListCaseFields\n    }\n  }\n": typeof types.MarkNotApplicableDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastSeenAt\n      ip\n      current\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n": typeof types.EndSessionDocument,
    "\n  mutation EndOtherSessions {\n    endOtherSessions\n  }\n": typeof types.EndOtherSessionsDocument,
    "\n  fragment DurationFields on DurationSummary {\n    count\n    p50Seconds\n    p90Seconds\n    maxSeconds\n  }\n": typeof types.DurationFieldsFragmentDoc,
    "\n  query StatisticsDashboard($byMonth: StatisticsInput!, $byCategory: StatisticsInput!) {\n    byMonth: statistics(input: $byMonth) {\n      from\n      to\n      generatedAt\n      totals {\n        reports\n        cases\n        screened\n        warned\n        reportedToChief\n        acknowledged\n        recheckedAfter1Day\n        deletedWithin1Day\n        recheckedWithin7Days\n        deletedWithin7Days\n        deletedWithin1DayShare\n        deletedWithin7DaysShare\n        timeToReply {\n          ...DurationFields\n        }\n        timeToDecision {\n          ...DurationFields\n        }\n      }\n      rows {\n        month\n        reports\n        cases\n        warned\n      }\n      funnel {\n        stage\n        count\n        shareOfPrevious\n      }\n    }\n    byCategory: statistics(input: $byCategory) {\n      rows {\n        category\n        cases\n        warned\n      }\n    }\n  }\n": typeof types.StatisticsDashboardDocument,
    "\n  fragment ReplyTemplateFields on ReplyTemplate {\n    id\n    key\n    audience\n    category\n    version\n    body\n    active\n    note\n    createdAt\n    createdBy {\n      id\n      displayName\n    }\n  }\n": typeof types.ReplyTemplateFieldsFragmentDoc,
    "\n  query ReplyTemplates {\n    replyTemplates(includeInactive: false) {\n      ...ReplyTemplateFields\n    }\n  }\n": typeof types.ReplyTemplatesDocument,
    "\n  query ReplyTemplateHistory($audience: Audience!, $category: Category) {\n    replyTemplateHistory(audience: $audience, category: $category) {\n      ...ReplyTemplateFields\n    }\n  }\n": typeof types.ReplyTemplateHistoryDocument,
    "\n  query PreviewReply($audience: Audience!, $categories: [Category!]!, $caseNumber: Int) {\n    previewReply(audience: $audience, categories: $categories, caseNumber: $caseNumber) {\n      text\n      weightedLength\n      valid\n      templateId\n      templateKey\n      templateVersion\n      caseNumber\n    }\n  }\n": typeof types.PreviewReplyDocument,
    "\n  mutation CreateReplyTemplate($audience: Audience!, $category: Category, $body: String!, $note: String) {\n    createReplyTemplate(audience: $audience, category: $category, body: $body, note: $note) {\n      ...ReplyTemplateFields\n    }\n  }\n": typeof types.CreateReplyTemplateDocument,
    "\n  mutation UpdateReplyTemplate($id: ID!, $body: String!, $note: String, $expectedVersion: Int!) {\n    updateReplyTemplate(id: $id, body: $body, note: $note, expectedVersion: $expectedVersion) {\n      ...ReplyTemplateFields\n    }\n  }\n": typeof types.UpdateReplyTemplateDocument,
    "\n  mutation DeactivateReplyTemplate($id: ID!) {\n    deactivateReplyTemplate(id: $id) {\n      ...ReplyTemplateFields\n    }\n  }\n": typeof types.DeactivateReplyTemplateDocument,
    "\n  fragment TipFields on Tip {\n    id\n    url\n    note\n    submittedAt\n    status\n  }\n": typeof types.TipFieldsFragmentDoc,
    "\n  query MyTips($first: Int, $after: String) {\n    myTips(first: $first, after: $after) {\n      nodes {\n        ...TipFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyTipsDocument,
    "\n  mutation SubmitTip($input: SubmitTipInput!) {\n    submitTip(input: $input) {\n      ...TipFields\n    }\n  }\n": typeof types.SubmitTipDocument,
    "\n  fragment UnitFields on Unit {\n    id\n    code\n    name\n    kind\n    version\n  }\n": typeof types.UnitFieldsFragmentDoc,
    "\n  query Units {\n    units {\n      ...UnitFields\n    }\n  }\n": typeof types.UnitsDocument,
    "\n  mutation CreateUnit($code: String!, $name: String!, $kind: UnitKind!) {\n    createUnit(code: $code, name: $name, kind: $kind) {\n      ...UnitFields\n    }\n  }\n": typeof types.CreateUnitDocument,
    "\n  mutation UpdateUnit($id: ID!, $name: String!, $expectedVersion: Int) {\n    updateUnit(id: $id, name: $name, expectedVersion: $expectedVersion) {\n      ...UnitFields\n    }\n  }\n": typeof types.UpdateUnitDocument,
    "\n  fragment AdminUserFields on User {\n    id\n    username\n    displayName\n    role\n    unit {\n      id\n      code\n      name\n      kind\n    }\n    active\n    deactivatedAt\n    deactivationReason\n    deactivationKind\n    lastLoginAt\n    lockedAt\n    createdAt\n    mustChangePassword\n  }\n": typeof types.AdminUserFieldsFragmentDoc,
    "\n  query Users($filter: UserFilter, $first: Int!, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...AdminUserFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation DeactivateUser($id: ID!, $reason: String!) {\n    deactivateUser(id: $id, reason: $reason) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.ReactivateUserDocument,
    "\n  mutation ResetUserPassword($id: ID!, $newPassword: String!) {\n    resetUserPassword(id: $id, newPassword: $newPassword) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.ResetUserPasswordDocument,
    "\n  mutation UnlockUser($id: ID!) {\n    unlockUser(id: $id) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.UnlockUserDocument,
    "\n  query AwaitingReportToChief($first: Int, $after: String) {\n    awaitingReportToChief(first: $first, after: $after) {\n      nodes {\n        ...ListCaseFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AwaitingReportToChiefDocument,
    "\n  query ReportsToAcknowledge($first: Int, $after: String) {\n    reportsToAcknowledge(first: $first, after: $after) {\n      nodes {\n        ...ListCaseFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ReportsToAcknowledgeDocument,
    "\n  mutation ReportToChief($caseId: ID!, $expectedVersion: Int!, $note: String) {\n    reportToChief(caseId: $caseId, expectedVersion: $expectedVersion, note: $note) {\n      ...ListCaseFields\n    }\n  }\n": typeof types.ReportToChiefDocument,
    "\n  mutation AcknowledgeReport($caseId: ID!, $expectedVersion: Int!) {\n    acknowledgeReport(caseId: $caseId, expectedVersion: $expectedVersion) {\n      ...ListCaseFields\n    }\n  }\n": typeof types.AcknowledgeReportDocument,
};
const documents: Documents = {
    "\n  query MyAlerts($limit: Int!) {\n    myAlerts(limit: $limit, unacknowledgedOnly: true) {\n      id\n      escalationId\n      escalationKind\n      reason\n      urgent\n      createdAt\n      currentStep\n      acknowledgedAt\n      raisedBy {\n        id\n        displayName\n      }\n      escalation {\n        id\n        number\n        summary\n        postUrl\n        status\n        dueAt\n        caseNumber\n        raisedUnit {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MyAlertsDocument,
    "\n  mutation AcknowledgeAlert($id: ID!) {\n    acknowledgeAlert(id: $id) {\n      id\n      acknowledgedAt\n      ackLatencyMs\n      acknowledgedBy {\n        id\n        displayName\n      }\n    }\n  }\n": types.AcknowledgeAlertDocument,
    "\n  subscription AlertRaised {\n    alertRaised {\n      alertId\n      escalationId\n      escalationKind\n      reason\n      urgent\n      step\n      notificationId\n      raisedAt\n      deliveredAt\n    }\n  }\n": types.AlertRaisedDocument,
    "\n  query AwaitingApproval($first: Int, $after: String) {\n    awaitingApproval(first: $first, after: $after) {\n      nodes {\n        ...ListCaseFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AwaitingApprovalDocument,
    "\n  mutation ApproveWarning($caseId: ID!, $expectedVersion: Int!, $comment: String) {\n    approveWarning(caseId: $caseId, expectedVersion: $expectedVersion, comment: $comment) {\n      ...ListCaseFields\n    }\n  }\n": types.ApproveWarningDocument,
    "\n  mutation DeclineWarning($caseId: ID!, $expectedVersion: Int!, $reason: String!) {\n    declineWarning(caseId: $caseId, expectedVersion: $expectedVersion, reason: $reason) {\n      ...ListCaseFields\n    }\n  }\n": types.DeclineWarningDocument,
    "\n  mutation ReturnForScreening($caseId: ID!, $expectedVersion: Int!, $comment: String!) {\n    returnForScreening(caseId: $caseId, expectedVersion: $expectedVersion, comment: $comment) {\n      ...ListCaseFields\n    }\n  }\n": types.ReturnForScreeningDocument,
    "\n  query AuditEvents($filter: AuditEventFilter, $first: Int!, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        at\n        action\n        objectType\n        objectId\n        actorRole\n        actor {\n          id\n          displayName\n        }\n        before\n        after\n        requestId\n        ip\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  fragment CurrentUserFields on User {\n    id\n    username\n    displayName\n    role\n    unit {\n      id\n      code\n      name\n      kind\n    }\n  }\n": types.CurrentUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUserFields\n      mfaEnabled\n      mfaRequired\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      step\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      step\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation VerifyMfa($code: String!) {\n    verifyMfa(code: $code) {\n      step\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n": types.VerifyMfaDocument,
    "\n  mutation StartMfaEnrolment {\n    startMfaEnrolment {\n      secret\n      otpauthUri\n    }\n  }\n": types.StartMfaEnrolmentDocument,
    "\n  mutation ConfirmMfaEnrolment($code: String!) {\n    confirmMfaEnrolment(code: $code) {\n      recoveryCodes\n      step\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n": types.ConfirmMfaEnrolmentDocument,
    "\n  mutation RegenerateRecoveryCodes($code: String!) {\n    regenerateRecoveryCodes(code: $code)\n  }\n": types.RegenerateRecoveryCodesDocument,
    "\n  mutation DisableMfa($password: String!) {\n    disableMfa(password: $password)\n  }\n": types.DisableMfaDocument,
    "\n  query CaseDetail($id: ID!, $withAccount: Boolean!) {\n    case(id: $id) {\n      ...ListCaseFields\n      claimedAt\n      templateVersion\n      notApplicableReason\n      approvedAt\n      manualReplyUrl\n      acknowledgedAt\n      closedAt\n      closeReason\n      closeNote\n      reports {\n        id\n        url\n        note\n        source\n        postText\n        profileText\n        createdAt\n        reportedBy {\n          id\n          displayName\n        }\n        unit {\n          id\n          name\n        }\n      }\n      xAccount @include(if: $withAccount) {\n        id\n        username\n        displayName\n        caseCount\n        cases {\n          id\n          number\n          postUrl\n          status\n          firstReportedAt\n        }\n      }\n    }\n    caseTimeline(caseId: $id) {\n      at\n      kind\n      action\n      actorId\n      actorRole\n      toStatus\n      note\n    }\n  }\n": types.CaseDetailDocument,
    "\n  fragment ListCaseFields on Case {\n    id\n    number\n    postId\n    postUrl\n    status\n    version\n    firstReportedAt\n    ageSeconds\n    reportCount\n    claimedBy {\n      id\n      displayName\n    }\n    postText\n    profileText\n    region\n    childIndication\n    childIndicationSource\n    categories\n    audience\n    decidedAt\n    replyText\n    replyPostId\n    replyPostedAt\n    replyChannel\n    failureReason\n    approvalReason\n    approvalRequestedAt\n    chiefComment\n    reportedToChiefAt\n    reportToChiefNote\n  }\n": types.ListCaseFieldsFragmentDoc,
    "\n  query WorkCounts($first: Int!, $isChief: Boolean!) {\n    reviewQueue(first: $first) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    awaitingApproval(first: $first) @include(if: $isChief) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    awaitingReportToChief(first: $first) @skip(if: $isChief) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    reportsToAcknowledge(first: $first) @include(if: $isChief) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    failedReplies(first: $first) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.WorkCountsDocument,
    "\n  fragment EscalationRowFields on Escalation {\n    id\n    number\n    kind\n    urgency\n    status\n    version\n    summary\n    postUrl\n    dueAt\n    overdue\n    ageMinutes\n    createdAt\n    completedAt\n    caseNumber\n    stepCount\n    openStepCount\n    owner {\n      id\n      displayName\n    }\n    raisedBy {\n      id\n      displayName\n    }\n    raisedUnit {\n      id\n      name\n    }\n  }\n": types.EscalationRowFieldsFragmentDoc,
    "\n  query Escalations($filter: EscalationFilter, $first: Int!, $after: String) {\n    escalations(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...EscalationRowFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.EscalationsDocument,
    "\n  fragment EscalationDetailFields on Escalation {\n    ...EscalationRowFields\n    postId\n    assignedAt\n    externalReference\n    cancelReason\n    checklistTemplateVersion\n    updatedAt\n    case {\n      id\n      number\n    }\n    steps {\n      position\n      labelJa\n      labelEn\n      doneAt\n      doneBy {\n        id\n        displayName\n      }\n    }\n    timeline {\n      id\n      type\n      at\n      note\n      data\n      actor {\n        id\n        displayName\n      }\n    }\n    disclosure {\n      accountUrl\n      postUrls\n      personAtRisk\n      danger\n      informationNeeded\n      reason\n      contact\n      sentAt\n      answer\n      answerText\n      answeredAt\n    }\n    deletion {\n      reason\n      requestedAt\n      lastCheckedAt\n      checkCount\n      removedAt\n      removalOutcome\n      hoursToRemoval\n      reminderAlertedAt\n    }\n    incident {\n      detectedAt\n      affectedAsset\n      reports {\n        recipient\n        recipientName\n        method\n        reportedAt\n        note\n        reportedBy {\n          id\n          displayName\n        }\n      }\n      pendingRecipients\n    }\n  }\n": types.EscalationDetailFieldsFragmentDoc,
    "\n  query Escalation($id: ID!) {\n    escalation(id: $id) {\n      ...EscalationDetailFields\n    }\n  }\n": types.EscalationDocument,
    "\n  query MyRaisedEscalations($first: Int!) {\n    myRaisedEscalations(first: $first) {\n      nodes {\n        id\n        number\n        kind\n        urgency\n        status\n        postUrl\n        summary\n        raisedAt\n        completedAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyRaisedEscalationsDocument,
    "\n  mutation RaiseEscalation($input: RaiseEscalationInput!) {\n    raiseEscalation(input: $input) {\n      id\n      number\n      kind\n      urgency\n      status\n      postUrl\n      summary\n      raisedAt\n      completedAt\n    }\n  }\n": types.RaiseEscalationDocument,
    "\n  mutation ClaimEscalation($escalationId: ID!, $expectedVersion: Int!) {\n    claimEscalation(escalationId: $escalationId, expectedVersion: $expectedVersion) {\n      ...EscalationDetailFields\n    }\n  }\n": types.ClaimEscalationDocument,
    "\n  mutation AssignEscalation($escalationId: ID!, $ownerId: ID!, $expectedVersion: Int!) {\n    assignEscalation(escalationId: $escalationId, ownerId: $ownerId, expectedVersion: $expectedVersion) {\n      ...EscalationDetailFields\n    }\n  }\n": types.AssignEscalationDocument,
    "\n  mutation StartEscalation($escalationId: ID!, $expectedVersion: Int!) {\n    startEscalation(escalationId: $escalationId, expectedVersion: $expectedVersion) {\n      ...EscalationDetailFields\n    }\n  }\n": types.StartEscalationDocument,
    "\n  mutation ReturnEscalationToOpen($escalationId: ID!, $expectedVersion: Int!, $note: String) {\n    returnEscalationToOpen(escalationId: $escalationId, expectedVersion: $expectedVersion, note: $note) {\n      ...EscalationDetailFields\n    }\n  }\n": types.ReturnEscalationToOpenDocument,
    "\n  mutation CompleteEscalation($escalationId: ID!, $expectedVersion: Int!, $note: String) {\n    completeEscalation(escalationId: $escalationId, expectedVersion: $expectedVersion, note: $note) {\n      ...EscalationDetailFields\n    }\n  }\n": types.CompleteEscalationDocument,
    "\n  mutation CancelEscalation($escalationId: ID!, $expectedVersion: Int!, $reason: String!) {\n    cancelEscalation(escalationId: $escalationId, expectedVersion: $expectedVersion, reason: $reason) {\n      ...EscalationDetailFields\n    }\n  }\n": types.CancelEscalationDocument,
    "\n  mutation ReopenEscalation($escalationId: ID!, $expectedVersion: Int!, $reason: String!) {\n    reopenEscalation(escalationId: $escalationId, expectedVersion: $expectedVersion, reason: $reason) {\n      ...EscalationDetailFields\n    }\n  }\n": types.ReopenEscalationDocument,
    "\n  mutation TickEscalationStep($escalationId: ID!, $position: Int!) {\n    tickEscalationStep(escalationId: $escalationId, position: $position) {\n      ...EscalationDetailFields\n    }\n  }\n": types.TickEscalationStepDocument,
    "\n  mutation UntickEscalationStep($escalationId: ID!, $position: Int!) {\n    untickEscalationStep(escalationId: $escalationId, position: $position) {\n      ...EscalationDetailFields\n    }\n  }\n": types.UntickEscalationStepDocument,
    "\n  mutation AddEscalationNote($escalationId: ID!, $text: String!) {\n    addEscalationNote(escalationId: $escalationId, text: $text) {\n      ...EscalationDetailFields\n    }\n  }\n": types.AddEscalationNoteDocument,
    "\n  mutation UpdateEscalation($input: UpdateEscalationInput!) {\n    updateEscalation(input: $input) {\n      ...EscalationDetailFields\n    }\n  }\n": types.UpdateEscalationDocument,
    "\n  mutation UpdateEmergencyDisclosure($escalationId: ID!, $input: EmergencyDisclosureInput!) {\n    updateEmergencyDisclosure(escalationId: $escalationId, input: $input) {\n      ...EscalationDetailFields\n    }\n  }\n": types.UpdateEmergencyDisclosureDocument,
    "\n  mutation RecordDisclosureSent($escalationId: ID!, $xReference: String, $sentAt: DateTimeISO) {\n    recordDisclosureSent(escalationId: $escalationId, xReference: $xReference, sentAt: $sentAt) {\n      ...EscalationDetailFields\n    }\n  }\n": types.RecordDisclosureSentDocument,
    "\n  mutation RecordDisclosureAnswer($input: RecordDisclosureAnswerInput!) {\n    recordDisclosureAnswer(input: $input) {\n      ...EscalationDetailFields\n    }\n  }\n": types.RecordDisclosureAnswerDocument,
    "\n  mutation RecordDeletionRequestSent($escalationId: ID!, $xReference: String, $sentAt: DateTimeISO) {\n    recordDeletionRequestSent(escalationId: $escalationId, xReference: $xReference, sentAt: $sentAt) {\n      ...EscalationDetailFields\n    }\n  }\n": types.RecordDeletionRequestSentDocument,
    "\n  mutation RecordIncidentReport($input: RecordIncidentReportInput!) {\n    recordIncidentReport(input: $input) {\n      ...EscalationDetailFields\n    }\n  }\n": types.RecordIncidentReportDocument,
    "\n  query EmergencyDisclosureRequest($escalationId: ID!) {\n    emergencyDisclosureRequest(escalationId: $escalationId) {\n      escalationId\n      missingFields\n      textJa\n      textEn\n      requestingOfficer\n      requestingUnit\n    }\n  }\n": types.EmergencyDisclosureRequestDocument,
    "\n  fragment ChecklistVersionFields on EscalationChecklistTemplate {\n      id\n      kind\n      version\n      note\n      createdAt\n      createdBy {\n        id\n        displayName\n      }\n      steps {\n        position\n        labelJa\n        labelEn\n      }\n  }\n": types.ChecklistVersionFieldsFragmentDoc,
    "\n  query EscalationChecklistTemplates {\n    escalationChecklistTemplates {\n      ...ChecklistVersionFields\n    }\n  }\n": types.EscalationChecklistTemplatesDocument,
    "\n  query EscalationChecklistHistory($kind: EscalationKind!) {\n    escalationChecklistHistory(kind: $kind) {\n      ...ChecklistVersionFields\n    }\n  }\n": types.EscalationChecklistHistoryDocument,
    "\n  mutation UpdateEscalationChecklist($input: UpdateChecklistInput!) {\n    updateEscalationChecklist(input: $input) {\n      ...ChecklistVersionFields\n    }\n  }\n": types.UpdateEscalationChecklistDocument,
    "\n  query EscalationStatistics($from: DateTimeISO!, $to: DateTimeISO!) {\n    escalationStatistics(from: $from, to: $to) {\n      from\n      to\n      counts {\n        month\n        kind\n        status\n        count\n      }\n      deletion {\n        requested\n        removed\n        stillUp\n        hoursToRemovalP50\n        hoursToRemovalP90\n      }\n    }\n  }\n": types.EscalationStatisticsDocument,
    "\n  query EscalationAssignees {\n    officersInCharge: users(first: 100, filter: { role: OFFICER_IN_CHARGE, active: true }) {\n      nodes {\n        id\n        displayName\n      }\n    }\n    chiefs: users(first: 20, filter: { role: CHIEF, active: true }) {\n      nodes {\n        id\n        displayName\n      }\n    }\n  }\n": types.EscalationAssigneesDocument,
    "\n  query FailedReplies($first: Int, $after: String) {\n    failedReplies(first: $first, after: $after) {\n      nodes {\n        ...ListCaseFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.FailedRepliesDocument,
    "\n  mutation RetryReply($input: RetryReplyInput!) {\n    retryReply(input: $input) {\n      ...ListCaseFields\n    }\n  }\n": types.RetryReplyDocument,
    "\n  mutation CloseFailedReply($caseId: ID!, $expectedVersion: Int!, $reason: String!) {\n    closeFailedReply(caseId: $caseId, expectedVersion: $expectedVersion, reason: $reason) {\n      ...ListCaseFields\n    }\n  }\n": types.CloseFailedReplyDocument,
    "\n  subscription WorkQueueChanged {\n    workQueueChanged {\n      changes {\n        caseId\n        caseNumber\n        fromStatus\n        toStatus\n      }\n      omitted\n      resync\n      at\n    }\n  }\n": types.WorkQueueChangedDocument,
    "\n  query PendingReplies($first: Int, $after: String) {\n    pendingReplies(first: $first, after: $after) {\n      nodes {\n        ...ListCaseFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PendingRepliesDocument,
    "\n  query ManualReply($caseId: ID!, $audience: Audience!, $categories: [Category!]!, $caseNumber: Int!) {\n    manualReply(caseId: $caseId) {\n      caseId\n      text\n      intentUrl\n      postUrl\n    }\n    previewReply(audience: $audience, categories: $categories, caseNumber: $caseNumber) {\n      text\n      weightedLength\n    }\n  }\n": types.ManualReplyDocument,
    "\n  mutation SwitchToManualReply($caseId: ID!, $expectedVersion: Int!) {\n    switchToManualReply(caseId: $caseId, expectedVersion: $expectedVersion) {\n      id\n      status\n      version\n      replyChannel\n    }\n  }\n": types.SwitchToManualReplyDocument,
    "\n  mutation RecordManualReply($caseId: ID!, $expectedVersion: Int!, $replyUrl: String!) {\n    recordManualReply(caseId: $caseId, expectedVersion: $expectedVersion, replyUrl: $replyUrl) {\n      id\n      status\n      version\n      manualReplyUrl\n    }\n  }\n": types.RecordManualReplyDocument,
    "\n  fragment ReportRowFields on StatisticsRow {\n    category\n    audience\n    source\n    unitId\n    unitName\n    reports\n    cases\n    warned\n    deletedWithin7DaysShare\n  }\n": types.ReportRowFieldsFragmentDoc,
    "\n  fragment MonthlyReportSummaryFields on MonthlyReport {\n    id\n    month\n    version\n    status\n    revision\n    createdAt\n    finalizedAt\n    bulletin {\n      id\n      publishedAt\n    }\n  }\n": types.MonthlyReportSummaryFieldsFragmentDoc,
    "\n  fragment MonthlyReportFields on MonthlyReport {\n    ...MonthlyReportSummaryFields\n    remarks\n    figuresGeneratedAt\n    updatedAt\n    suggestedBulletinTitle\n    suggestedBulletinBody\n    createdBy {\n      id\n      displayName\n    }\n    finalizedBy {\n      id\n      displayName\n    }\n    figures {\n      from\n      to\n      total {\n        ...ReportRowFields\n      }\n      byCategory {\n        ...ReportRowFields\n      }\n      byUnit {\n        ...ReportRowFields\n      }\n      bySource {\n        ...ReportRowFields\n      }\n      byAudience {\n        ...ReportRowFields\n      }\n    }\n  }\n": types.MonthlyReportFieldsFragmentDoc,
    "\n  query MonthlyReports($first: Int!) {\n    monthlyReports(first: $first) {\n      nodes {\n        ...MonthlyReportSummaryFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MonthlyReportsDocument,
    "\n  query MonthlyReport($id: ID!) {\n    monthlyReport(id: $id) {\n      ...MonthlyReportFields\n    }\n  }\n": types.MonthlyReportDocument,
    "\n  mutation GenerateMonthlyReportDraft($month: String!) {\n    generateMonthlyReportDraft(month: $month) {\n      ...MonthlyReportFields\n    }\n  }\n": types.GenerateMonthlyReportDraftDocument,
    "\n  mutation UpdateMonthlyReportDraft($input: UpdateMonthlyReportDraftInput!) {\n    updateMonthlyReportDraft(input: $input) {\n      ...MonthlyReportFields\n    }\n  }\n": types.UpdateMonthlyReportDraftDocument,
    "\n  mutation RefreshMonthlyReportFigures($id: ID!, $expectedRevision: Int!) {\n    refreshMonthlyReportFigures(id: $id, expectedRevision: $expectedRevision) {\n      ...MonthlyReportFields\n    }\n  }\n": types.RefreshMonthlyReportFiguresDocument,
    "\n  mutation DiscardMonthlyReportDraft($id: ID!, $expectedRevision: Int!) {\n    discardMonthlyReportDraft(id: $id, expectedRevision: $expectedRevision)\n  }\n": types.DiscardMonthlyReportDraftDocument,
    "\n  mutation FinalizeMonthlyReport($id: ID!, $expectedRevision: Int!) {\n    finalizeMonthlyReport(id: $id, expectedRevision: $expectedRevision) {\n      ...MonthlyReportFields\n    }\n  }\n": types.FinalizeMonthlyReportDocument,
    "\n  mutation PublishBulletin($input: PublishBulletinInput!) {\n    publishBulletin(input: $input) {\n      id\n      publishedAt\n    }\n  }\n": types.PublishBulletinDocument,
    "\n  query Bulletins($first: Int!) {\n    bulletins(first: $first) {\n      nodes {\n        id\n        month\n        reportVersion\n        title\n        body\n        publishedAt\n        publishedBy {\n          id\n          displayName\n        }\n        figures {\n          total {\n            reports\n            cases\n            warned\n            deletedWithin7DaysShare\n          }\n          byCategory {\n            category\n            cases\n            warned\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.BulletinsDocument,
    "\n  fragment UnitReportFields on Report {\n    id\n    url\n    note\n    source\n    createdAt\n    reportedBy {\n      id\n      displayName\n    }\n    case {\n      id\n      number\n      postId\n      status\n      version\n    }\n  }\n": types.UnitReportFieldsFragmentDoc,
    "\n  query UnitReports($first: Int, $after: String) {\n    unitReports(first: $first, after: $after) {\n      nodes {\n        ...UnitReportFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.UnitReportsDocument,
    "\n  mutation SubmitReport($input: SubmitReportInput!) {\n    submitReport(input: $input) {\n      duplicate\n      report {\n        ...UnitReportFields\n      }\n      case {\n        id\n        number\n        postId\n        status\n        version\n      }\n    }\n  }\n": types.SubmitReportDocument,
    "\n  query ReviewQueue($first: Int, $after: String) {\n    reviewQueue(first: $first, after: $after) {\n      nodes {\n        ...ListCaseFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ReviewQueueDocument,
    "\n  query RecentWarnings($limit: Int) {\n    recentWarnings(limit: $limit) {\n      ...ListCaseFields\n    }\n  }\n": types.RecentWarningsDocument,
    "\n  mutation TakeCase($caseId: ID!, $expectedVersion: Int!) {\n    takeCase(caseId: $caseId, expectedVersion: $expectedVersion) {\n      ...ListCaseFields\n    }\n  }\n": types.TakeCaseDocument,
    "\n  mutation ReleaseCase($caseId: ID!, $expectedVersion: Int!) {\n    releaseCase(caseId: $caseId, expectedVersion: $expectedVersion) {\n      ...ListCaseFields\n    }\n  }\n": types.ReleaseCaseDocument,
    "\n  mutation WarnCase($input: ScreeningInput!) {\n    warnCase(input: $input) {\n      ...ListCaseFields\n    }\n  }\n": types.WarnCaseDocument,
    "\n  mutation RequestApproval($input: RequestApprovalInput!) {\n    requestApproval(input: $input) {\n      ...ListCaseFields\n    }\n  }\n": types.RequestApprovalDocument,
    "\n  mutation MarkNotApplicable($input: MarkNotApplicableInput!) {\n    markNotApplicable(input: $input) {\n      ...ListCaseFields\n    }\n  }\n": types.MarkNotApplicableDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastSeenAt\n      ip\n      current\n    }\n  }\n": types.MySessionsDocument,
    "\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n": types.EndSessionDocument,
    "\n  mutation EndOtherSessions {\n    endOtherSessions\n  }\n": types.EndOtherSessionsDocument,
    "\n  fragment DurationFields on DurationSummary {\n    count\n    p50Seconds\n    p90Seconds\n    maxSeconds\n  }\n": types.DurationFieldsFragmentDoc,
    "\n  query StatisticsDashboard($byMonth: StatisticsInput!, $byCategory: StatisticsInput!) {\n    byMonth: statistics(input: $byMonth) {\n      from\n      to\n      generatedAt\n      totals {\n        reports\n        cases\n        screened\n        warned\n        reportedToChief\n        acknowledged\n        recheckedAfter1Day\n        deletedWithin1Day\n        recheckedWithin7Days\n        deletedWithin7Days\n        deletedWithin1DayShare\n        deletedWithin7DaysShare\n        timeToReply {\n          ...DurationFields\n        }\n        timeToDecision {\n          ...DurationFields\n        }\n      }\n      rows {\n        month\n        reports\n        cases\n        warned\n      }\n      funnel {\n        stage\n        count\n        shareOfPrevious\n      }\n    }\n    byCategory: statistics(input: $byCategory) {\n      rows {\n        category\n        cases\n        warned\n      }\n    }\n  }\n": types.StatisticsDashboardDocument,
    "\n  fragment ReplyTemplateFields on ReplyTemplate {\n    id\n    key\n    audience\n    category\n    version\n    body\n    active\n    note\n    createdAt\n    createdBy {\n      id\n      displayName\n    }\n  }\n": types.ReplyTemplateFieldsFragmentDoc,
    "\n  query ReplyTemplates {\n    replyTemplates(includeInactive: false) {\n      ...ReplyTemplateFields\n    }\n  }\n": types.ReplyTemplatesDocument,
    "\n  query ReplyTemplateHistory($audience: Audience!, $category: Category) {\n    replyTemplateHistory(audience: $audience, category: $category) {\n      ...ReplyTemplateFields\n    }\n  }\n": types.ReplyTemplateHistoryDocument,
    "\n  query PreviewReply($audience: Audience!, $categories: [Category!]!, $caseNumber: Int) {\n    previewReply(audience: $audience, categories: $categories, caseNumber: $caseNumber) {\n      text\n      weightedLength\n      valid\n      templateId\n      templateKey\n      templateVersion\n      caseNumber\n    }\n  }\n": types.PreviewReplyDocument,
    "\n  mutation CreateReplyTemplate($audience: Audience!, $category: Category, $body: String!, $note: String) {\n    createReplyTemplate(audience: $audience, category: $category, body: $body, note: $note) {\n      ...ReplyTemplateFields\n    }\n  }\n": types.CreateReplyTemplateDocument,
    "\n  mutation UpdateReplyTemplate($id: ID!, $body: String!, $note: String, $expectedVersion: Int!) {\n    updateReplyTemplate(id: $id, body: $body, note: $note, expectedVersion: $expectedVersion) {\n      ...ReplyTemplateFields\n    }\n  }\n": types.UpdateReplyTemplateDocument,
    "\n  mutation DeactivateReplyTemplate($id: ID!) {\n    deactivateReplyTemplate(id: $id) {\n      ...ReplyTemplateFields\n    }\n  }\n": types.DeactivateReplyTemplateDocument,
    "\n  fragment TipFields on Tip {\n    id\n    url\n    note\n    submittedAt\n    status\n  }\n": types.TipFieldsFragmentDoc,
    "\n  query MyTips($first: Int, $after: String) {\n    myTips(first: $first, after: $after) {\n      nodes {\n        ...TipFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyTipsDocument,
    "\n  mutation SubmitTip($input: SubmitTipInput!) {\n    submitTip(input: $input) {\n      ...TipFields\n    }\n  }\n": types.SubmitTipDocument,
    "\n  fragment UnitFields on Unit {\n    id\n    code\n    name\n    kind\n    version\n  }\n": types.UnitFieldsFragmentDoc,
    "\n  query Units {\n    units {\n      ...UnitFields\n    }\n  }\n": types.UnitsDocument,
    "\n  mutation CreateUnit($code: String!, $name: String!, $kind: UnitKind!) {\n    createUnit(code: $code, name: $name, kind: $kind) {\n      ...UnitFields\n    }\n  }\n": types.CreateUnitDocument,
    "\n  mutation UpdateUnit($id: ID!, $name: String!, $expectedVersion: Int) {\n    updateUnit(id: $id, name: $name, expectedVersion: $expectedVersion) {\n      ...UnitFields\n    }\n  }\n": types.UpdateUnitDocument,
    "\n  fragment AdminUserFields on User {\n    id\n    username\n    displayName\n    role\n    unit {\n      id\n      code\n      name\n      kind\n    }\n    active\n    deactivatedAt\n    deactivationReason\n    deactivationKind\n    lastLoginAt\n    lockedAt\n    createdAt\n    mustChangePassword\n  }\n": types.AdminUserFieldsFragmentDoc,
    "\n  query Users($filter: UserFilter, $first: Int!, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...AdminUserFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...AdminUserFields\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation DeactivateUser($id: ID!, $reason: String!) {\n    deactivateUser(id: $id, reason: $reason) {\n      ...AdminUserFields\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      ...AdminUserFields\n    }\n  }\n": types.ReactivateUserDocument,
    "\n  mutation ResetUserPassword($id: ID!, $newPassword: String!) {\n    resetUserPassword(id: $id, newPassword: $newPassword) {\n      ...AdminUserFields\n    }\n  }\n": types.ResetUserPasswordDocument,
    "\n  mutation UnlockUser($id: ID!) {\n    unlockUser(id: $id) {\n      ...AdminUserFields\n    }\n  }\n": types.UnlockUserDocument,
    "\n  query AwaitingReportToChief($first: Int, $after: String) {\n    awaitingReportToChief(first: $first, after: $after) {\n      nodes {\n        ...ListCaseFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AwaitingReportToChiefDocument,
    "\n  query ReportsToAcknowledge($first: Int, $after: String) {\n    reportsToAcknowledge(first: $first, after: $after) {\n      nodes {\n        ...ListCaseFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ReportsToAcknowledgeDocument,
    "\n  mutation ReportToChief($caseId: ID!, $expectedVersion: Int!, $note: String) {\n    reportToChief(caseId: $caseId, expectedVersion: $expectedVersion, note: $note) {\n      ...ListCaseFields\n    }\n  }\n": types.ReportToChiefDocument,
    "\n  mutation AcknowledgeReport($caseId: ID!, $expectedVersion: Int!) {\n    acknowledgeReport(caseId: $caseId, expectedVersion: $expectedVersion) {\n      ...ListCaseFields\n    }\n  }\n": types.AcknowledgeReportDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAlerts($limit: Int!) {\n    myAlerts(limit: $limit, unacknowledgedOnly: true) {\n      id\n      escalationId\n      escalationKind\n      reason\n      urgent\n      createdAt\n      currentStep\n      acknowledgedAt\n      raisedBy {\n        id\n        displayName\n      }\n      escalation {\n        id\n        number\n        summary\n        postUrl\n        status\n        dueAt\n        caseNumber\n        raisedUnit {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyAlerts($limit: Int!) {\n    myAlerts(limit: $limit, unacknowledgedOnly: true) {\n      id\n      escalationId\n      escalationKind\n      reason\n      urgent\n      createdAt\n      currentStep\n      acknowledgedAt\n      raisedBy {\n        id\n        displayName\n      }\n      escalation {\n        id\n        number\n        summary\n        postUrl\n        status\n        dueAt\n        caseNumber\n        raisedUnit {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeAlert($id: ID!) {\n    acknowledgeAlert(id: $id) {\n      id\n      acknowledgedAt\n      ackLatencyMs\n      acknowledgedBy {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeAlert($id: ID!) {\n    acknowledgeAlert(id: $id) {\n      id\n      acknowledgedAt\n      ackLatencyMs\n      acknowledgedBy {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AlertRaised {\n    alertRaised {\n      alertId\n      escalationId\n      escalationKind\n      reason\n      urgent\n      step\n      notificationId\n      raisedAt\n      deliveredAt\n    }\n  }\n"): (typeof documents)["\n  subscription AlertRaised {\n    alertRaised {\n      alertId\n      escalationId\n      escalationKind\n      reason\n      urgent\n      step\n      notificationId\n      raisedAt\n      deliveredAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AwaitingApproval($first: Int, $after: String) {\n    awaitingApproval(first: $first, after: $after) {\n      nodes {\n        ...ListCaseFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AwaitingApproval($first: Int, $after: String) {\n    awaitingApproval(first: $first, after: $after) {\n      nodes {\n        ...ListCaseFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveWarning($caseId: ID!, $expectedVersion: Int!, $comment: String) {\n    approveWarning(caseId: $caseId, expectedVersion: $expectedVersion, comment: $comment) {\n      ...ListCaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveWarning($caseId: ID!, $expectedVersion: Int!, $comment: String) {\n    approveWarning(caseId: $caseId, expectedVersion: $expectedVersion, comment: $comment) {\n      ...ListCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineWarning($caseId: ID!, $expectedVersion: Int!, $reason: String!) {\n    declineWarning(caseId: $caseId, expectedVersion: $expectedVersion, reason: $reason) {\n      ...ListCaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineWarning($caseId: ID!, $expectedVersion: Int!, $reason: String!) {\n    declineWarning(caseId: $caseId, expectedVersion: $expectedVersion, reason: $reason) {\n      ...ListCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnForScreening($caseId: ID!, $expectedVersion: Int!, $comment: String!) {\n    returnForScreening(caseId: $caseId, expectedVersion: $expectedVersion, comment: $comment) {\n      ...ListCaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnForScreening($caseId: ID!, $expectedVersion: Int!, $comment: String!) {\n    returnForScreening(caseId: $caseId, expectedVersion: $expectedVersion, comment: $comment) {\n      ...ListCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($filter: AuditEventFilter, $first: Int!, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        at\n        action\n        objectType\n        objectId\n        actorRole\n        actor {\n          id\n          displayName\n        }\n        before\n        after\n        requestId\n        ip\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($filter: AuditEventFilter, $first: Int!, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        at\n        action\n        objectType\n        objectId\n        actorRole\n        actor {\n          id\n          displayName\n        }\n        before\n        after\n        requestId\n        ip\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CurrentUserFields on User {\n    id\n    username\n    displayName\n    role\n    unit {\n      id\n      code\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment CurrentUserFields on User {\n    id\n    username\n    displayName\n    role\n    unit {\n      id\n      code\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...CurrentUserFields\n      mfaEnabled\n      mfaRequired\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...CurrentUserFields\n      mfaEnabled\n      mfaRequired\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      step\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      step\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      step\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      step\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyMfa($code: String!) {\n    verifyMfa(code: $code) {\n      step\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyMfa($code: String!) {\n    verifyMfa(code: $code) {\n      step\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartMfaEnrolment {\n    startMfaEnrolment {\n      secret\n      otpauthUri\n    }\n  }\n"): (typeof documents)["\n  mutation StartMfaEnrolment {\n    startMfaEnrolment {\n      secret\n      otpauthUri\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmMfaEnrolment($code: String!) {\n    confirmMfaEnrolment(code: $code) {\n      recoveryCodes\n      step\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmMfaEnrolment($code: String!) {\n    confirmMfaEnrolment(code: $code) {\n      recoveryCodes\n      step\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegenerateRecoveryCodes($code: String!) {\n    regenerateRecoveryCodes(code: $code)\n  }\n"): (typeof documents)["\n  mutation RegenerateRecoveryCodes($code: String!) {\n    regenerateRecoveryCodes(code: $code)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableMfa($password: String!) {\n    disableMfa(password: $password)\n  }\n"): (typeof documents)["\n  mutation DisableMfa($password: String!) {\n    disableMfa(password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseDetail($id: ID!, $withAccount: Boolean!) {\n    case(id: $id) {\n      ...ListCaseFields\n      claimedAt\n      templateVersion\n      notApplicableReason\n      approvedAt\n      manualReplyUrl\n      acknowledgedAt\n      closedAt\n      closeReason\n      closeNote\n      reports {\n        id\n        url\n        note\n        source\n        postText\n        profileText\n        createdAt\n        reportedBy {\n          id\n          displayName\n        }\n        unit {\n          id\n          name\n        }\n      }\n      xAccount @include(if: $withAccount) {\n        id\n        username\n        displayName\n        caseCount\n        cases {\n          id\n          number\n          postUrl\n          status\n          firstReportedAt\n        }\n      }\n    }\n    caseTimeline(caseId: $id) {\n      at\n      kind\n      action\n      actorId\n      actorRole\n      toStatus\n      note\n    }\n  }\n"): (typeof documents)["\n  query CaseDetail($id: ID!, $withAccount: Boolean!) {\n    case(id: $id) {\n      ...ListCaseFields\n      claimedAt\n      templateVersion\n      notApplicableReason\n      approvedAt\n      manualReplyUrl\n      acknowledgedAt\n      closedAt\n      closeReason\n      closeNote\n      reports {\n        id\n        url\n        note\n        source\n        postText\n        profileText\n        createdAt\n        reportedBy {\n          id\n          displayName\n        }\n        unit {\n          id\n          name\n        }\n      }\n      xAccount @include(if: $withAccount) {\n        id\n        username\n        displayName\n        caseCount\n        cases {\n          id\n          number\n          postUrl\n          status\n          firstReportedAt\n        }\n      }\n    }\n    caseTimeline(caseId: $id) {\n      at\n      kind\n      action\n      actorId\n      actorRole\n      toStatus\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ListCaseFields on Case {\n    id\n    number\n    postId\n    postUrl\n    status\n    version\n    firstReportedAt\n    ageSeconds\n    reportCount\n    claimedBy {\n      id\n      displayName\n    }\n    postText\n    profileText\n    region\n    childIndication\n    childIndicationSource\n    categories\n    audience\n    decidedAt\n    replyText\n    replyPostId\n    replyPostedAt\n    replyChannel\n    failureReason\n    approvalReason\n    approvalRequestedAt\n    chiefComment\n    reportedToChiefAt\n    reportToChiefNote\n  }\n"): (typeof documents)["\n  fragment ListCaseFields on Case {\n    id\n    number\n    postId\n    postUrl\n    status\n    version\n    firstReportedAt\n    ageSeconds\n    reportCount\n    claimedBy {\n      id\n      displayName\n    }\n    postText\n    profileText\n    region\n    childIndication\n    childIndicationSource\n    categories\n    audience\n    decidedAt\n    replyText\n    replyPostId\n    replyPostedAt\n    replyChannel\n    failureReason\n    approvalReason\n    approvalRequestedAt\n    chiefComment\n    reportedToChiefAt\n    reportToChiefNote\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkCounts($first: Int!, $isChief: Boolean!) {\n    reviewQueue(first: $first) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    awaitingApproval(first: $first) @include(if: $isChief) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    awaitingReportToChief(first: $first) @skip(if: $isChief) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    reportsToAcknowledge(first: $first) @include(if: $isChief) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    failedReplies(first: $first) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkCounts($first: Int!, $isChief: Boolean!) {\n    reviewQueue(first: $first) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    awaitingApproval(first: $first) @include(if: $isChief) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    awaitingReportToChief(first: $first) @skip(if: $isChief) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    reportsToAcknowledge(first: $first) @include(if: $isChief) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    failedReplies(first: $first) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EscalationRowFields on Escalation {\n    id\n    number\n    kind\n    urgency\n    status\n    version\n    summary\n    postUrl\n    dueAt\n    overdue\n    ageMinutes\n    createdAt\n    completedAt\n    caseNumber\n    stepCount\n    openStepCount\n    owner {\n      id\n      displayName\n    }\n    raisedBy {\n      id\n      displayName\n    }\n    raisedUnit {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment EscalationRowFields on Escalation {\n    id\n    number\n    kind\n    urgency\n    status\n    version\n    summary\n    postUrl\n    dueAt\n    overdue\n    ageMinutes\n    createdAt\n    completedAt\n    caseNumber\n    stepCount\n    openStepCount\n    owner {\n      id\n      displayName\n    }\n    raisedBy {\n      id\n      displayName\n    }\n    raisedUnit {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Escalations($filter: EscalationFilter, $first: Int!, $after: String) {\n    escalations(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...EscalationRowFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Escalations($filter: EscalationFilter, $first: Int!, $after: String) {\n    escalations(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...EscalationRowFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EscalationDetailFields on Escalation {\n    ...EscalationRowFields\n    postId\n    assignedAt\n    externalReference\n    cancelReason\n    checklistTemplateVersion\n    updatedAt\n    case {\n      id\n      number\n    }\n    steps {\n      position\n      labelJa\n      labelEn\n      doneAt\n      doneBy {\n        id\n        displayName\n      }\n    }\n    timeline {\n      id\n      type\n      at\n      note\n      data\n      actor {\n        id\n        displayName\n      }\n    }\n    disclosure {\n      accountUrl\n      postUrls\n      personAtRisk\n      danger\n      informationNeeded\n      reason\n      contact\n      sentAt\n      answer\n      answerText\n      answeredAt\n    }\n    deletion {\n      reason\n      requestedAt\n      lastCheckedAt\n      checkCount\n      removedAt\n      removalOutcome\n      hoursToRemoval\n      reminderAlertedAt\n    }\n    incident {\n      detectedAt\n      affectedAsset\n      reports {\n        recipient\n        recipientName\n        method\n        reportedAt\n        note\n        reportedBy {\n          id\n          displayName\n        }\n      }\n      pendingRecipients\n    }\n  }\n"): (typeof documents)["\n  fragment EscalationDetailFields on Escalation {\n    ...EscalationRowFields\n    postId\n    assignedAt\n    externalReference\n    cancelReason\n    checklistTemplateVersion\n    updatedAt\n    case {\n      id\n      number\n    }\n    steps {\n      position\n      labelJa\n      labelEn\n      doneAt\n      doneBy {\n        id\n        displayName\n      }\n    }\n    timeline {\n      id\n      type\n      at\n      note\n      data\n      actor {\n        id\n        displayName\n      }\n    }\n    disclosure {\n      accountUrl\n      postUrls\n      personAtRisk\n      danger\n      informationNeeded\n      reason\n      contact\n      sentAt\n      answer\n      answerText\n      answeredAt\n    }\n    deletion {\n      reason\n      requestedAt\n      lastCheckedAt\n      checkCount\n      removedAt\n      removalOutcome\n      hoursToRemoval\n      reminderAlertedAt\n    }\n    incident {\n      detectedAt\n      affectedAsset\n      reports {\n        recipient\n        recipientName\n        method\n        reportedAt\n        note\n        reportedBy {\n          id\n          displayName\n        }\n      }\n      pendingRecipients\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Escalation($id: ID!) {\n    escalation(id: $id) {\n      ...EscalationDetailFields\n    }\n  }\n"): (typeof documents)["\n  query Escalation($id: ID!) {\n    escalation(id: $id) {\n      ...EscalationDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyRaisedEscalations($first: Int!) {\n    myRaisedEscalations(first: $first) {\n      nodes {\n        id\n        number\n        kind\n        urgency\n        status\n        postUrl\n        summary\n        raisedAt\n        completedAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyRaisedEscalations($first: Int!) {\n    myRaisedEscalations(first: $first) {\n      nodes {\n        id\n        number\n        kind\n        urgency\n        status\n        postUrl\n        summary\n        raisedAt\n        completedAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaiseEscalation($input: RaiseEscalationInput!) {\n    raiseEscalation(input: $input) {\n      id\n      number\n      kind\n      urgency\n      status\n      postUrl\n      summary\n      raisedAt\n      completedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RaiseEscalation($input: RaiseEscalationInput!) {\n    raiseEscalation(input: $input) {\n      id\n      number\n      kind\n      urgency\n      status\n      postUrl\n      summary\n      raisedAt\n      completedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimEscalation($escalationId: ID!, $expectedVersion: Int!) {\n    claimEscalation(escalationId: $escalationId, expectedVersion: $expectedVersion) {\n      ...EscalationDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimEscalation($escalationId: ID!, $expectedVersion: Int!) {\n    claimEscalation(escalationId: $escalationId, expectedVersion: $expectedVersion) {\n      ...EscalationDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignEscalation($escalationId: ID!, $ownerId: ID!, $expectedVersion: Int!) {\n    assignEscalation(escalationId: $escalationId, ownerId: $ownerId, expectedVersion: $expectedVersion) {\n      ...EscalationDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation AssignEscalation($escalationId: ID!, $ownerId: ID!, $expectedVersion: Int!) {\n    assignEscalation(escalationId: $escalationId, ownerId: $ownerId, expectedVersion: $expectedVersion) {\n      ...EscalationDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartEscalation($escalationId: ID!, $expectedVersion: Int!) {\n    startEscalation(escalationId: $escalationId, expectedVersion: $expectedVersion) {\n      ...EscalationDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartEscalation($escalationId: ID!, $expectedVersion: Int!) {\n    startEscalation(escalationId: $escalationId, expectedVersion: $expectedVersion) {\n      ...EscalationDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnEscalationToOpen($escalationId: ID!, $expectedVersion: Int!, $note: String) {\n    returnEscalationToOpen(escalationId: $escalationId, expectedVersion: $expectedVersion, note: $note) {\n      ...EscalationDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnEscalationToOpen($escalationId: ID!, $expectedVersion: Int!, $note: String) {\n    returnEscalationToOpen(escalationId: $escalationId, expectedVersion: $expectedVersion, note: $note) {\n      ...EscalationDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteEscalation($escalationId: ID!, $expectedVersion: Int!, $note: String) {\n    completeEscalation(escalationId: $escalationId, expectedVersion: $expectedVersion, note: $note) {\n      ...EscalationDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteEscalation($escalationId: ID!, $expectedVersion: Int!, $note: String) {\n    completeEscalation(escalationId: $escalationId, expectedVersion: $expectedVersion, note: $note) {\n      ...EscalationDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelEscalation($escalationId: ID!, $expectedVersion: Int!, $reason: String!) {\n    cancelEscalation(escalationId: $escalationId, expectedVersion: $expectedVersion, reason: $reason) {\n      ...EscalationDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelEscalation($escalationId: ID!, $expectedVersion: Int!, $reason: String!) {\n    cancelEscalation(escalationId: $escalationId, expectedVersion: $expectedVersion, reason: $reason) {\n      ...EscalationDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenEscalation($escalationId: ID!, $expectedVersion: Int!, $reason: String!) {\n    reopenEscalation(escalationId: $escalationId, expectedVersion: $expectedVersion, reason: $reason) {\n      ...EscalationDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenEscalation($escalationId: ID!, $expectedVersion: Int!, $reason: String!) {\n    reopenEscalation(escalationId: $escalationId, expectedVersion: $expectedVersion, reason: $reason) {\n      ...EscalationDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TickEscalationStep($escalationId: ID!, $position: Int!) {\n    tickEscalationStep(escalationId: $escalationId, position: $position) {\n      ...EscalationDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation TickEscalationStep($escalationId: ID!, $position: Int!) {\n    tickEscalationStep(escalationId: $escalationId, position: $position) {\n      ...EscalationDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UntickEscalationStep($escalationId: ID!, $position: Int!) {\n    untickEscalationStep(escalationId: $escalationId, position: $position) {\n      ...EscalationDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation UntickEscalationStep($escalationId: ID!, $position: Int!) {\n    untickEscalationStep(escalationId: $escalationId, position: $position) {\n      ...EscalationDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddEscalationNote($escalationId: ID!, $text: String!) {\n    addEscalationNote(escalationId: $escalationId, text: $text) {\n      ...EscalationDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddEscalationNote($escalationId: ID!, $text: String!) {\n    addEscalationNote(escalationId: $escalationId, text: $text) {\n      ...EscalationDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEscalation($input: UpdateEscalationInput!) {\n    updateEscalation(input: $input) {\n      ...EscalationDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEscalation($input: UpdateEscalationInput!) {\n    updateEscalation(input: $input) {\n      ...EscalationDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEmergencyDisclosure($escalationId: ID!, $input: EmergencyDisclosureInput!) {\n    updateEmergencyDisclosure(escalationId: $escalationId, input: $input) {\n      ...EscalationDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEmergencyDisclosure($escalationId: ID!, $input: EmergencyDisclosureInput!) {\n    updateEmergencyDisclosure(escalationId: $escalationId, input: $input) {\n      ...EscalationDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordDisclosureSent($escalationId: ID!, $xReference: String, $sentAt: DateTimeISO) {\n    recordDisclosureSent(escalationId: $escalationId, xReference: $xReference, sentAt: $sentAt) {\n      ...EscalationDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordDisclosureSent($escalationId: ID!, $xReference: String, $sentAt: DateTimeISO) {\n    recordDisclosureSent(escalationId: $escalationId, xReference: $xReference, sentAt: $sentAt) {\n      ...EscalationDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordDisclosureAnswer($input: RecordDisclosureAnswerInput!) {\n    recordDisclosureAnswer(input: $input) {\n      ...EscalationDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordDisclosureAnswer($input: RecordDisclosureAnswerInput!) {\n    recordDisclosureAnswer(input: $input) {\n      ...EscalationDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordDeletionRequestSent($escalationId: ID!, $xReference: String, $sentAt: DateTimeISO) {\n    recordDeletionRequestSent(escalationId: $escalationId, xReference: $xReference, sentAt: $sentAt) {\n      ...EscalationDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordDeletionRequestSent($escalationId: ID!, $xReference: String, $sentAt: DateTimeISO) {\n    recordDeletionRequestSent(escalationId: $escalationId, xReference: $xReference, sentAt: $sentAt) {\n      ...EscalationDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordIncidentReport($input: RecordIncidentReportInput!) {\n    recordIncidentReport(input: $input) {\n      ...EscalationDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordIncidentReport($input: RecordIncidentReportInput!) {\n    recordIncidentReport(input: $input) {\n      ...EscalationDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmergencyDisclosureRequest($escalationId: ID!) {\n    emergencyDisclosureRequest(escalationId: $escalationId) {\n      escalationId\n      missingFields\n      textJa\n      textEn\n      requestingOfficer\n      requestingUnit\n    }\n  }\n"): (typeof documents)["\n  query EmergencyDisclosureRequest($escalationId: ID!) {\n    emergencyDisclosureRequest(escalationId: $escalationId) {\n      escalationId\n      missingFields\n      textJa\n      textEn\n      requestingOfficer\n      requestingUnit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChecklistVersionFields on EscalationChecklistTemplate {\n      id\n      kind\n      version\n      note\n      createdAt\n      createdBy {\n        id\n        displayName\n      }\n      steps {\n        position\n        labelJa\n        labelEn\n      }\n  }\n"): (typeof documents)["\n  fragment ChecklistVersionFields on EscalationChecklistTemplate {\n      id\n      kind\n      version\n      note\n      createdAt\n      createdBy {\n        id\n        displayName\n      }\n      steps {\n        position\n        labelJa\n        labelEn\n      }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EscalationChecklistTemplates {\n    escalationChecklistTemplates {\n      ...ChecklistVersionFields\n    }\n  }\n"): (typeof documents)["\n  query EscalationChecklistTemplates {\n    escalationChecklistTemplates {\n      ...ChecklistVersionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EscalationChecklistHistory($kind: EscalationKind!) {\n    escalationChecklistHistory(kind: $kind) {\n      ...ChecklistVersionFields\n    }\n  }\n"): (typeof documents)["\n  query EscalationChecklistHistory($kind: EscalationKind!) {\n    escalationChecklistHistory(kind: $kind) {\n      ...ChecklistVersionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEscalationChecklist($input: UpdateChecklistInput!) {\n    updateEscalationChecklist(input: $input) {\n      ...ChecklistVersionFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEscalationChecklist($input: UpdateChecklistInput!) {\n    updateEscalationChecklist(input: $input) {\n      ...ChecklistVersionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EscalationStatistics($from: DateTimeISO!, $to: DateTimeISO!) {\n    escalationStatistics(from: $from, to: $to) {\n      from\n      to\n      counts {\n        month\n        kind\n        status\n        count\n      }\n      deletion {\n        requested\n        removed\n        stillUp\n        hoursToRemovalP50\n        hoursToRemovalP90\n      }\n    }\n  }\n"): (typeof documents)["\n  query EscalationStatistics($from: DateTimeISO!, $to: DateTimeISO!) {\n    escalationStatistics(from: $from, to: $to) {\n      from\n      to\n      counts {\n        month\n        kind\n        status\n        count\n      }\n      deletion {\n        requested\n        removed\n        stillUp\n        hoursToRemovalP50\n        hoursToRemovalP90\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EscalationAssignees {\n    officersInCharge: users(first: 100, filter: { role: OFFICER_IN_CHARGE, active: true }) {\n      nodes {\n        id\n        displayName\n      }\n    }\n    chiefs: users(first: 20, filter: { role: CHIEF, active: true }) {\n      nodes {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query EscalationAssignees {\n    officersInCharge: users(first: 100, filter: { role: OFFICER_IN_CHARGE, active: true }) {\n      nodes {\n        id\n        displayName\n      }\n    }\n    chiefs: users(first: 20, filter: { role: CHIEF, active: true }) {\n      nodes {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FailedReplies($first: Int, $after: String) {\n    failedReplies(first: $first, after: $after) {\n      nodes {\n        ...ListCaseFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query FailedReplies($first: Int, $after: String) {\n    failedReplies(first: $first, after: $after) {\n      nodes {\n        ...ListCaseFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryReply($input: RetryReplyInput!) {\n    retryReply(input: $input) {\n      ...ListCaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation RetryReply($input: RetryReplyInput!) {\n    retryReply(input: $input) {\n      ...ListCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseFailedReply($caseId: ID!, $expectedVersion: Int!, $reason: String!) {\n    closeFailedReply(caseId: $caseId, expectedVersion: $expectedVersion, reason: $reason) {\n      ...ListCaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseFailedReply($caseId: ID!, $expectedVersion: Int!, $reason: String!) {\n    closeFailedReply(caseId: $caseId, expectedVersion: $expectedVersion, reason: $reason) {\n      ...ListCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WorkQueueChanged {\n    workQueueChanged {\n      changes {\n        caseId\n        caseNumber\n        fromStatus\n        toStatus\n      }\n      omitted\n      resync\n      at\n    }\n  }\n"): (typeof documents)["\n  subscription WorkQueueChanged {\n    workQueueChanged {\n      changes {\n        caseId\n        caseNumber\n        fromStatus\n        toStatus\n      }\n      omitted\n      resync\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingReplies($first: Int, $after: String) {\n    pendingReplies(first: $first, after: $after) {\n      nodes {\n        ...ListCaseFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PendingReplies($first: Int, $after: String) {\n    pendingReplies(first: $first, after: $after) {\n      nodes {\n        ...ListCaseFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManualReply($caseId: ID!, $audience: Audience!, $categories: [Category!]!, $caseNumber: Int!) {\n    manualReply(caseId: $caseId) {\n      caseId\n      text\n      intentUrl\n      postUrl\n    }\n    previewReply(audience: $audience, categories: $categories, caseNumber: $caseNumber) {\n      text\n      weightedLength\n    }\n  }\n"): (typeof documents)["\n  query ManualReply($caseId: ID!, $audience: Audience!, $categories: [Category!]!, $caseNumber: Int!) {\n    manualReply(caseId: $caseId) {\n      caseId\n      text\n      intentUrl\n      postUrl\n    }\n    previewReply(audience: $audience, categories: $categories, caseNumber: $caseNumber) {\n      text\n      weightedLength\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SwitchToManualReply($caseId: ID!, $expectedVersion: Int!) {\n    switchToManualReply(caseId: $caseId, expectedVersion: $expectedVersion) {\n      id\n      status\n      version\n      replyChannel\n    }\n  }\n"): (typeof documents)["\n  mutation SwitchToManualReply($caseId: ID!, $expectedVersion: Int!) {\n    switchToManualReply(caseId: $caseId, expectedVersion: $expectedVersion) {\n      id\n      status\n      version\n      replyChannel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordManualReply($caseId: ID!, $expectedVersion: Int!, $replyUrl: String!) {\n    recordManualReply(caseId: $caseId, expectedVersion: $expectedVersion, replyUrl: $replyUrl) {\n      id\n      status\n      version\n      manualReplyUrl\n    }\n  }\n"): (typeof documents)["\n  mutation RecordManualReply($caseId: ID!, $expectedVersion: Int!, $replyUrl: String!) {\n    recordManualReply(caseId: $caseId, expectedVersion: $expectedVersion, replyUrl: $replyUrl) {\n      id\n      status\n      version\n      manualReplyUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportRowFields on StatisticsRow {\n    category\n    audience\n    source\n    unitId\n    unitName\n    reports\n    cases\n    warned\n    deletedWithin7DaysShare\n  }\n"): (typeof documents)["\n  fragment ReportRowFields on StatisticsRow {\n    category\n    audience\n    source\n    unitId\n    unitName\n    reports\n    cases\n    warned\n    deletedWithin7DaysShare\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MonthlyReportSummaryFields on MonthlyReport {\n    id\n    month\n    version\n    status\n    revision\n    createdAt\n    finalizedAt\n    bulletin {\n      id\n      publishedAt\n    }\n  }\n"): (typeof documents)["\n  fragment MonthlyReportSummaryFields on MonthlyReport {\n    id\n    month\n    version\n    status\n    revision\n    createdAt\n    finalizedAt\n    bulletin {\n      id\n      publishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MonthlyReportFields on MonthlyReport {\n    ...MonthlyReportSummaryFields\n    remarks\n    figuresGeneratedAt\n    updatedAt\n    suggestedBulletinTitle\n    suggestedBulletinBody\n    createdBy {\n      id\n      displayName\n    }\n    finalizedBy {\n      id\n      displayName\n    }\n    figures {\n      from\n      to\n      total {\n        ...ReportRowFields\n      }\n      byCategory {\n        ...ReportRowFields\n      }\n      byUnit {\n        ...ReportRowFields\n      }\n      bySource {\n        ...ReportRowFields\n      }\n      byAudience {\n        ...ReportRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MonthlyReportFields on MonthlyReport {\n    ...MonthlyReportSummaryFields\n    remarks\n    figuresGeneratedAt\n    updatedAt\n    suggestedBulletinTitle\n    suggestedBulletinBody\n    createdBy {\n      id\n      displayName\n    }\n    finalizedBy {\n      id\n      displayName\n    }\n    figures {\n      from\n      to\n      total {\n        ...ReportRowFields\n      }\n      byCategory {\n        ...ReportRowFields\n      }\n      byUnit {\n        ...ReportRowFields\n      }\n      bySource {\n        ...ReportRowFields\n      }\n      byAudience {\n        ...ReportRowFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MonthlyReports($first: Int!) {\n    monthlyReports(first: $first) {\n      nodes {\n        ...MonthlyReportSummaryFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MonthlyReports($first: Int!) {\n    monthlyReports(first: $first) {\n      nodes {\n        ...MonthlyReportSummaryFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MonthlyReport($id: ID!) {\n    monthlyReport(id: $id) {\n      ...MonthlyReportFields\n    }\n  }\n"): (typeof documents)["\n  query MonthlyReport($id: ID!) {\n    monthlyReport(id: $id) {\n      ...MonthlyReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateMonthlyReportDraft($month: String!) {\n    generateMonthlyReportDraft(month: $month) {\n      ...MonthlyReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation GenerateMonthlyReportDraft($month: String!) {\n    generateMonthlyReportDraft(month: $month) {\n      ...MonthlyReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMonthlyReportDraft($input: UpdateMonthlyReportDraftInput!) {\n    updateMonthlyReportDraft(input: $input) {\n      ...MonthlyReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMonthlyReportDraft($input: UpdateMonthlyReportDraftInput!) {\n    updateMonthlyReportDraft(input: $input) {\n      ...MonthlyReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshMonthlyReportFigures($id: ID!, $expectedRevision: Int!) {\n    refreshMonthlyReportFigures(id: $id, expectedRevision: $expectedRevision) {\n      ...MonthlyReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshMonthlyReportFigures($id: ID!, $expectedRevision: Int!) {\n    refreshMonthlyReportFigures(id: $id, expectedRevision: $expectedRevision) {\n      ...MonthlyReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscardMonthlyReportDraft($id: ID!, $expectedRevision: Int!) {\n    discardMonthlyReportDraft(id: $id, expectedRevision: $expectedRevision)\n  }\n"): (typeof documents)["\n  mutation DiscardMonthlyReportDraft($id: ID!, $expectedRevision: Int!) {\n    discardMonthlyReportDraft(id: $id, expectedRevision: $expectedRevision)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinalizeMonthlyReport($id: ID!, $expectedRevision: Int!) {\n    finalizeMonthlyReport(id: $id, expectedRevision: $expectedRevision) {\n      ...MonthlyReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation FinalizeMonthlyReport($id: ID!, $expectedRevision: Int!) {\n    finalizeMonthlyReport(id: $id, expectedRevision: $expectedRevision) {\n      ...MonthlyReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishBulletin($input: PublishBulletinInput!) {\n    publishBulletin(input: $input) {\n      id\n      publishedAt\n    }\n  }\n"): (typeof documents)["\n  mutation PublishBulletin($input: PublishBulletinInput!) {\n    publishBulletin(input: $input) {\n      id\n      publishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Bulletins($first: Int!) {\n    bulletins(first: $first) {\n      nodes {\n        id\n        month\n        reportVersion\n        title\n        body\n        publishedAt\n        publishedBy {\n          id\n          displayName\n        }\n        figures {\n          total {\n            reports\n            cases\n            warned\n            deletedWithin7DaysShare\n          }\n          byCategory {\n            category\n            cases\n            warned\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Bulletins($first: Int!) {\n    bulletins(first: $first) {\n      nodes {\n        id\n        month\n        reportVersion\n        title\n        body\n        publishedAt\n        publishedBy {\n          id\n          displayName\n        }\n        figures {\n          total {\n            reports\n            cases\n            warned\n            deletedWithin7DaysShare\n          }\n          byCategory {\n            category\n            cases\n            warned\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitReportFields on Report {\n    id\n    url\n    note\n    source\n    createdAt\n    reportedBy {\n      id\n      displayName\n    }\n    case {\n      id\n      number\n      postId\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  fragment UnitReportFields on Report {\n    id\n    url\n    note\n    source\n    createdAt\n    reportedBy {\n      id\n      displayName\n    }\n    case {\n      id\n      number\n      postId\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitReports($first: Int, $after: String) {\n    unitReports(first: $first, after: $after) {\n      nodes {\n        ...UnitReportFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitReports($first: Int, $after: String) {\n    unitReports(first: $first, after: $after) {\n      nodes {\n        ...UnitReportFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitReport($input: SubmitReportInput!) {\n    submitReport(input: $input) {\n      duplicate\n      report {\n        ...UnitReportFields\n      }\n      case {\n        id\n        number\n        postId\n        status\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitReport($input: SubmitReportInput!) {\n    submitReport(input: $input) {\n      duplicate\n      report {\n        ...UnitReportFields\n      }\n      case {\n        id\n        number\n        postId\n        status\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewQueue($first: Int, $after: String) {\n    reviewQueue(first: $first, after: $after) {\n      nodes {\n        ...ListCaseFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewQueue($first: Int, $after: String) {\n    reviewQueue(first: $first, after: $after) {\n      nodes {\n        ...ListCaseFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecentWarnings($limit: Int) {\n    recentWarnings(limit: $limit) {\n      ...ListCaseFields\n    }\n  }\n"): (typeof documents)["\n  query RecentWarnings($limit: Int) {\n    recentWarnings(limit: $limit) {\n      ...ListCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TakeCase($caseId: ID!, $expectedVersion: Int!) {\n    takeCase(caseId: $caseId, expectedVersion: $expectedVersion) {\n      ...ListCaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation TakeCase($caseId: ID!, $expectedVersion: Int!) {\n    takeCase(caseId: $caseId, expectedVersion: $expectedVersion) {\n      ...ListCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseCase($caseId: ID!, $expectedVersion: Int!) {\n    releaseCase(caseId: $caseId, expectedVersion: $expectedVersion) {\n      ...ListCaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReleaseCase($caseId: ID!, $expectedVersion: Int!) {\n    releaseCase(caseId: $caseId, expectedVersion: $expectedVersion) {\n      ...ListCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WarnCase($input: ScreeningInput!) {\n    warnCase(input: $input) {\n      ...ListCaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation WarnCase($input: ScreeningInput!) {\n    warnCase(input: $input) {\n      ...ListCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestApproval($input: RequestApprovalInput!) {\n    requestApproval(input: $input) {\n      ...ListCaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestApproval($input: RequestApprovalInput!) {\n    requestApproval(input: $input) {\n      ...ListCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotApplicable($input: MarkNotApplicableInput!) {\n    markNotApplicable(input: $input) {\n      ...ListCaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotApplicable($input: MarkNotApplicableInput!) {\n    markNotApplicable(input: $input) {\n      ...ListCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastSeenAt\n      ip\n      current\n    }\n  }\n"): (typeof documents)["\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastSeenAt\n      ip\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n"): (typeof documents)["\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndOtherSessions {\n    endOtherSessions\n  }\n"): (typeof documents)["\n  mutation EndOtherSessions {\n    endOtherSessions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DurationFields on DurationSummary {\n    count\n    p50Seconds\n    p90Seconds\n    maxSeconds\n  }\n"): (typeof documents)["\n  fragment DurationFields on DurationSummary {\n    count\n    p50Seconds\n    p90Seconds\n    maxSeconds\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatisticsDashboard($byMonth: StatisticsInput!, $byCategory: StatisticsInput!) {\n    byMonth: statistics(input: $byMonth) {\n      from\n      to\n      generatedAt\n      totals {\n        reports\n        cases\n        screened\n        warned\n        reportedToChief\n        acknowledged\n        recheckedAfter1Day\n        deletedWithin1Day\n        recheckedWithin7Days\n        deletedWithin7Days\n        deletedWithin1DayShare\n        deletedWithin7DaysShare\n        timeToReply {\n          ...DurationFields\n        }\n        timeToDecision {\n          ...DurationFields\n        }\n      }\n      rows {\n        month\n        reports\n        cases\n        warned\n      }\n      funnel {\n        stage\n        count\n        shareOfPrevious\n      }\n    }\n    byCategory: statistics(input: $byCategory) {\n      rows {\n        category\n        cases\n        warned\n      }\n    }\n  }\n"): (typeof documents)["\n  query StatisticsDashboard($byMonth: StatisticsInput!, $byCategory: StatisticsInput!) {\n    byMonth: statistics(input: $byMonth) {\n      from\n      to\n      generatedAt\n      totals {\n        reports\n        cases\n        screened\n        warned\n        reportedToChief\n        acknowledged\n        recheckedAfter1Day\n        deletedWithin1Day\n        recheckedWithin7Days\n        deletedWithin7Days\n        deletedWithin1DayShare\n        deletedWithin7DaysShare\n        timeToReply {\n          ...DurationFields\n        }\n        timeToDecision {\n          ...DurationFields\n        }\n      }\n      rows {\n        month\n        reports\n        cases\n        warned\n      }\n      funnel {\n        stage\n        count\n        shareOfPrevious\n      }\n    }\n    byCategory: statistics(input: $byCategory) {\n      rows {\n        category\n        cases\n        warned\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReplyTemplateFields on ReplyTemplate {\n    id\n    key\n    audience\n    category\n    version\n    body\n    active\n    note\n    createdAt\n    createdBy {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment ReplyTemplateFields on ReplyTemplate {\n    id\n    key\n    audience\n    category\n    version\n    body\n    active\n    note\n    createdAt\n    createdBy {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReplyTemplates {\n    replyTemplates(includeInactive: false) {\n      ...ReplyTemplateFields\n    }\n  }\n"): (typeof documents)["\n  query ReplyTemplates {\n    replyTemplates(includeInactive: false) {\n      ...ReplyTemplateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReplyTemplateHistory($audience: Audience!, $category: Category) {\n    replyTemplateHistory(audience: $audience, category: $category) {\n      ...ReplyTemplateFields\n    }\n  }\n"): (typeof documents)["\n  query ReplyTemplateHistory($audience: Audience!, $category: Category) {\n    replyTemplateHistory(audience: $audience, category: $category) {\n      ...ReplyTemplateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewReply($audience: Audience!, $categories: [Category!]!, $caseNumber: Int) {\n    previewReply(audience: $audience, categories: $categories, caseNumber: $caseNumber) {\n      text\n      weightedLength\n      valid\n      templateId\n      templateKey\n      templateVersion\n      caseNumber\n    }\n  }\n"): (typeof documents)["\n  query PreviewReply($audience: Audience!, $categories: [Category!]!, $caseNumber: Int) {\n    previewReply(audience: $audience, categories: $categories, caseNumber: $caseNumber) {\n      text\n      weightedLength\n      valid\n      templateId\n      templateKey\n      templateVersion\n      caseNumber\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateReplyTemplate($audience: Audience!, $category: Category, $body: String!, $note: String) {\n    createReplyTemplate(audience: $audience, category: $category, body: $body, note: $note) {\n      ...ReplyTemplateFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateReplyTemplate($audience: Audience!, $category: Category, $body: String!, $note: String) {\n    createReplyTemplate(audience: $audience, category: $category, body: $body, note: $note) {\n      ...ReplyTemplateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateReplyTemplate($id: ID!, $body: String!, $note: String, $expectedVersion: Int!) {\n    updateReplyTemplate(id: $id, body: $body, note: $note, expectedVersion: $expectedVersion) {\n      ...ReplyTemplateFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateReplyTemplate($id: ID!, $body: String!, $note: String, $expectedVersion: Int!) {\n    updateReplyTemplate(id: $id, body: $body, note: $note, expectedVersion: $expectedVersion) {\n      ...ReplyTemplateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateReplyTemplate($id: ID!) {\n    deactivateReplyTemplate(id: $id) {\n      ...ReplyTemplateFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateReplyTemplate($id: ID!) {\n    deactivateReplyTemplate(id: $id) {\n      ...ReplyTemplateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TipFields on Tip {\n    id\n    url\n    note\n    submittedAt\n    status\n  }\n"): (typeof documents)["\n  fragment TipFields on Tip {\n    id\n    url\n    note\n    submittedAt\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTips($first: Int, $after: String) {\n    myTips(first: $first, after: $after) {\n      nodes {\n        ...TipFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyTips($first: Int, $after: String) {\n    myTips(first: $first, after: $after) {\n      nodes {\n        ...TipFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitTip($input: SubmitTipInput!) {\n    submitTip(input: $input) {\n      ...TipFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitTip($input: SubmitTipInput!) {\n    submitTip(input: $input) {\n      ...TipFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitFields on Unit {\n    id\n    code\n    name\n    kind\n    version\n  }\n"): (typeof documents)["\n  fragment UnitFields on Unit {\n    id\n    code\n    name\n    kind\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Units {\n    units {\n      ...UnitFields\n    }\n  }\n"): (typeof documents)["\n  query Units {\n    units {\n      ...UnitFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUnit($code: String!, $name: String!, $kind: UnitKind!) {\n    createUnit(code: $code, name: $name, kind: $kind) {\n      ...UnitFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUnit($code: String!, $name: String!, $kind: UnitKind!) {\n    createUnit(code: $code, name: $name, kind: $kind) {\n      ...UnitFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUnit($id: ID!, $name: String!, $expectedVersion: Int) {\n    updateUnit(id: $id, name: $name, expectedVersion: $expectedVersion) {\n      ...UnitFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUnit($id: ID!, $name: String!, $expectedVersion: Int) {\n    updateUnit(id: $id, name: $name, expectedVersion: $expectedVersion) {\n      ...UnitFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminUserFields on User {\n    id\n    username\n    displayName\n    role\n    unit {\n      id\n      code\n      name\n      kind\n    }\n    active\n    deactivatedAt\n    deactivationReason\n    deactivationKind\n    lastLoginAt\n    lockedAt\n    createdAt\n    mustChangePassword\n  }\n"): (typeof documents)["\n  fragment AdminUserFields on User {\n    id\n    username\n    displayName\n    role\n    unit {\n      id\n      code\n      name\n      kind\n    }\n    active\n    deactivatedAt\n    deactivationReason\n    deactivationKind\n    lastLoginAt\n    lockedAt\n    createdAt\n    mustChangePassword\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($filter: UserFilter, $first: Int!, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...AdminUserFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users($filter: UserFilter, $first: Int!, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...AdminUserFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...AdminUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...AdminUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($id: ID!, $reason: String!) {\n    deactivateUser(id: $id, reason: $reason) {\n      ...AdminUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUser($id: ID!, $reason: String!) {\n    deactivateUser(id: $id, reason: $reason) {\n      ...AdminUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      ...AdminUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      ...AdminUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserPassword($id: ID!, $newPassword: String!) {\n    resetUserPassword(id: $id, newPassword: $newPassword) {\n      ...AdminUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResetUserPassword($id: ID!, $newPassword: String!) {\n    resetUserPassword(id: $id, newPassword: $newPassword) {\n      ...AdminUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockUser($id: ID!) {\n    unlockUser(id: $id) {\n      ...AdminUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation UnlockUser($id: ID!) {\n    unlockUser(id: $id) {\n      ...AdminUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AwaitingReportToChief($first: Int, $after: String) {\n    awaitingReportToChief(first: $first, after: $after) {\n      nodes {\n        ...ListCaseFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AwaitingReportToChief($first: Int, $after: String) {\n    awaitingReportToChief(first: $first, after: $after) {\n      nodes {\n        ...ListCaseFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsToAcknowledge($first: Int, $after: String) {\n    reportsToAcknowledge(first: $first, after: $after) {\n      nodes {\n        ...ListCaseFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportsToAcknowledge($first: Int, $after: String) {\n    reportsToAcknowledge(first: $first, after: $after) {\n      nodes {\n        ...ListCaseFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportToChief($caseId: ID!, $expectedVersion: Int!, $note: String) {\n    reportToChief(caseId: $caseId, expectedVersion: $expectedVersion, note: $note) {\n      ...ListCaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReportToChief($caseId: ID!, $expectedVersion: Int!, $note: String) {\n    reportToChief(caseId: $caseId, expectedVersion: $expectedVersion, note: $note) {\n      ...ListCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeReport($caseId: ID!, $expectedVersion: Int!) {\n    acknowledgeReport(caseId: $caseId, expectedVersion: $expectedVersion) {\n      ...ListCaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeReport($caseId: ID!, $expectedVersion: Int!) {\n    acknowledgeReport(caseId: $caseId, expectedVersion: $expectedVersion) {\n      ...ListCaseFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;