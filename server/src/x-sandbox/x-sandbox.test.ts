import { parseTweet } from 'twitter-text';
import { DEMO_POSTS, DEMO_USERS, OFFICIAL_USER_ID, OFFICIAL_USERNAME } from './demo-data';
import { snowflakeTime } from './sandbox-state';
import { startXSandbox, type RunningXSandbox } from './x-sandbox';

/**
 * The sandbox must answer like X: these tests talk raw HTTP to it and check X's shapes.
 * (core/x/x-client.test.ts drives it through the real twitter-api-v2 client.)
 */

// Any complete OAuth 1.0a header passes when the sandbox is not given credentials to verify.
const OAUTH =
  'OAuth oauth_consumer_key="ck", oauth_nonce="n0nce", oauth_signature="c2ln", oauth_signature_method="HMAC-SHA1", oauth_timestamp="1767225600", oauth_token="1700000000000000001-tok", oauth_version="1.0"';

const RUNAWAY_AT_STATION = DEMO_POSTS[0]!; // 高1, 熊本駅, does not mention the official account
const MENTIONS_OFFICIAL = DEMO_POSTS.find((p) => p.text.includes(`@${OFFICIAL_USERNAME}`))!;
const DELETED = DEMO_POSTS.find((p) => p.deleted)!;
const PROTECTED = DEMO_POSTS.find((p) => DEMO_USERS.find((u) => u.id === p.authorId)?.protected)!;

let sandbox: RunningXSandbox;

beforeAll(async () => {
  sandbox = await startXSandbox({ port: 0 });
});
afterAll(async () => {
  await sandbox.close();
});
beforeEach(async () => {
  await fetch(`${sandbox.url}/__admin/reset`, { method: 'POST' });
});

