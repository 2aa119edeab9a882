import { gql, type TypedDocumentNode } from '@apollo/client';
import type { UserSession } from '../../../graphql/schema';

export interface MySessionsQuery {
  mySessions: UserSession[];
}

/** The caller's live sessions, most recently used first. */
export const MY_SESSIONS_QUERY: TypedDocumentNode<MySessionsQuery, Record<string, never>> = gql`
  query MySessions {
    mySessions {
      id
      createdAt
      lastSeenAt
      ip
      current
    }
  }
`;

export const END_SESSION_MUTATION: TypedDocumentNode<{ endSession: boolean }, { id: string }> = gql`
  mutation EndSession($id: ID!) {
    endSession(id: $id)
  }
`;

/** Returns how many sessions were ended. */
export const END_OTHER_SESSIONS_MUTATION: TypedDocumentNode<{ endOtherSessions: number }, Record<string, never>> = gql`
  mutation EndOtherSessions {
    endOtherSessions
  }
`;
