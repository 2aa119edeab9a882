import { TEST_PASSWORD } from '../factories';
import type { GraphQLTestClient } from '../harness';
import {
  addQualifyingPost,
  auditActions,
  CaseStatus,
  issueWarning,
  loadCase,
  repliesTo,
  startReplyStack,
  waitForCase,
  type ReplyStack,
} from './support';

const CASE_FIELDS = 'id status version replyChannel replyPostId manualReplyUrl failureReason';
const SUBMIT = `mutation($input: SubmitReportInput!) { submitReport(input: $input) { case { id version } } }`;
const TAKE = `mutation($id: ID!, $v: Int!) { takeCase(caseId: $id, expectedVersion: $v) { id version } }`;
const WARN = `mutation($input: ScreeningInput!) { warnCase(input: $input) { ${CASE_FIELDS} replyText } }`;
const CASE = `query($id: ID!) { case(id: $id) { ${CASE_FIELDS} } }`;
const MANUAL_REPLY = `query($id: ID!) { manualReply(caseId: $id) { caseId text intentUrl postUrl } }`;
const SWITCH = `mutation($id: ID!, $v: Int!) { switchToManualReply(caseId: $id, expectedVersion: $v) { ${CASE_FIELDS} } }`;
const RECORD = `mutation($id: ID!, $url: String!, $v: Int!) { recordManualReply(caseId: $id, replyUrl: $url, expectedVersion: $v) { ${CASE_FIELDS} } }`;
const NOTIFICATIONS = `query($unread: Boolean!) { myNotifications(unreadOnly: $unread) { id kind caseId read readAt case { id status } } }`;
const MARK_READ = `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) { id read } }`;