async function api(method: string, path: string, body?: unknown, headers: Record<string, string> = { authorization: OAUTH }) {
  const res = await fetch(`${sandbox.url}${path}`, {
    method,
    headers: { ...headers, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

const reply = (to: string, text: string) => api('POST', '/2/tweets', { text, reply: { in_reply_to_tweet_id: to } });
const admin = (method: string, path: string, body?: unknown) => api(method, `/__admin${path}`, body, {});

describe('demo data', () => {
  it('has numeric snowflake IDs whose timestamp is the post time, and an author for every post', () => {
    expect(DEMO_POSTS.length).toBeGreaterThanOrEqual(8);
    for (const post of DEMO_POSTS) {
      expect(post.id).toMatch(/^\d{19}$/);
      expect(snowflakeTime(post.id).toISOString()).toBe(post.createdAt);
      expect(DEMO_USERS.some((u) => u.id === post.authorId)).toBe(true);
    }
    for (const user of DEMO_USERS) expect(user.username).toMatch(/^[A-Za-z0-9_]{4,15}$/); // X's username rule
  });

  it('reports mentions and hashtags as entities with code-point indices, and expands mentioned users', async () => {
    const res = await api('GET', `/2/tweets/${MENTIONS_OFFICIAL.id}?tweet.fields=entities&expansions=entities.mentions.username`);
    expect(res.body.data.entities.mentions).toEqual([{ start: 0, end: OFFICIAL_USERNAME.length + 1, username: OFFICIAL_USERNAME }]);
    expect(res.body.includes.users).toEqual([expect.objectContaining({ id: OFFICIAL_USER_ID, username: OFFICIAL_USERNAME })]);
    const tagged = await api('GET', `/2/tweets/${RUNAWAY_AT_STATION.id}?tweet.fields=entities`);
    const text = Array.from(RUNAWAY_AT_STATION.text);
    const tags = tagged.body.data.entities.hashtags as Array<{ start: number; end: number; tag: string }>;
    expect(tags.map((h) => h.tag)).toEqual(['家出', '神待ち']);
    for (const h of tags) expect(text.slice(h.start, h.end).join('')).toBe(`#${h.tag}`);
  });

  it('is served by the lookup endpoint with the author profile', async () => {
    const res = await api('GET', `/2/tweets/${RUNAWAY_AT_STATION.id}?expansions=author_id&user.fields=description,username`);
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ id: RUNAWAY_AT_STATION.id, text: RUNAWAY_AT_STATION.text, edit_history_tweet_ids: [RUNAWAY_AT_STATION.id] });
    expect(res.body.includes.users).toEqual([
      { id: '1801000000000000101', name: 'もも', username: 'momo_kmm_07', description: '熊本市東区 / 高1 / 人見知りです' },
    ]);
  });
});

describe('POST /2/tweets', () => {
  it('refuses a request without an OAuth Authorization header with X\'s 401 problem', async () => {
    const res = await api('POST', '/2/tweets', { text: 'x' }, {});
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' });
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const bearer = await api('POST', '/2/tweets', { text: 'x' }, { authorization: 'Bearer abc' });
    expect(bearer.status).toBe(401);
  });

  it('creates a reply: 201, X\'s data shape, increasing numeric IDs, recorded for /__admin/replies', async () => {
    const first = await reply(RUNAWAY_AT_STATION.id, '熊本県警察です。家出は危険です。');
    const second = await reply(DEMO_POSTS[1]!.id, '熊本県警察です。会う約束は危険です。');
    expect(first.status).toBe(201);
    expect(first.body).toEqual({ data: { id: expect.stringMatching(/^\d+$/), text: '熊本県警察です。家出は危険です。', edit_history_tweet_ids: [first.body.data.id] } });
    expect(BigInt(second.body.data.id)).toBeGreaterThan(BigInt(first.body.data.id));
    expect(BigInt(first.body.data.id)).toBeGreaterThan(BigInt(DEMO_POSTS[DEMO_POSTS.length - 1]!.id));

    const replies = (await admin('GET', '/replies')).body;
    expect(replies).toEqual([
      { id: first.body.data.id, inReplyToPostId: RUNAWAY_AT_STATION.id, text: '熊本県警察です。家出は危険です。', createdAt: expect.any(String), via: 'api', deleted: false },
      { id: second.body.data.id, inReplyToPostId: DEMO_POSTS[1]!.id, text: '熊本県警察です。会う約束は危険です。', createdAt: expect.any(String), via: 'api', deleted: false },
    ]);
    // the created reply is a real post: lookups see it as a reply in the target's conversation
    const looked = await api('GET', `/2/tweets/${first.body.data.id}?tweet.fields=author_id,referenced_tweets,conversation_id,in_reply_to_user_id`);
    expect(looked.body.data).toMatchObject({
      author_id: OFFICIAL_USER_ID,
      referenced_tweets: [{ type: 'replied_to', id: RUNAWAY_AT_STATION.id }],
      conversation_id: RUNAWAY_AT_STATION.id,
      in_reply_to_user_id: RUNAWAY_AT_STATION.authorId,
    });
  });

  it('enforces the weighted length with twitter-text: 140 Japanese characters pass, 141 are refused', async () => {
    const ok = 'あ'.repeat(140);
    const tooLong = 'い'.repeat(141);
    expect(parseTweet(ok).weightedLength).toBe(280);
    const accepted = await reply(RUNAWAY_AT_STATION.id, ok);
    expect(accepted.status).toBe(201);
    const refused = await reply(RUNAWAY_AT_STATION.id, tooLong);
    expect(refused.status).toBe(400);
    expect(refused.body.title).toBe('Invalid Request');
    expect(refused.body.type).toBe('https://api.twitter.com/2/problems/invalid-request');
    expect(refused.body.errors[0].message).toMatch(/^Your Tweet text is too long\./);
    expect((await admin('GET', '/replies')).body).toHaveLength(1);
  });

  it('refuses duplicate text from the official account with X\'s 403', async () => {
    expect((await reply(RUNAWAY_AT_STATION.id, '同じ文面')).status).toBe(201);
    const dup = await reply(DEMO_POSTS[1]!.id, '同じ文面');
    expect(dup.status).toBe(403);
    expect(dup.body).toEqual({ detail: 'You are not allowed to create a Tweet with duplicate content.', type: 'about:blank', title: 'Forbidden', status: 403 });
  });

  it('refuses a reply to a deleted or protected post as X does', async () => {
    for (const target of [DELETED.id, PROTECTED.id, '1234567890123456789']) {
      const res = await reply(target, `返信 ${target}`);
      expect(res.status).toBe(403);
      expect(res.body.detail).toBe('You attempted to reply to a Tweet that is deleted or not visible to you.');
    }
  });

  it('with replyRestricted, answers 403 unless the target mentions the official account', async () => {
    const switched = await admin('POST', '/behaviour', { replyRestricted: true });
    expect(switched.body).toEqual({ queue: [], replyRestricted: true, duplicateDetection: true, timelineLagMs: 0 });
    const refused = await reply(RUNAWAY_AT_STATION.id, '注意喚起です');
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toBe('You can only reply to or quote posts where you are mentioned or are the author.');
    expect((await reply(MENTIONS_OFFICIAL.id, '確認します')).status).toBe(201);
    await admin('POST', '/behaviour', { replyRestricted: false });
    expect((await reply(RUNAWAY_AT_STATION.id, '注意喚起です')).status).toBe(201);
  });

  it('sends X\'s rate-limit headers on ordinary responses', async () => {
    const res = await reply(RUNAWAY_AT_STATION.id, 'ヘッダー確認');
    expect(Number(res.headers.get('x-rate-limit-limit'))).toBeGreaterThan(0);
    expect(res.headers.get('x-rate-limit-remaining')).toMatch(/^\d+$/);
    expect(Number(res.headers.get('x-rate-limit-reset'))).toBeGreaterThan(Date.now() / 1000);
  });
});

describe('lookups', () => {
  it('answers a deleted post with 200 and X\'s resource-not-found error', async () => {
    const res = await api('GET', `/2/tweets/${DELETED.id}?expansions=author_id`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      errors: [{
        value: DELETED.id, detail: `Could not find tweet with id: [${DELETED.id}].`, title: 'Not Found Error',
        resource_type: 'tweet', parameter: 'id', resource_id: DELETED.id, type: 'https://api.twitter.com/2/problems/resource-not-found',
      }],
    });
  });

  it('answers a protected post with not-authorized-for-resource', async () => {
    const res = await api('GET', `/2/tweets/${PROTECTED.id}`);
    expect(res.status).toBe(200);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors[0]).toMatchObject({ title: 'Authorization Error', type: 'https://api.twitter.com/2/problems/not-authorized-for-resource' });
  });

  it('GET /2/tweets?ids= returns found posts in data and the rest in errors', async () => {
    const res = await api('GET', `/2/tweets?ids=${RUNAWAY_AT_STATION.id},${DELETED.id}&tweet.fields=created_at,author_id`);
    expect(res.body.data).toEqual([{ ...{ id: RUNAWAY_AT_STATION.id, text: RUNAWAY_AT_STATION.text, edit_history_tweet_ids: [RUNAWAY_AT_STATION.id] }, created_at: RUNAWAY_AT_STATION.createdAt, author_id: RUNAWAY_AT_STATION.authorId }]);
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors[0]).toMatchObject({ resource_id: DELETED.id, parameter: 'ids', title: 'Not Found Error' });
  });

  it('refuses unknown fields and parameters with X\'s invalid-request problem', async () => {
    const badField = await api('GET', `/2/tweets/${RUNAWAY_AT_STATION.id}?tweet.fields=author_id,colour`);
    expect(badField.status).toBe(400);
    expect(badField.body.errors[0].message).toMatch(/^The `tweet.fields` query parameter value \[colour\] is not one of/);
    const badParam = await api('GET', `/2/tweets/${RUNAWAY_AT_STATION.id}?foo=1`);
    expect(badParam.status).toBe(400);
    expect(badParam.body.errors[0].message).toMatch(/^The query parameter \[foo\] is not one of/);
    const badId = await api('GET', '/2/tweets/abc');
    expect(badId.status).toBe(400);
  });

  it('pages the official timeline newest first with next_token, since_id and max_results', async () => {
    const own = [];
    for (let i = 0; i < 12; i++) own.push((await reply(DEMO_POSTS[i % 6]!.id, `巡回 ${i}`)).body.data.id as string);
    const page1 = await api('GET', `/2/users/${OFFICIAL_USER_ID}/tweets?max_results=5&tweet.fields=referenced_tweets`);
    expect(page1.body.data.map((t: { id: string }) => t.id)).toEqual(own.slice(7).reverse());
    expect(page1.body.meta).toMatchObject({ result_count: 5, newest_id: own[11], oldest_id: own[7], next_token: expect.any(String) });
    const page3 = await api('GET', `/2/users/${OFFICIAL_USER_ID}/tweets?max_results=5&pagination_token=${(await api('GET', `/2/users/${OFFICIAL_USER_ID}/tweets?max_results=5&pagination_token=${page1.body.meta.next_token}`)).body.meta.next_token}`);
    expect(page3.body.data.map((t: { id: string }) => t.id)).toEqual([own[1], own[0]]);
    expect(page3.body.meta.next_token).toBeUndefined();
    const since = await api('GET', `/2/users/${OFFICIAL_USER_ID}/tweets?since_id=${own[9]}&max_results=5`);
    expect(since.body.data.map((t: { id: string }) => t.id)).toEqual([own[11], own[10]]);
    const none = await api('GET', `/2/users/${OFFICIAL_USER_ID}/tweets?since_id=${own[11]}`);
    expect(none.body).toEqual({ meta: { result_count: 0 } });
    expect((await api('GET', `/2/users/${OFFICIAL_USER_ID}/tweets?max_results=3`)).status).toBe(400);
  });
});

