import { graphql } from '../../../graphql/generated';
import type { MySessionsQuery } from '../../../graphql/generated/graphql';

export type UserSession = MySessionsQuery['mySessions'][number];

/** The caller's live sessions, most recently used first. */
export const MY_SESSIONS_QUERY = graphql(`
  query MySessions {
    mySessions {
      id
      createdAt
      lastSeenAt
      ip
      current
    }
  }
`);

export const END_SESSION_MUTATION = graphql(`
  mutation EndSession($id: ID!) {
    endSession(id: $id)
  }
`);

/** Returns how many sessions were ended. */
export const END_OTHER_SESSIONS_MUTATION = graphql(`
  mutation EndOtherSessions {
    endOtherSessions
  }
`);
