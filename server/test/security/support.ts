import type { GraphQLResponse, GraphQLTestClient } from '../harness';

export const SIGN_IN = `mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { step user { id username } } }`;
export const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { id } }`;
export const VERIFY_MFA = `mutation($code: String!) { verifyMfa(code: $code) { step user { id } } }`;
export const CHANGE_PASSWORD = `mutation($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) { step user { id } } }`;
export const START_ENROLMENT = `mutation { startMfaEnrolment { secret otpauthUri } }`;
export const CONFIRM_ENROLMENT = `mutation($code: String!) { confirmMfaEnrolment(code: $code) { recoveryCodes step user { id } } }`;
export const ME = `{ me { id role } }`;
export const UNLOCK = `mutation($id: ID!) { unlockUser(id: $id) { id lockedAt } }`;

export const codeOf = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.code;

/** A login through signIn; returns the step it answered (DONE or the next step). */
export async function signIn(client: GraphQLTestClient, username: string, password: string): Promise<GraphQLResponse> {
  return client.request(SIGN_IN, { u: username, p: password });
}

/** A POST to /graphql with full control over headers and body (what the harness client does not let a test vary). */
export async function rawPost(
  baseUrl: string,
  body: string,
  headers: Record<string, string> = { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
): Promise<{ status: number; headers: Headers; text: string; json: any }> {
  const res = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers, body });
  const text = await res.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  return { status: res.status, headers: res.headers, text, json };
}
