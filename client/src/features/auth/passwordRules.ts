/**
 * The server's password policy (server/src/core/auth/password-policy.ts) as far as the browser
 * can check it before sending: the length. Whether a password is too common is the server's call.
 */
export const MIN_PASSWORD_LENGTH = 12;
