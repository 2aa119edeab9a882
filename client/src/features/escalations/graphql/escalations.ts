import { graphql } from '../../../graphql/generated';

/** What the board shows of each escalation. */
export const ESCALATION_ROW_FIELDS = graphql(`
  fragment EscalationRowFields on Escalation {
    id
    number
    kind
    urgency
    status
    version
    summary
    postUrl
    dueAt
    overdue
    ageMinutes
    createdAt
    completedAt
    caseNumber
    stepCount
    openStepCount
    owner {
      id
      displayName
    }
    raisedBy {
      id
      displayName
    }
    raisedUnit {
      id
      name
    }
  }
`);

export const ESCALATIONS_QUERY = graphql(`
  query Escalations($filter: EscalationFilter, $first: Int!, $after: String) {
    escalations(filter: $filter, first: $first, after: $after) {
      nodes {
        ...EscalationRowFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Everything the escalation drawer shows. */
export const ESCALATION_DETAIL_FIELDS = graphql(`
  fragment EscalationDetailFields on Escalation {
    ...EscalationRowFields
    postId
    assignedAt
    externalReference
    cancelReason
    checklistTemplateVersion
    updatedAt
    case {
      id
      number
    }
    steps {
      position
      labelJa
      labelEn
      doneAt
      doneBy {
        id
        displayName
      }
    }
    timeline {
      id
      type
      at
      note
      data
      actor {
        id
        displayName
      }
    }
    disclosure {
      accountUrl
      postUrls
      personAtRisk
      danger
      informationNeeded
      reason
      contact
      sentAt
      answer
      answerText
      answeredAt
    }
    deletion {
      reason
      requestedAt
      lastCheckedAt
      checkCount
      removedAt
      removalOutcome
      hoursToRemoval
      reminderAlertedAt
    }
    incident {
      detectedAt
      affectedAsset
      reports {
        recipient
        recipientName
        method
        reportedAt
        note
        reportedBy {
          id
          displayName
        }
      }
      pendingRecipients
    }
  }
`);

export const ESCALATION_QUERY = graphql(`
  query Escalation($id: ID!) {
    escalation(id: $id) {
      ...EscalationDetailFields
    }
  }
`);

export const MY_RAISED_ESCALATIONS_QUERY = graphql(`
  query MyRaisedEscalations($first: Int!) {
    myRaisedEscalations(first: $first) {
      nodes {
        id
        number
        kind
        urgency
        status
        postUrl
        summary
        raisedAt
        completedAt
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const RAISE_ESCALATION_MUTATION = graphql(`
  mutation RaiseEscalation($input: RaiseEscalationInput!) {
    raiseEscalation(input: $input) {
      id
      number
      kind
      urgency
      status
      postUrl
      summary
      raisedAt
      completedAt
    }
  }
`);

export const CLAIM_ESCALATION_MUTATION = graphql(`
  mutation ClaimEscalation($escalationId: ID!, $expectedVersion: Int!) {
    claimEscalation(escalationId: $escalationId, expectedVersion: $expectedVersion) {
      ...EscalationDetailFields
    }
  }
`);

export const ASSIGN_ESCALATION_MUTATION = graphql(`
  mutation AssignEscalation($escalationId: ID!, $ownerId: ID!, $expectedVersion: Int!) {
    assignEscalation(escalationId: $escalationId, ownerId: $ownerId, expectedVersion: $expectedVersion) {
      ...EscalationDetailFields
    }
  }
`);

export const START_ESCALATION_MUTATION = graphql(`
  mutation StartEscalation($escalationId: ID!, $expectedVersion: Int!) {
    startEscalation(escalationId: $escalationId, expectedVersion: $expectedVersion) {
      ...EscalationDetailFields
    }
  }
`);

export const RETURN_ESCALATION_MUTATION = graphql(`
  mutation ReturnEscalationToOpen($escalationId: ID!, $expectedVersion: Int!, $note: String) {
    returnEscalationToOpen(escalationId: $escalationId, expectedVersion: $expectedVersion, note: $note) {
      ...EscalationDetailFields
    }
  }
`);

export const COMPLETE_ESCALATION_MUTATION = graphql(`
  mutation CompleteEscalation($escalationId: ID!, $expectedVersion: Int!, $note: String) {
    completeEscalation(escalationId: $escalationId, expectedVersion: $expectedVersion, note: $note) {
      ...EscalationDetailFields
    }
  }
`);

export const CANCEL_ESCALATION_MUTATION = graphql(`
  mutation CancelEscalation($escalationId: ID!, $expectedVersion: Int!, $reason: String!) {
    cancelEscalation(escalationId: $escalationId, expectedVersion: $expectedVersion, reason: $reason) {
      ...EscalationDetailFields
    }
  }
`);

export const REOPEN_ESCALATION_MUTATION = graphql(`
  mutation ReopenEscalation($escalationId: ID!, $expectedVersion: Int!, $reason: String!) {
    reopenEscalation(escalationId: $escalationId, expectedVersion: $expectedVersion, reason: $reason) {
      ...EscalationDetailFields
    }
  }
`);

export const TICK_STEP_MUTATION = graphql(`
  mutation TickEscalationStep($escalationId: ID!, $position: Int!) {
    tickEscalationStep(escalationId: $escalationId, position: $position) {
      ...EscalationDetailFields
    }
  }
`);

export const UNTICK_STEP_MUTATION = graphql(`
  mutation UntickEscalationStep($escalationId: ID!, $position: Int!) {
    untickEscalationStep(escalationId: $escalationId, position: $position) {
      ...EscalationDetailFields
    }
  }
`);

export const ADD_NOTE_MUTATION = graphql(`
  mutation AddEscalationNote($escalationId: ID!, $text: String!) {
    addEscalationNote(escalationId: $escalationId, text: $text) {
      ...EscalationDetailFields
    }
  }
`);

export const UPDATE_ESCALATION_MUTATION = graphql(`
  mutation UpdateEscalation($input: UpdateEscalationInput!) {
    updateEscalation(input: $input) {
      ...EscalationDetailFields
    }
  }
`);

export const UPDATE_DISCLOSURE_MUTATION = graphql(`
  mutation UpdateEmergencyDisclosure($escalationId: ID!, $input: EmergencyDisclosureInput!) {
    updateEmergencyDisclosure(escalationId: $escalationId, input: $input) {
      ...EscalationDetailFields
    }
  }
`);

export const RECORD_DISCLOSURE_SENT_MUTATION = graphql(`
  mutation RecordDisclosureSent($escalationId: ID!, $xReference: String, $sentAt: DateTimeISO) {
    recordDisclosureSent(escalationId: $escalationId, xReference: $xReference, sentAt: $sentAt) {
      ...EscalationDetailFields
    }
  }
`);

export const RECORD_DISCLOSURE_ANSWER_MUTATION = graphql(`
  mutation RecordDisclosureAnswer($input: RecordDisclosureAnswerInput!) {
    recordDisclosureAnswer(input: $input) {
      ...EscalationDetailFields
    }
  }
`);

export const RECORD_DELETION_SENT_MUTATION = graphql(`
  mutation RecordDeletionRequestSent($escalationId: ID!, $xReference: String, $sentAt: DateTimeISO) {
    recordDeletionRequestSent(escalationId: $escalationId, xReference: $xReference, sentAt: $sentAt) {
      ...EscalationDetailFields
    }
  }
`);

export const RECORD_INCIDENT_REPORT_MUTATION = graphql(`
  mutation RecordIncidentReport($input: RecordIncidentReportInput!) {
    recordIncidentReport(input: $input) {
      ...EscalationDetailFields
    }
  }
`);

export const DISCLOSURE_REQUEST_QUERY = graphql(`
  query EmergencyDisclosureRequest($escalationId: ID!) {
    emergencyDisclosureRequest(escalationId: $escalationId) {
      escalationId
      missingFields
      textJa
      textEn
      requestingOfficer
      requestingUnit
    }
  }
`);

/** A version of a kind's procedure, as the checklist editor and its history show it. */
export const CHECKLIST_VERSION_FIELDS = graphql(`
  fragment ChecklistVersionFields on EscalationChecklistTemplate {
      id
      kind
      version
      note
      createdAt
      createdBy {
        id
        displayName
      }
      steps {
        position
        labelJa
        labelEn
      }
  }
`);

export const CHECKLIST_TEMPLATES_QUERY = graphql(`
  query EscalationChecklistTemplates {
    escalationChecklistTemplates {
      ...ChecklistVersionFields
    }
  }
`);

export const CHECKLIST_HISTORY_QUERY = graphql(`
  query EscalationChecklistHistory($kind: EscalationKind!) {
    escalationChecklistHistory(kind: $kind) {
      ...ChecklistVersionFields
    }
  }
`);

export const UPDATE_CHECKLIST_MUTATION = graphql(`
  mutation UpdateEscalationChecklist($input: UpdateChecklistInput!) {
    updateEscalationChecklist(input: $input) {
      ...ChecklistVersionFields
    }
  }
`);

export const ESCALATION_STATISTICS_QUERY = graphql(`
  query EscalationStatistics($from: DateTimeISO!, $to: DateTimeISO!) {
    escalationStatistics(from: $from, to: $to) {
      from
      to
      counts {
        month
        kind
        status
        count
      }
      deletion {
        requested
        removed
        stillUp
        hoursToRemovalP50
        hoursToRemovalP90
      }
    }
  }
`);

/** The chief assigns an escalation to a member of the division. */
export const DIVISION_STAFF_QUERY = graphql(`
  query EscalationAssignees {
    officersInCharge: users(first: 100, filter: { role: OFFICER_IN_CHARGE, active: true }) {
      nodes {
        id
        displayName
      }
    }
    chiefs: users(first: 20, filter: { role: CHIEF, active: true }) {
      nodes {
        id
        displayName
      }
    }
  }
`);
