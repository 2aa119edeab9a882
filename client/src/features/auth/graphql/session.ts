import { gql, type TypedDocumentNode } from '@apollo/client';
import type { LoginStep, User } from '../../../graphql/schema';

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

/** Where a login stands: DONE with the user, or the step to show next (the user only once DONE). */
export interface SignInResult {
  step: LoginStep;
  user: CurrentUser | null;
}

export interface SignInMutation {
  signIn: SignInResult;
}
export interface SignInMutationVariables {
  username: string;
  password: string;
}

/**
 * Step 1 of a login. Answers which step comes next instead of failing with the step's code, so the
 * login page can move straight on to it (e.g. choosing a new password after an initial one).
 */
export const SIGN_IN_MUTATION: TypedDocumentNode<SignInMutation, SignInMutationVariables> = gql`
  mutation SignIn($username: String!, $password: String!) {
    signIn(username: $username, password: $password) {
      step
      user {
        ...CurrentUserFields
      }
    }
  }
  ${CURRENT_USER_FIELDS}
`;

export interface ChangePasswordMutation {
  changePassword: SignInResult;
}
export interface ChangePasswordMutationVariables {
  currentPassword: string;
  newPassword: string;
}

/** Required after an initial or reset password; any user may also change theirs at any time. Ends their other sessions. */
export const CHANGE_PASSWORD_MUTATION: TypedDocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables> = gql`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      step
      user {
        ...CurrentUserFields
      }
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