describe('admin API', () => {
  it('adds a post (with a new author) that lookups then return, and deletes it', async () => {
    const added = await admin('POST', '/posts', {
      id: '2130000000000000001', text: '泊めてください 菊池 中2', authorId: '1802000000000000001', authorUsername: 'kikuchi_c2', profile: '中2 菊池', protected: false,
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ id: '2130000000000000001', authorId: '1802000000000000001', url: 'https://x.com/kikuchi_c2/status/2130000000000000001' });
    const looked = await api('GET', '/2/tweets/2130000000000000001?expansions=author_id&user.fields=description');
    expect(looked.body.includes.users[0]).toEqual({ id: '1802000000000000001', name: 'kikuchi_c2', username: 'kikuchi_c2', description: '中2 菊池' });

    expect((await admin('DELETE', '/posts/2130000000000000001')).status).toBe(204);
    expect((await api('GET', '/2/tweets/2130000000000000001')).body.errors[0].title).toBe('Not Found Error');
    expect((await admin('DELETE', '/posts/999')).status).toBe(404);
    expect((await admin('POST', '/posts', { text: 'x', authorUsername: 'not a username!' })).status).toBe(400);
  });

  it('plays a behaviour queue in order, each step `times` times, then behaves normally', async () => {
    await admin('POST', '/behaviour', {
      queue: [
        { mode: 'server_error', status: 502, times: 2 },
        { mode: 'rate_limit', resetInSeconds: 60 },
      ],
    });
    const a = await reply(RUNAWAY_AT_STATION.id, 'キュー1');
    const b = await reply(RUNAWAY_AT_STATION.id, 'キュー2');
    const c = await reply(RUNAWAY_AT_STATION.id, 'キュー3');
    const d = await reply(RUNAWAY_AT_STATION.id, 'キュー4');
    expect([a.status, b.status, c.status, d.status]).toEqual([502, 502, 429, 201]);
    expect(a.body).toEqual({ title: 'Bad Gateway', detail: 'Bad Gateway', type: 'about:blank', status: 502 });
    expect(c.body).toEqual({ title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 });
    expect(c.headers.get('x-rate-limit-remaining')).toBe('0');
    const reset = Number(c.headers.get('x-rate-limit-reset'));
    expect(reset).toBeGreaterThanOrEqual(Math.floor(Date.now() / 1000) + 58);
    expect(reset).toBeLessThanOrEqual(Math.floor(Date.now() / 1000) + 61);
    expect((await admin('GET', '/replies')).body.map((r: { text: string }) => r.text)).toEqual(['キュー4']);
  });

  it('targets steps at posting or at lookups with `on`; reply_restricted and duplicate only hit posting', async () => {
    await admin('POST', '/behaviour', { queue: [{ mode: 'rate_limit', on: 'lookup' }, { mode: 'duplicate' }] });
    expect((await reply(RUNAWAY_AT_STATION.id, '新しい文面')).body.detail).toBe('You are not allowed to create a Tweet with duplicate content.');
    expect((await api('GET', `/2/tweets/${RUNAWAY_AT_STATION.id}`)).status).toBe(429);
    expect((await api('GET', `/2/tweets/${RUNAWAY_AT_STATION.id}`)).status).toBe(200);
    expect((await admin('POST', '/behaviour', { queue: [{ mode: 'reply_restricted', on: 'lookup' }] })).status).toBe(400);
    expect((await admin('POST', '/behaviour', { queue: [{ mode: 'explode' }] })).status).toBe(400);
    expect((await admin('POST', '/behaviour', { mode: 'slow', delayMs: -1 })).status).toBe(400);
  });

  it('afterCommit: carries the post out, then answers 5xx, drops the connection or answers late', async () => {
    await admin('POST', '/behaviour', {
      queue: [
        { mode: 'server_error', status: 503, afterCommit: true },
        { mode: 'drop', afterCommit: true },
        { mode: 'slow', delayMs: 300, afterCommit: true },
      ],
    });
    const failed = await reply(RUNAWAY_AT_STATION.id, '受理後に503');
    expect(failed.status).toBe(503);
    await expect(reply(RUNAWAY_AT_STATION.id, '受理後に切断')).rejects.toThrow();
    const started = Date.now();
    const late = reply(RUNAWAY_AT_STATION.id, '受理後に遅延');
    await new Promise((r) => setTimeout(r, 100));
    // Already on "X" before the client hears back.
    expect((await admin('GET', '/replies')).body.map((r: { text: string }) => r.text)).toEqual(['受理後に503', '受理後に切断', '受理後に遅延']);
    expect((await late).status).toBe(201);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect((await admin('POST', '/behaviour', { mode: 'rate_limit', afterCommit: true })).status).toBe(400);
    expect((await admin('POST', '/behaviour', { mode: 'server_error', afterCommit: true, on: 'lookup' })).status).toBe(400);
  });

  it('duplicateDetection off lets the same text through (to prove idempotency without X\'s help)', async () => {
    await admin('POST', '/behaviour', { duplicateDetection: false });
    expect((await reply(RUNAWAY_AT_STATION.id, '同じ文面')).status).toBe(201);
    expect((await reply(RUNAWAY_AT_STATION.id, '同じ文面')).status).toBe(201);
    expect((await admin('GET', '/replies')).body).toHaveLength(2);
    expect((await admin('POST', '/behaviour', { duplicateDetection: 'no' })).status).toBe(400);
  });

  it('timelineLagMs hides fresh own posts from the timeline (eventual consistency), not from lookups', async () => {
    await admin('POST', '/behaviour', { timelineLagMs: 400 });
    const id = (await reply(RUNAWAY_AT_STATION.id, 'まだ見えない')).body.data.id;
    expect((await api('GET', `/2/users/${OFFICIAL_USER_ID}/tweets?since_id=${RUNAWAY_AT_STATION.id}`)).body).toEqual({ meta: { result_count: 0 } });
    expect((await api('GET', `/2/tweets/${id}`)).body.data.id).toBe(id);
    await new Promise((r) => setTimeout(r, 450));
    expect((await api('GET', `/2/users/${OFFICIAL_USER_ID}/tweets?since_id=${RUNAWAY_AT_STATION.id}`)).body.data[0].id).toBe(id);
    expect((await admin('POST', '/behaviour', { timelineLagMs: -5 })).status).toBe(400);
  });

  it('reset clears replies, queue and the restriction and restores deleted demo posts', async () => {
    await reply(RUNAWAY_AT_STATION.id, 'リセット前');
    await admin('POST', '/behaviour', { replyRestricted: true, queue: [{ mode: 'server_error', times: 5 }] });
    await admin('DELETE', `/posts/${RUNAWAY_AT_STATION.id}`);
    await admin('POST', '/reset');
    expect((await admin('GET', '/replies')).body).toEqual([]);
    expect((await admin('GET', '/behaviour')).body).toEqual({ queue: [], replyRestricted: false, duplicateDetection: true, timelineLagMs: 0 });
    expect((await api('GET', `/2/tweets/${RUNAWAY_AT_STATION.id}`)).body.data.id).toBe(RUNAWAY_AT_STATION.id);
  });
});

