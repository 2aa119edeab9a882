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
    "\n  query EscalationChecklistTemplates {\n    escalationChecklistTemplates {\n      id\n      kind\n      version\n      note\n      createdAt\n      createdBy {\n        id\n        displayName\n      }\n      steps {\n        position\n        labelJa\n        labelEn\n      }\n    }\n  }\n": typeof types.EscalationChecklistTemplatesDocument,
    "\n  query EscalationChecklistHistory($kind: EscalationKind!) {\n    escalationChecklistHistory(kind: $kind) {\n      id\n      version\n      note\n      createdAt\n      createdBy {\n        id\n        displayName\n      }\n      steps {\n        position\n        labelJa\n        labelEn\n      }\n    }\n  }\n": typeof types.EscalationChecklistHistoryDocument,
    "\n  mutation UpdateEscalationChecklist($input: UpdateChecklistInput!) {\n    updateEscalationChecklist(input: $input) {\n      id\n      kind\n      version\n      note\n      createdAt\n      steps {\n        position\n        labelJa\n        labelEn\n      }\n    }\n  }\n": typeof types.UpdateEscalationChecklistDocument,
    "\n  query EscalationStatistics($from: DateTimeISO!, $to: DateTimeISO!) {\n    escalationStatistics(from: $from, to: $to) {\n      from\n      to\n      counts {\n        month\n        kind\n        status\n        count\n      }\n      deletion {\n        requested\n        removed\n        stillUp\n        hoursToRemovalP50\n        hoursToRemovalP90\n      }\n    }\n  }\n": typeof types.EscalationStatisticsDocument,
    "\n  query EscalationAssignees {\n    officersInCharge: users(first: 100, filter: { role: OFFICER_IN_CHARGE, active: true }) {\n      nodes {\n        id\n        displayName\n      }\n    }\n    chiefs: users(first: 20, filter: { role: CHIEF, active: true }) {\n      nodes {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.EscalationAssigneesDocument,
    "\n  subscription WorkQueueChanged {\n    workQueueChanged {\n      changes {\n        caseId\n        caseNumber\n        fromStatus\n        toStatus\n      }\n      omitted\n      resync\n      at\n    }\n  }\n": typeof types.WorkQueueChangedDocument,
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
    "\n  fragment DurationFields on DurationSummary {\n    count\n    p50Seconds\n    p90Seconds\n    maxSeconds\n  }\n": typeof types.DurationFieldsFragmentDoc,
    "\n  query StatisticsDashboard($byMonth: StatisticsInput!, $byCategory: StatisticsInput!) {\n    byMonth: statistics(input: $byMonth) {\n      from\n      to\n      generatedAt\n      totals {\n        reports\n        cases\n        screened\n        warned\n        reportedToChief\n        acknowledged\n        recheckedAfter1Day\n        deletedWithin1Day\n        recheckedWithin7Days\n        deletedWithin7Days\n        deletedWithin1DayShare\n        deletedWithin7DaysShare\n        timeToReply {\n          ...DurationFields\n        }\n        timeToDecision {\n          ...DurationFields\n        }\n      }\n      rows {\n        month\n        reports\n        cases\n        warned\n      }\n      funnel {\n        stage\n        count\n        shareOfPrevious\n      }\n    }\n    byCategory: statistics(input: $byCategory) {\n      rows {\n        category\n        cases\n        warned\n      }\n    }\n  }\n": typeof types.StatisticsDashboardDocument,
};
const documents: Documents = {
    "\n  query MyAlerts($limit: Int!) {\n    myAlerts(limit: $limit, unacknowledgedOnly: true) {\n      id\n      escalationId\n      escalationKind\n      reason\n      urgent\n      createdAt\n      currentStep\n      acknowledgedAt\n      raisedBy {\n        id\n        displayName\n      }\n      escalation {\n        id\n        number\n        summary\n        postUrl\n        status\n        dueAt\n        caseNumber\n        raisedUnit {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MyAlertsDocument,
    "\n  mutation AcknowledgeAlert($id: ID!) {\n    acknowledgeAlert(id: $id) {\n      id\n      acknowledgedAt\n      ackLatencyMs\n      acknowledgedBy {\n        id\n        displayName\n      }\n    }\n  }\n": types.AcknowledgeAlertDocument,
    "\n  subscription AlertRaised {\n    alertRaised {\n      alertId\n      escalationId\n      escalationKind\n      reason\n      urgent\n      step\n      notificationId\n      raisedAt\n      deliveredAt\n    }\n  }\n": types.AlertRaisedDocument,
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
    "\n  query EscalationChecklistTemplates {\n    escalationChecklistTemplates {\n      id\n      kind\n      version\n      note\n      createdAt\n      createdBy {\n        id\n        displayName\n      }\n      steps {\n        position\n        labelJa\n        labelEn\n      }\n    }\n  }\n": types.EscalationChecklistTemplatesDocument,
    "\n  query EscalationChecklistHistory($kind: EscalationKind!) {\n    escalationChecklistHistory(kind: $kind) {\n      id\n      version\n      note\n      createdAt\n      createdBy {\n        id\n        displayName\n      }\n      steps {\n        position\n        labelJa\n        labelEn\n      }\n    }\n  }\n": types.EscalationChecklistHistoryDocument,
    "\n  mutation UpdateEscalationChecklist($input: UpdateChecklistInput!) {\n    updateEscalationChecklist(input: $input) {\n      id\n      kind\n      version\n      note\n      createdAt\n      steps {\n        position\n        labelJa\n        labelEn\n      }\n    }\n  }\n": types.UpdateEscalationChecklistDocument,
    "\n  query EscalationStatistics($from: DateTimeISO!, $to: DateTimeISO!) {\n    escalationStatistics(from: $from, to: $to) {\n      from\n      to\n      counts {\n        month\n        kind\n        status\n        count\n      }\n      deletion {\n        requested\n        removed\n        stillUp\n        hoursToRemovalP50\n        hoursToRemovalP90\n      }\n    }\n  }\n": types.EscalationStatisticsDocument,
    "\n  query EscalationAssignees {\n    officersInCharge: users(first: 100, filter: { role: OFFICER_IN_CHARGE, active: true }) {\n      nodes {\n        id\n        displayName\n      }\n    }\n    chiefs: users(first: 20, filter: { role: CHIEF, active: true }) {\n      nodes {\n        id\n        displayName\n      }\n    }\n  }\n": types.EscalationAssigneesDocument,
    "\n  subscription WorkQueueChanged {\n    workQueueChanged {\n      changes {\n        caseId\n        caseNumber\n        fromStatus\n        toStatus\n      }\n      omitted\n      resync\n      at\n    }\n  }\n": types.WorkQueueChangedDocument,
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
    "\n  fragment DurationFields on DurationSummary {\n    count\n    p50Seconds\n    p90Seconds\n    maxSeconds\n  }\n": types.DurationFieldsFragmentDoc,
    "\n  query StatisticsDashboard($byMonth: StatisticsInput!, $byCategory: StatisticsInput!) {\n    byMonth: statistics(input: $byMonth) {\n      from\n      to\n      generatedAt\n      totals {\n        reports\n        cases\n        screened\n        warned\n        reportedToChief\n        acknowledged\n        recheckedAfter1Day\n        deletedWithin1Day\n        recheckedWithin7Days\n        deletedWithin7Days\n        deletedWithin1DayShare\n        deletedWithin7DaysShare\n        timeToReply {\n          ...DurationFields\n        }\n        timeToDecision {\n          ...DurationFields\n        }\n      }\n      rows {\n        month\n        reports\n        cases\n        warned\n      }\n      funnel {\n        stage\n        count\n        shareOfPrevious\n      }\n    }\n    byCategory: statistics(input: $byCategory) {\n      rows {\n        category\n        cases\n        warned\n      }\n    }\n  }\n": types.StatisticsDashboardDocument,
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
export function graphql(source: "\n  query EscalationChecklistTemplates {\n    escalationChecklistTemplates {\n      id\n      kind\n      version\n      note\n      createdAt\n      createdBy {\n        id\n        displayName\n      }\n      steps {\n        position\n        labelJa\n        labelEn\n      }\n    }\n  }\n"): (typeof documents)["\n  query EscalationChecklistTemplates {\n    escalationChecklistTemplates {\n      id\n      kind\n      version\n      note\n      createdAt\n      createdBy {\n        id\n        displayName\n      }\n      steps {\n        position\n        labelJa\n        labelEn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EscalationChecklistHistory($kind: EscalationKind!) {\n    escalationChecklistHistory(kind: $kind) {\n      id\n      version\n      note\n      createdAt\n      createdBy {\n        id\n        displayName\n      }\n      steps {\n        position\n        labelJa\n        labelEn\n      }\n    }\n  }\n"): (typeof documents)["\n  query EscalationChecklistHistory($kind: EscalationKind!) {\n    escalationChecklistHistory(kind: $kind) {\n      id\n      version\n      note\n      createdAt\n      createdBy {\n        id\n        displayName\n      }\n      steps {\n        position\n        labelJa\n        labelEn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEscalationChecklist($input: UpdateChecklistInput!) {\n    updateEscalationChecklist(input: $input) {\n      id\n      kind\n      version\n      note\n      createdAt\n      steps {\n        position\n        labelJa\n        labelEn\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEscalationChecklist($input: UpdateChecklistInput!) {\n    updateEscalationChecklist(input: $input) {\n      id\n      kind\n      version\n      note\n      createdAt\n      steps {\n        position\n        labelJa\n        labelEn\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  subscription WorkQueueChanged {\n    workQueueChanged {\n      changes {\n        caseId\n        caseNumber\n        fromStatus\n        toStatus\n      }\n      omitted\n      resync\n      at\n    }\n  }\n"): (typeof documents)["\n  subscription WorkQueueChanged {\n    workQueueChanged {\n      changes {\n        caseId\n        caseNumber\n        fromStatus\n        toStatus\n      }\n      omitted\n      resync\n      at\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment DurationFields on DurationSummary {\n    count\n    p50Seconds\n    p90Seconds\n    maxSeconds\n  }\n"): (typeof documents)["\n  fragment DurationFields on DurationSummary {\n    count\n    p50Seconds\n    p90Seconds\n    maxSeconds\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatisticsDashboard($byMonth: StatisticsInput!, $byCategory: StatisticsInput!) {\n    byMonth: statistics(input: $byMonth) {\n      from\n      to\n      generatedAt\n      totals {\n        reports\n        cases\n        screened\n        warned\n        reportedToChief\n        acknowledged\n        recheckedAfter1Day\n        deletedWithin1Day\n        recheckedWithin7Days\n        deletedWithin7Days\n        deletedWithin1DayShare\n        deletedWithin7DaysShare\n        timeToReply {\n          ...DurationFields\n        }\n        timeToDecision {\n          ...DurationFields\n        }\n      }\n      rows {\n        month\n        reports\n        cases\n        warned\n      }\n      funnel {\n        stage\n        count\n        shareOfPrevious\n      }\n    }\n    byCategory: statistics(input: $byCategory) {\n      rows {\n        category\n        cases\n        warned\n      }\n    }\n  }\n"): (typeof documents)["\n  query StatisticsDashboard($byMonth: StatisticsInput!, $byCategory: StatisticsInput!) {\n    byMonth: statistics(input: $byMonth) {\n      from\n      to\n      generatedAt\n      totals {\n        reports\n        cases\n        screened\n        warned\n        reportedToChief\n        acknowledged\n        recheckedAfter1Day\n        deletedWithin1Day\n        recheckedWithin7Days\n        deletedWithin7Days\n        deletedWithin1DayShare\n        deletedWithin7DaysShare\n        timeToReply {\n          ...DurationFields\n        }\n        timeToDecision {\n          ...DurationFields\n        }\n      }\n      rows {\n        month\n        reports\n        cases\n        warned\n      }\n      funnel {\n        stage\n        count\n        shareOfPrevious\n      }\n    }\n    byCategory: statistics(input: $byCategory) {\n      rows {\n        category\n        cases\n        warned\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;