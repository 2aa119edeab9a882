import { graphql } from '../../../graphql/generated';
import type { AdminUserFieldsFragment } from '../../../graphql/generated/graphql';

/** A user as the chief's list shows them. */
export type AdminUser = AdminUserFieldsFragment;
export type { CreateUserInput, UpdateUserInput, UserFilter } from '../../../graphql/generated/graphql';


export const ADMIN_USER_FIELDS = graphql(`
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
`);

/** Users by display name, a page at a time ("show more" asks for the page after endCursor). */
export const USERS_QUERY = graphql(`
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
`);

export const CREATE_USER_MUTATION = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...AdminUserFields
    }
  }
`);

export const UPDATE_USER_MUTATION = graphql(`
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      ...AdminUserFields
    }
  }
`);

/** Blocks login and ends all of the user's sessions at once. */
export const DEACTIVATE_USER_MUTATION = graphql(`
  mutation DeactivateUser($id: ID!, $reason: String!) {
    deactivateUser(id: $id, reason: $reason) {
      ...AdminUserFields
    }
  }
`);

export const REACTIVATE_USER_MUTATION = graphql(`
  mutation ReactivateUser($id: ID!) {
    reactivateUser(id: $id) {
      ...AdminUserFields
    }
  }
`);

/** A new password to be changed at the next login; ends all of the user's sessions. */
export const RESET_USER_PASSWORD_MUTATION = graphql(`
  mutation ResetUserPassword($id: ID!, $newPassword: String!) {
    resetUserPassword(id: $id, newPassword: $newPassword) {
      ...AdminUserFields
    }
  }
`);

/** Unlocks an account locked after too many failed logins. */
export const UNLOCK_USER_MUTATION = graphql(`
  mutation UnlockUser($id: ID!) {
    unlockUser(id: $id) {
      ...AdminUserFields
    }
  }
`);