describe('pages', () => {
  it('lists what was posted on GET / with HTML escaped', async () => {
    await admin('POST', '/posts', { id: '2130000000000000002', text: '<script>alert(1)</script> & "泊めて"', authorUsername: 'xss_test' });
    const posted = await reply('2130000000000000002', '<b>警告</b> & お知らせ');
    const html = await (await fetch(`${sandbox.url}/`)).text();
    expect(html).toContain(posted.body.data.id);
    expect(html).toContain('&lt;b&gt;警告&lt;/b&gt; &amp; お知らせ');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;泊めて&quot;');
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<b>警告</b>');
    expect(html).toContain(RUNAWAY_AT_STATION.text);
  });

  it('posts by hand through the web-intent page even when the API is restricted', async () => {
    await admin('POST', '/behaviour', { replyRestricted: true });
    const intent = await (await fetch(`${sandbox.url}/intent/post?in_reply_to=${RUNAWAY_AT_STATION.id}&text=${encodeURIComponent('熊本県警察です <注意>')}`)).text();
    expect(intent).toContain('熊本県警察です &lt;注意&gt;');
    expect(intent).toContain(RUNAWAY_AT_STATION.text);

    const res = await fetch(`${sandbox.url}/intent/post`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ in_reply_to: RUNAWAY_AT_STATION.id, text: '手動の注意喚起' }).toString(),
      redirect: 'manual',
    });
    expect(res.status).toBe(303);
    const location = res.headers.get('location')!;
    expect(location).toMatch(new RegExp(`^/${OFFICIAL_USERNAME}/status/\\d+$`));
    const replies = (await admin('GET', '/replies')).body;
    expect(replies).toEqual([expect.objectContaining({ inReplyToPostId: RUNAWAY_AT_STATION.id, text: '手動の注意喚起', via: 'manual' })]);
    expect(location.endsWith(replies[0].id)).toBe(true);
    const page = await fetch(`${sandbox.url}${location}`);
    expect(page.status).toBe(200);
    const pageHtml = await page.text();
    expect(pageHtml).toContain('手動の注意喚起');
    // The link to paste into Patrol Desk is the x.com form (what the officer would copy on X).
    expect(pageHtml).toContain(`value="https://x.com/${OFFICIAL_USERNAME}/status/${replies[0].id}"`);
    expect((await fetch(`${sandbox.url}/someone/status/${DELETED.id}`)).status).toBe(404);
  });
});

describe('OAuth 1.0a signature verification', () => {
  it('when given credentials, refuses a header whose signature does not match', async () => {
    const strict = await startXSandbox({
      port: 0,
      credentials: { appKey: 'ck', appSecret: 'cs', accessToken: '1700000000000000001-tok', accessSecret: 'ts' },
    });
    try {
      const res = await fetch(`${strict.url}/2/tweets/${RUNAWAY_AT_STATION.id}`, { headers: { authorization: OAUTH } });
      expect(res.status).toBe(401);
    } finally {
      await strict.close();
    }
  });
});
