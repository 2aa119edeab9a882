import { graphql } from '../../../graphql/generated';
import type { AuditEventsQuery } from '../../../graphql/generated/graphql';

export type AuditEvent = AuditEventsQuery['auditEvents']['nodes'][number];

/** The audit log, newest first. The server records every read of it (audit.READ). */
export const AUDIT_EVENTS_QUERY = graphql(`
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
`);
