import { gql, type TypedDocumentNode } from '@apollo/client';
import type { User } from '../../../graphql/schema';

export type CurrentUser = Pick<User, '__typename' | 'id' | 'username' | 'displayName' | 'role' | 'unit'>;

const CURRENT_USER_FIELDS = gql`
  fragment CurrentUserFields on User {
    id
    username
    displayName
    role
    unit {
      id
      code
      name
      kind
    }
  }
`;

export interface MeQuery {
  me: CurrentUser;
}

/** Fails with UNAUTHENTICATED when there is no session: the app then shows the login page. */
export const ME_QUERY: TypedDocumentNode<MeQuery, Record<string, never>> = gql`
  query Me {
    me {
      ...CurrentUserFields
    }
  }
  ${CURRENT_USER_FIELDS}
`;

export interface LoginMutation {
  login: CurrentUser;
}
export interface LoginMutationVariables {
  username: string;
  password: string;
}

export const LOGIN_MUTATION: TypedDocumentNode<LoginMutation, LoginMutationVariables> = gql`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      ...CurrentUserFields
    }
  }
  ${CURRENT_USER_FIELDS}
`;

export interface LogoutMutation {
  logout: boolean;
}

export const LOGOUT_MUTATION: TypedDocumentNode<LogoutMutation, Record<string, never>> = gql`
  mutation Logout {
    logout
  }
`;
