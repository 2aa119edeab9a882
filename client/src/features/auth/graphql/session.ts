import { graphql } from '../../../graphql/generated';
import type { CurrentUserFieldsFragment } from '../../../graphql/generated/graphql';

export type CurrentUser = CurrentUserFieldsFragment;

export const CURRENT_USER_FIELDS = graphql(`
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
`);

/** Fails with UNAUTHENTICATED when there is no session: the app then shows the login page. */
export const ME_QUERY = graphql(`
  query Me {
    me {
      ...CurrentUserFields
      mfaEnabled
      mfaRequired
    }
  }
`);

/**
 * Step 1 of a login. Answers which step comes next instead of failing with the step's code, so the
 * login page can move straight on to it (e.g. choosing a new password after an initial one).
 */
export const SIGN_IN_MUTATION = graphql(`
  mutation SignIn($username: String!, $password: String!) {
    signIn(username: $username, password: $password) {
      step
      user {
        ...CurrentUserFields
      }
    }
  }
`);

/** Required after an initial or reset password; any user may also change theirs at any time. Ends their other sessions. */
export const CHANGE_PASSWORD_MUTATION = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      step
      user {
        ...CurrentUserFields
      }
    }
  }
`);

export const LOGOUT_MUTATION = graphql(`
  mutation Logout {
    logout
  }
`);

/** The second login step: a code from the authenticator app, or one of the recovery codes. */
export const VERIFY_MFA_MUTATION = graphql(`
  mutation VerifyMfa($code: String!) {
    verifyMfa(code: $code) {
      step
      user {
        ...CurrentUserFields
      }
    }
  }
`);

/** A new secret, shown once: as a QR code (the otpauth URI) and as text. */
export const START_MFA_ENROLMENT_MUTATION = graphql(`
  mutation StartMfaEnrolment {
    startMfaEnrolment {
      secret
      otpauthUri
    }
  }
`);

export const CONFIRM_MFA_ENROLMENT_MUTATION = graphql(`
  mutation ConfirmMfaEnrolment($code: String!) {
    confirmMfaEnrolment(code: $code) {
      recoveryCodes
      step
      user {
        ...CurrentUserFields
      }
    }
  }
`);

export const REGENERATE_RECOVERY_CODES_MUTATION = graphql(`
  mutation RegenerateRecoveryCodes($code: String!) {
    regenerateRecoveryCodes(code: $code)
  }
`);

export const DISABLE_MFA_MUTATION = graphql(`
  mutation DisableMfa($password: String!) {
    disableMfa(password: $password)
  }
`);
