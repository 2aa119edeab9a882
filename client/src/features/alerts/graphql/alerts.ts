import { graphql } from '../../../graphql/generated';

export const MY_ALERTS_QUERY = graphql(`
  query MyAlerts($limit: Int!) {
    myAlerts(limit: $limit, unacknowledgedOnly: true) {
      id
      escalationId
      escalationKind
      reason
      urgent
      createdAt
      currentStep
      acknowledgedAt
      raisedBy {
        id
        displayName
      }
      escalation {
        id
        number
        summary
        postUrl
        status
        dueAt
        caseNumber
        raisedUnit {
          id
          name
        }
      }
    }
  }
`);

export const ACKNOWLEDGE_ALERT_MUTATION = graphql(`
  mutation AcknowledgeAlert($id: ID!) {
    acknowledgeAlert(id: $id) {
      id
      acknowledgedAt
      ackLatencyMs
      acknowledgedBy {
        id
        displayName
      }
    }
  }
`);

export const ALERT_RAISED_SUBSCRIPTION = graphql(`
  subscription AlertRaised {
    alertRaised {
      alertId
      escalationId
      escalationKind
      reason
      urgent
      step
      notificationId
      raisedAt
      deliveredAt
    }
  }
`);
