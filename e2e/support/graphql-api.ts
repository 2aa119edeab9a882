import { DEMO_PASSWORD } from './demo';

export class GraphQLApiError extends Error {
  constructor(readonly errors: Array<{ message: string; extensions?: { code?: string } }>) {
    super(errors.map((e) => `${e.extensions?.code ?? '?'}: ${e.message}`).join('; '));
  }
}

/**
 * The GraphQL API as a logged-in user, for setting up data in e2e tests without clicking through
 * every screen (the screens under test are still driven in the browser).
 */
export class GraphQLApi {
  private cookie = '';

  private constructor(private readonly baseUrl: string) {}

  static async login(baseUrl: string, username: string, password = DEMO_PASSWORD): Promise<GraphQLApi> {
    const api = new GraphQLApi(baseUrl);
    await api.call(`mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { id } }`, { u: username, p: password });
    return api;
  }

  async call<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookies = res.headers.getSetCookie();
    if (setCookies.length) this.cookie = setCookies.map((c) => c.split(';')[0]).join('; ');
    const body = (await res.json()) as { data?: T; errors?: GraphQLApiError['errors'] };
    if (body.errors?.length) throw new GraphQLApiError(body.errors);
    return body.data!;
  }

  /** 発見報告 as this (officer) user; returns the case ID. */
  async submitReport(url: string, note: string): Promise<string> {
    const data = await this.call<{ submitReport: { case: { id: string } } }>(
      `mutation($input: SubmitReportInput!) { submitReport(input: $input) { case { id } } }`,
      { input: { url, note } },
    );
    return data.submitReport.case.id;
  }

  async caseState(caseId: string): Promise<{ id: string; status: string; version: number; postId: string }> {
    const data = await this.call(`query($id: ID!) { case(id: $id) { id status version postId } }`, { id: caseId });
    return data.case;
  }

  /** The case of a post in the review queue (e.g. one a volunteer tipped, whose case ID they never see). */
  async caseIdInQueue(postId: string): Promise<string> {
    const data = await this.call<{ reviewQueue: { nodes: Array<{ id: string; postId: string }> } }>(
      `query { reviewQueue(first: 200) { nodes { id postId } } }`,
    );
    const found = data.reviewQueue.nodes.find((c) => c.postId === postId);
    if (!found) throw new Error(`post ${postId} is not in the review queue`);
    return found.id;
  }

  async takeCase(caseId: string): Promise<void> {
    const { version } = await this.caseState(caseId);
    await this.call(`mutation($id: ID!, $v: Int!) { takeCase(caseId: $id, expectedVersion: $v) { id } }`, { id: caseId, v: version });
  }

  async warnCase(
    caseId: string,
    screening: { region: string; childIndication: string; indicationSource: string; categories: string[] },
  ): Promise<void> {
    const { version } = await this.caseState(caseId);
    await this.call(`mutation($input: ScreeningInput!) { warnCase(input: $input) { id } }`, {
      input: { caseId, expectedVersion: version, ...screening },
    });
  }

  /** 伺い as this (officer in charge) user. */
  async requestApproval(
    caseId: string,
    screening: { region: string; childIndication: string; indicationSource: string; categories: string[] },
    reason: string,
  ): Promise<void> {
    const { version } = await this.caseState(caseId);
    await this.call(`mutation($input: RequestApprovalInput!) { requestApproval(input: $input) { id } }`, {
      input: { caseId, expectedVersion: version, ...screening, reason },
    });
  }
}
