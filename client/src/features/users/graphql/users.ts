import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Connection, PageVariables, Role, User } from '../../../graphql/schema';

/** A user as the chief's list shows them. */
export type AdminUser = User;

const ADMIN_USER_FIELDS = gql`
  fragment AdminUserFields on User {
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
    active
    deactivatedAt
    deactivationReason
    deactivationKind
    lastLoginAt
    lockedAt
    createdAt
    mustChangePassword
  }
`;

/** UserFilter: every given field must match. */
export interface UserFilter {
  unitId?: string | null;
  role?: Role | null;
  /** Omitted: active and deactivated alike. */
  active?: boolean | null;
  /** Part of the username or display name. */
  search?: string | null;
}

export interface UsersQuery {
  users: Connection<AdminUser>;
}
export interface UsersQueryVariables extends PageVariables {
  filter?: UserFilter | null;
}

/** Users by display name, a page at a time ("show more" asks for the page after endCursor). */
export const USERS_QUERY: TypedDocumentNode<UsersQuery, UsersQueryVariables> = gql`
  query Users($filter: UserFilter, $first: Int!, $after: String) {
    users(filter: $filter, first: $first, after: $after) {
      nodes {
        ...AdminUserFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  ${ADMIN_USER_FIELDS}
`;

export interface CreateUserInput {
  username: string;
  displayName: string;
  role: Role;
  unitId: string;
  /** At least 12 characters; the user must change it at the first login. */
  initialPassword: string;
}

export const CREATE_USER_MUTATION: TypedDocumentNode<{ createUser: AdminUser }, { input: CreateUserInput }> = gql`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...AdminUserFields
    }
  }
  ${ADMIN_USER_FIELDS}
`;

/** Only the fields given change. */
export interface UpdateUserInput {
  displayName?: string | null;
  role?: Role | null;
  unitId?: string | null;
}

export const UPDATE_USER_MUTATION: TypedDocumentNode<{ updateUser: AdminUser }, { id: string; input: UpdateUserInput }> = gql`
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      ...AdminUserFields
    }
  }
  ${ADMIN_USER_FIELDS}
`;

/** Blocks login and ends all of the user's sessions at once. */
export const DEACTIVATE_USER_MUTATION: TypedDocumentNode<{ deactivateUser: AdminUser }, { id: string; reason: string }> = gql`
  mutation DeactivateUser($id: ID!, $reason: String!) {
    deactivateUser(id: $id, reason: $reason) {
      ...AdminUserFields
    }
  }
  ${ADMIN_USER_FIELDS}
`;

export const REACTIVATE_USER_MUTATION: TypedDocumentNode<{ reactivateUser: AdminUser }, { id: string }> = gql`
  mutation ReactivateUser($id: ID!) {
    reactivateUser(id: $id) {
      ...AdminUserFields
    }
  }
  ${ADMIN_USER_FIELDS}
`;

/** A new password to be changed at the next login; ends all of the user's sessions. */
export const RESET_USER_PASSWORD_MUTATION: TypedDocumentNode<{ resetUserPassword: AdminUser }, { id: string; newPassword: string }> = gql`
  mutation ResetUserPassword($id: ID!, $newPassword: String!) {
    resetUserPassword(id: $id, newPassword: $newPassword) {
      ...AdminUserFields
    }
  }
  ${ADMIN_USER_FIELDS}
`;

/** Unlocks an account locked after too many failed logins. */
export const UNLOCK_USER_MUTATION: TypedDocumentNode<{ unlockUser: AdminUser }, { id: string }> = gql`
  mutation UnlockUser($id: ID!) {
    unlockUser(id: $id) {
      ...AdminUserFields
    }
  }
  ${ADMIN_USER_FIELDS}
`;