describe('the manual reply path, end to end over HTTP', () => {
  let rs: ReplyStack;
  let officer: GraphQLTestClient;
  let chief: GraphQLTestClient;

  beforeAll(async () => {
    rs = await startReplyStack();
    // Intent links point at the sandbox, as under `npm start` (its URL is known only once the stack runs).
    (rs.stack.config as { X_WEB_INTENT_BASE_URL: string }).X_WEB_INTENT_BASE_URL = rs.stack.sandbox.url;
    officer = await rs.stack.client().login(rs.org.officer.username, TEST_PASSWORD);
    chief = await rs.stack.client().login(rs.org.chief.username, TEST_PASSWORD);
  });
  afterAll(() => rs?.stack.close());

  /** The officer in charge, at x.com (here: the sandbox), posting the prepared reply by hand. Returns the URL X shows for it. */
  async function postByHand(inReplyTo: string, text: string): Promise<string> {
    const res = await fetch(`${rs.stack.sandbox.url}/intent/post`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ in_reply_to: inReplyTo, text }).toString(),
      redirect: 'manual',
    });
    expect(res.status).toBe(303);
    const page = await (await fetch(`${rs.stack.sandbox.url}${res.headers.get('location')}`)).text();
    return /data-testid="post-share-url" value="([^"]+)"/.exec(page)![1]!;
  }

  it('X refuses the API reply → the officer posts it by hand from the intent link → the pasted URL is verified and recorded', async () => {
    rs.stack.sandbox.state.setBehaviour({ replyRestricted: true });
    const post = addQualifyingPost(rs.stack);
    const otherPost = addQualifyingPost(rs.stack);

    // Report → take → warn, all over GraphQL.
    const reported = (await officer.ok(SUBMIT, { input: { url: `https://twitter.com/${rs.stack.sandbox.state.user(post.authorId)!.username}/status/${post.id}?s=20` } })).submitReport.case;
    const taken = (await rs.oic.ok(TAKE, { id: reported.id, v: reported.version })).takeCase;
    const warned = (
      await rs.oic.ok(WARN, {
        input: { caseId: taken.id, expectedVersion: taken.version, region: 'UNKNOWN', childIndication: 'POSTER_IS_CHILD', indicationSource: 'PROFILE', categories: ['C2_LODGING'] },
      })
    ).warnCase;
    const caseId = warned.id as string;

    // The worker meets X's 403 and hands the reply to the officers.
    await waitForCase(rs.stack.db, caseId, (c) => c.replyChannel === 'MANUAL', 'the switch to the manual path');
    const unread = (await rs.oic.ok(NOTIFICATIONS, { unread: true })).myNotifications;
    expect(unread).toEqual([expect.objectContaining({ kind: 'REPLY_SWITCHED_TO_MANUAL', caseId, read: false, case: { id: caseId, status: 'WARNING_QUEUED' } })]);

    // What to post, and where.
    const manual = (await rs.oic.ok(MANUAL_REPLY, { id: caseId })).manualReply;
    expect(manual).toMatchObject({ caseId, text: warned.replyText, postUrl: `https://x.com/${rs.stack.sandbox.state.user(post.authorId)!.username}/status/${post.id}` });
    const intent = new URL(manual.intentUrl);
    expect(`${intent.origin}${intent.pathname}`).toBe(`${rs.stack.sandbox.url}/intent/post`);
    expect(intent.searchParams.get('in_reply_to')).toBe(post.id);
    expect(intent.searchParams.get('text')).toBe(warned.replyText);
    expect(manual.intentUrl).toContain(`text=${encodeURIComponent(warned.replyText)}`);
    const intentPage = await (await fetch(manual.intentUrl)).text();
    expect(intentPage).toContain(`name="in_reply_to" value="${post.id}"`);
    expect(intentPage).toContain(post.text);

    // Pasted URLs that must be refused, each with its own message, and the case unchanged.
    const before = await loadCase(rs.stack.db, caseId);
    const refusals: Array<[string, string, RegExp]> = [
      ['not a link to X', 'https://example.com/kmt/status/123', /Only posts on X/],
      ['the warned post itself', `https://x.com/someone/status/${post.id}`, /link of the post being warned/],
      ['a post that does not exist', 'https://x.com/kmt_police_sk/status/1234567890123456789', /No post with this link exists on X/],
      ['our reply to a different post', `https://x.com/kmt_police_sk/status/${rs.stack.sandbox.state.createOwnPost('別の返信', otherPost, 'manual').id}`, /replies to a different post/],
      ['a reply by someone else', `https://x.com/someone/status/${rs.stack.sandbox.state.addPost({ text: '横から返信', authorUsername: 'bystander_01', inReplyToPostId: post.id }).id}`, /made by @bystander_01, not by the official account @kmt_police_sk/],
      ['our post that is not a reply', `https://x.com/kmt_police_sk/status/${rs.stack.sandbox.state.createOwnPost('単独の投稿', undefined, 'manual').id}`, /not a reply/],
    ];
    for (const [what, url, message] of refusals) {
      const res = await rs.oic.request(RECORD, { id: caseId, url, v: before.version });
      expect({ what, code: res.errors?.[0]?.extensions?.code, field: res.errors?.[0]?.extensions?.field }).toEqual({ what, code: 'INVALID_INPUT', field: 'replyUrl' });
      expect(res.errors![0]!.message).toMatch(message);
    }
    expect(await loadCase(rs.stack.db, caseId)).toMatchObject({ status: 'WARNING_QUEUED', version: before.version, replyPostId: null });

    // The officer posts it by hand and pastes the link X shows.
    const replyUrl = await postByHand(post.id, manual.text);
    const stale = await rs.oic.request(RECORD, { id: caseId, url: replyUrl, v: before.version - 1 });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const recorded = (await rs.oic.ok(RECORD, { id: caseId, url: replyUrl, v: before.version })).recordManualReply;
    const onX = repliesTo(rs.stack, post.id);
    expect(onX).toEqual([expect.objectContaining({ via: 'manual', text: warned.replyText })]);
    expect(recorded).toMatchObject({
      status: 'WARNING_POSTED',
      replyChannel: 'MANUAL',
      replyPostId: onX[0]!.id,
      manualReplyUrl: `https://x.com/kmt_police_sk/status/${onX[0]!.id}`,
    });
    expect((await auditActions(rs.stack.db, caseId)).slice(-2)).toEqual([
      { action: 'case.SWITCH_TO_MANUAL_REPLY', actorRole: 'SYSTEM' },
      { action: 'case.RECORD_MANUAL_REPLY', actorRole: 'OFFICER_IN_CHARGE' },
    ]);
    const checks: { after: string }[] = await rs.stack.db.query(`SELECT after FROM post_checks WHERE case_id = $1 ORDER BY after`, [caseId]);
    expect(checks.map((c) => c.after)).toEqual(['1d', '7d']);
    expect((await rs.oic.ok(MANUAL_REPLY, { id: caseId })).manualReply).toBeNull();
    const again = await rs.oic.request(RECORD, { id: caseId, url: replyUrl, v: recorded.version });
    expect(again.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');

    // Notifications: each reads their own; nobody marks another's.
    const chiefNote = (await chief.ok(NOTIFICATIONS, { unread: true })).myNotifications.find((n: { caseId: string }) => n.caseId === caseId);
    expect(chiefNote).toBeDefined();
    const marked = (await rs.oic.ok(MARK_READ, { ids: [unread[0].id, chiefNote.id] })).markNotificationsRead;
    expect(marked).toEqual([{ id: unread[0].id, read: true }]);
    expect((await rs.oic.ok(NOTIFICATIONS, { unread: true })).myNotifications).toEqual([]);
    expect((await rs.oic.ok(NOTIFICATIONS, { unread: false })).myNotifications).toEqual([expect.objectContaining({ id: unread[0].id, read: true })]);
    expect((await chief.ok(NOTIFICATIONS, { unread: true })).myNotifications.map((n: { id: string }) => n.id)).toContain(chiefNote.id);
    const bad = await rs.oic.request(MARK_READ, { ids: ['not-a-uuid'] });
    expect(bad.errors?.[0]?.extensions?.code).toBe('INVALID_INPUT');
  });

  it('is refused to officers (role matrix)', async () => {
    for (const [query, variables] of [
      [MANUAL_REPLY, { id: '00000000-0000-4000-8000-000000000000' }],
      [RECORD, { id: '00000000-0000-4000-8000-000000000000', url: 'https://x.com/a/status/1', v: 1 }],
      [SWITCH, { id: '00000000-0000-4000-8000-000000000000', v: 1 }],
      [NOTIFICATIONS, { unread: false }],
    ] as const) {
      expect((await officer.request(query, variables)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  describe('an officer switches a queued API reply to the manual path', () => {
    beforeAll(async () => {
      await rs.stack.worker?.stop(); // keep the cases on the API path, unposted
      rs.stack.worker = null;
      rs.stack.sandbox.state.reset();
    });

    it('is allowed before any API attempt; then posted by hand and recorded', async () => {
      const { caseId, post, warned } = await issueWarning(rs);
      const switched = (await chief.ok(SWITCH, { id: caseId, v: warned.version })).switchToManualReply;
      expect(switched).toMatchObject({ status: 'WARNING_QUEUED', replyChannel: 'MANUAL', version: warned.version + 1 });
      expect((await auditActions(rs.stack.db, caseId)).at(-1)).toEqual({ action: 'case.SWITCH_TO_MANUAL_REPLY', actorRole: 'CHIEF' });
      const twice = await chief.request(SWITCH, { id: caseId, v: switched.version });
      expect(twice.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
      const { text } = (await rs.oic.ok(MANUAL_REPLY, { id: caseId })).manualReply;
      const url = await postByHand(post.id, text);
      expect((await rs.oic.ok(RECORD, { id: caseId, url, v: switched.version })).recordManualReply.status).toBe('WARNING_POSTED');
    });

    it('is refused while an API attempt may be in flight, and when the API reply is already on X', async () => {
      const { caseId, post, warned } = await issueWarning(rs);
      const recordOnApiPath = await rs.oic.request(RECORD, { id: caseId, url: 'https://x.com/kmt_police_sk/status/2199999999999999999', v: warned.version });
      expect(recordOnApiPath.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');

      await rs.stack.db.query(`UPDATE cases SET reply_attempted_at = now() WHERE id = $1`, [caseId]);
      const inFlight = await rs.oic.request(SWITCH, { id: caseId, v: warned.version });
      expect(inFlight.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'REPLY_IN_FLIGHT' });

      await rs.stack.db.query(`UPDATE cases SET reply_attempted_at = now() - interval '1 hour' WHERE id = $1`, [caseId]);
      const apiReply = rs.stack.sandbox.state.createOwnPost(warned.replyText, post, 'api');
      const posted = await rs.oic.request(SWITCH, { id: caseId, v: warned.version });
      expect(posted.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_POSTED', replyPostId: apiReply.id });
      expect(await loadCase(rs.stack.db, caseId)).toMatchObject({ replyChannel: 'API', version: warned.version });

      // The worker was asked to record it: once running, it finds the reply instead of posting.
      await rs.stack.startWorker();
      const recorded = await waitForCase(rs.stack.db, caseId, (c) => c.status === CaseStatus.WARNING_POSTED, 'the API reply to be recorded');
      expect(recorded.replyPostId).toBe(apiReply.id);
      expect(repliesTo(rs.stack, post.id)).toHaveLength(1);
      const viaGraphql = (await rs.oic.ok(CASE, { id: caseId })).case;
      expect(viaGraphql).toMatchObject({ status: 'WARNING_POSTED', replyChannel: 'API', replyPostId: apiReply.id });
    });
  });
});
