import { gql, type TypedDocumentNode } from '@apollo/client';
import type { AuditEvent, AuditEventFilter, Connection, PageVariables } from '../../../graphql/schema';

export interface AuditEventsQuery {
  auditEvents: Connection<AuditEvent>;
}
export interface AuditEventsQueryVariables extends PageVariables {
  filter?: AuditEventFilter | null;
}

/** The audit log, newest first. The server records every read of it (audit.READ). */
export const AUDIT_EVENTS_QUERY: TypedDocumentNode<AuditEventsQuery, AuditEventsQueryVariables> = gql`
  query AuditEvents($filter: AuditEventFilter, $first: Int!, $after: String) {
    auditEvents(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        at
        action
        objectType
        objectId
        actorRole
        actor {
          id
          displayName
        }
        before
        after
        requestId
        ip
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;
