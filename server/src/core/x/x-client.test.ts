import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { DEMO_POSTS, DEMO_USERS, OFFICIAL_USER_ID, OFFICIAL_USERNAME } from '../../x-sandbox/demo-data';
import { startXSandbox, type RunningXSandbox } from '../../x-sandbox/x-sandbox';
import { createXClient, XApiError, type XClient, type XClientConfig, type XErrorKind } from './x-client';

/** The real X client (twitter-api-v2) against the X sandbox, over HTTP. */

const CREDENTIALS = {
  appKey: 'test-app-key-7f3a',
  appSecret: 'test-app-secret-91bc',
  accessToken: '1700000000000000001-test-access-token-55d0',
  accessSecret: 'test-access-secret-e2c4',
};

const RUNAWAY_AT_STATION = DEMO_POSTS[0]!;
const JK_SHITADORI = DEMO_POSTS[1]!;
const DELETED = DEMO_POSTS.find((p) => p.deleted)!;
const PROTECTED = DEMO_POSTS.find((p) => DEMO_USERS.find((u) => u.id === p.authorId)?.protected)!;
const MENTIONS_OFFICIAL = DEMO_POSTS.find((p) => p.text.includes(`@${OFFICIAL_USERNAME}`))!;

let sandbox: RunningXSandbox;
let x: XClient;

const configFor = (baseUrl: string, overrides: Partial<XClientConfig> = {}): XClientConfig => ({
  baseUrl,
  ...CREDENTIALS,
  officialUserId: OFFICIAL_USER_ID,
  timeoutMs: 2_000,
  ...overrides,
});

beforeAll(async () => {
  // The sandbox verifies OAuth 1.0a signatures, so every passing call proves the client signed
  // the URL it really called (the sandbox's, not api.x.com).
  sandbox = await startXSandbox({ port: 0, credentials: CREDENTIALS });
  x = createXClient(configFor(sandbox.url));
});
afterAll(async () => {
  await sandbox.close();
});
beforeEach(() => {
  sandbox.state.reset();
});

async function failure(promise: Promise<unknown>): Promise<XApiError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof XApiError) return err;
    throw err;
  }
  throw new Error('expected the call to fail');
}

const queue = (...steps: Parameters<RunningXSandbox['state']['setBehaviour']>[0][]) => {
  for (const step of steps) sandbox.state.setBehaviour(step);
};

/** A throwaway HTTP server that records requests and answers with a fixed response. */
async function captureServer(answer: { status: number; headers?: Record<string, string>; body: unknown }) {
  const seen: Array<{ method: string; url: string; headers: http.IncomingHttpHeaders; body: string }> = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
      res.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

describe('base URL', () => {
  it('sends every request to the configured base URL and nowhere else', async () => {
    const { postId } = await x.postReply(RUNAWAY_AT_STATION.id, '熊本県警察です。');
    await x.lookupPost(postId);
    await x.findOwnReplyTo(RUNAWAY_AT_STATION.id);
    const paths = sandbox.state.requests.map((r) => `${r.method} ${r.path.split('?')[0]}`);
    expect(paths).toEqual([
      'POST /2/tweets',
      `GET /2/tweets/${postId}`,
      `GET /2/users/${OFFICIAL_USER_ID}/tweets`,
    ]);
    expect(sandbox.state.requests.every((r) => r.status !== undefined && r.status < 300)).toBe(true);
  });

  it('keeps a path in the base URL (a proxy mount) and still sends a signed JSON body', async () => {
    const capture = await captureServer({ status: 201, body: { data: { id: '2199999999999999999', text: 't', edit_history_tweet_ids: ['2199999999999999999'] } } });
    try {
      const client = createXClient(configFor(`${capture.url}/proxy/x/`));
      await expect(client.postReply(RUNAWAY_AT_STATION.id, '経路の確認')).resolves.toEqual({ postId: '2199999999999999999' });
      expect(capture.seen).toHaveLength(1);
      const [req] = capture.seen;
      expect(req!.method).toBe('POST');
      expect(req!.url).toBe('/proxy/x/2/tweets');
      expect(req!.headers['content-type']).toContain('application/json');
      expect(JSON.parse(req!.body)).toEqual({ text: '経路の確認', reply: { in_reply_to_tweet_id: RUNAWAY_AT_STATION.id } });
      expect(req!.headers.authorization).toMatch(/^OAuth .*oauth_consumer_key="test-app-key-7f3a"/);
      expect(req!.headers.authorization).not.toContain(CREDENTIALS.appSecret);
      expect(req!.headers.authorization).not.toContain(CREDENTIALS.accessSecret);
    } finally {
      await capture.close();
    }
  });

  it('rejects a base URL that is not http(s)', () => {
    expect(() => createXClient(configFor('ftp://127.0.0.1:1'))).toThrow(/http/);
    expect(() => createXClient(configFor('not a url'))).toThrow();
  });
});

describe('postReply', () => {
  it('posts the reply and returns the new post ID', async () => {
    const { postId } = await x.postReply(RUNAWAY_AT_STATION.id, '熊本県警察生活安全企画課です。家出は犯罪被害につながるおそれがあります。');
    expect(postId).toMatch(/^\d+$/);
    expect(sandbox.state.replies).toEqual([
      expect.objectContaining({ id: postId, inReplyToPostId: RUNAWAY_AT_STATION.id, text: '熊本県警察生活安全企画課です。家出は犯罪被害につながるおそれがあります。', via: 'api' }),
    ]);
  });

  it('accepts 140 Japanese characters and refuses 141 before calling X', async () => {
    await expect(x.postReply(RUNAWAY_AT_STATION.id, 'あ'.repeat(140))).resolves.toEqual({ postId: expect.stringMatching(/^\d+$/) });
    const before = sandbox.state.requests.length;
    const err = await failure(x.postReply(RUNAWAY_AT_STATION.id, 'あ'.repeat(141)));
    expect(err.kind).toBe('INVALID_REQUEST');
    expect(err.retryable).toBe(false);
    expect(err.message).toContain('282');
    expect(sandbox.state.requests.length).toBe(before);
  });

  it('refuses a non-numeric post ID without calling X', async () => {
    expect((await failure(x.postReply('https://x.com/a/status/1', 'x'))).kind).toBe('INVALID_REQUEST');
    expect(sandbox.state.requests).toEqual([]);
  });
});

describe('lookupPost', () => {
  it('returns the post with its author\'s username and profile', async () => {
    await expect(x.lookupPost(RUNAWAY_AT_STATION.id)).resolves.toEqual({
      id: RUNAWAY_AT_STATION.id,
      text: RUNAWAY_AT_STATION.text,
      authorId: '1801000000000000101',
      authorUsername: 'momo_kmm_07',
      authorName: 'もも',
      authorDescription: '熊本市東区 / 高1 / 人見知りです',
      conversationId: RUNAWAY_AT_STATION.id,
      createdAt: RUNAWAY_AT_STATION.createdAt,
    });
  });

  it('shows a reply\'s target (how the manual path verifies a pasted reply URL)', async () => {
    const { postId } = await x.postReply(JK_SHITADORI.id, '警告です。');
    const post = await x.lookupPost(postId);
    expect(post).toMatchObject({ id: postId, authorId: OFFICIAL_USER_ID, authorUsername: OFFICIAL_USERNAME, inReplyToPostId: JK_SHITADORI.id, conversationId: JK_SHITADORI.id });
  });

  it('returns null for a deleted post and for one that never existed', async () => {
    await expect(x.lookupPost(DELETED.id)).resolves.toBeNull();
    await expect(x.lookupPost('1234567890123456789')).resolves.toBeNull();
    sandbox.state.deletePost(RUNAWAY_AT_STATION.id);
    await expect(x.lookupPost(RUNAWAY_AT_STATION.id)).resolves.toBeNull();
  });

  it('throws TARGET_PROTECTED for a protected author\'s post', async () => {
    const err = await failure(x.lookupPost(PROTECTED.id));
    expect(err.kind).toBe('TARGET_PROTECTED');
    expect(err.retryable).toBe(false);
  });
});

describe('findOwnReplyTo', () => {
  it('is null when the official account has not replied, and finds the reply once it has', async () => {
    await expect(x.findOwnReplyTo(RUNAWAY_AT_STATION.id)).resolves.toBeNull();
    await x.postReply(JK_SHITADORI.id, '別のポストへの返信');
    await expect(x.findOwnReplyTo(RUNAWAY_AT_STATION.id)).resolves.toBeNull();
    const { postId } = await x.postReply(RUNAWAY_AT_STATION.id, '家出についての注意喚起');
    await expect(x.findOwnReplyTo(RUNAWAY_AT_STATION.id)).resolves.toMatchObject({
      id: postId, text: '家出についての注意喚起', authorId: OFFICIAL_USER_ID, inReplyToPostId: RUNAWAY_AT_STATION.id,
    });
  });

  it('with postedAfter, scans only the account\'s posts since then (start_time)', async () => {
    const { postId } = await x.postReply(RUNAWAY_AT_STATION.id, '時刻で絞る返信');
    await expect(x.findOwnReplyTo(RUNAWAY_AT_STATION.id, { postedAfter: new Date(Date.now() - 60_000) })).resolves.toMatchObject({ id: postId });
    await expect(x.findOwnReplyTo(RUNAWAY_AT_STATION.id, { postedAfter: new Date(Date.now() + 3_600_000) })).resolves.toBeNull();
    const call = sandbox.state.requests.filter((r) => r.path.startsWith(`/2/users/${OFFICIAL_USER_ID}/tweets`))[0]!;
    expect(decodeURIComponent(call.path)).toMatch(/start_time=\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ(&|$)/);
  });

  it('finds the reply even when the target was given an ID ahead of the clock (IDs stay increasing)', async () => {
    const ahead = (BigInt(Date.now() + 3_600_000 - 1288834974657) << 22n).toString(); // a snowflake one hour from now
    sandbox.state.addPost({ id: ahead, text: '未来のIDを持つポスト 熊本', authorUsername: 'future_id_test' });
    const { postId } = await x.postReply(ahead, '未来のIDへの返信');
    expect(BigInt(postId)).toBeGreaterThan(BigInt(ahead));
    await expect(x.findOwnReplyTo(ahead)).resolves.toMatchObject({ id: postId });
  });

  it('pages through the timeline when more than 100 newer posts follow the reply', async () => {
    const { postId } = await x.postReply(RUNAWAY_AT_STATION.id, '最初の返信');
    const other = sandbox.state.post(JK_SHITADORI.id)!;
    for (let i = 0; i < 230; i++) sandbox.state.createOwnPost(`後続の投稿 ${i}`, other, 'api');
    await expect(x.findOwnReplyTo(RUNAWAY_AT_STATION.id)).resolves.toMatchObject({ id: postId });
    const timelineCalls = sandbox.state.requests.filter((r) => r.path.startsWith(`/2/users/${OFFICIAL_USER_ID}/tweets`));
    expect(timelineCalls).toHaveLength(3);
    expect(timelineCalls[0]!.path).toContain(`since_id=${RUNAWAY_AT_STATION.id}`);
    expect(timelineCalls[1]!.path).toContain('pagination_token=');
  });

  it('recovers a reply X created although the client timed out (crash between posted and recorded)', async () => {
    const slow = createXClient(configFor(sandbox.url, { timeoutMs: 150 }));
    queue({ mode: 'slow', delayMs: 400, on: 'create' });
    const err = await failure(slow.postReply(RUNAWAY_AT_STATION.id, 'タイムアウトした返信'));
    expect(err.kind).toBe('NETWORK');
    expect(err.retryable).toBe(true);
    await new Promise((r) => setTimeout(r, 600));
    const found = await x.findOwnReplyTo(RUNAWAY_AT_STATION.id);
    expect(found).toMatchObject({ text: 'タイムアウトした返信', inReplyToPostId: RUNAWAY_AT_STATION.id });
  });
});

describe('error mapping', () => {
  const cases: Array<[string, () => void, XErrorKind, boolean, number | undefined]> = [
    ['scripted 503', () => queue({ mode: 'server_error', status: 503 }), 'SERVER_ERROR', true, 503],
    ['scripted 500', () => queue({ mode: 'server_error', status: 500 }), 'SERVER_ERROR', true, 500],
    ['scripted reply restriction', () => queue({ mode: 'reply_restricted' }), 'REPLY_RESTRICTED', false, 403],
    ['scripted duplicate', () => queue({ mode: 'duplicate' }), 'DUPLICATE_CONTENT', false, 403],
    ['2026 restriction switch', () => sandbox.state.setBehaviour({ replyRestricted: true }), 'REPLY_RESTRICTED', false, 403],
    ['dropped connection', () => queue({ mode: 'drop' }), 'NETWORK', true, undefined],
  ];
  it.each(cases)('%s → %s', async (_name, arrange, kind, retryable, status) => {
    arrange();
    const err = await failure(x.postReply(RUNAWAY_AT_STATION.id, '注意喚起の文面'));
    expect(err).toBeInstanceOf(XApiError);
    expect(err.kind).toBe(kind);
    expect(err.retryable).toBe(retryable);
    expect(err.status).toBe(status);
    expect(sandbox.state.replies).toEqual([]);
  });

  it('429 → RATE_LIMITED with the reset time from x-rate-limit-reset', async () => {
    queue({ mode: 'rate_limit', resetInSeconds: 900 });
    const now = Date.now();
    const err = await failure(x.postReply(RUNAWAY_AT_STATION.id, 'レート制限'));
    expect(err.kind).toBe('RATE_LIMITED');
    expect(err.retryable).toBe(true);
    expect(err.status).toBe(429);
    expect(err.rateLimitResetAt).toBeInstanceOf(Date);
    const inSeconds = (err.rateLimitResetAt!.getTime() - now) / 1000;
    expect(inSeconds).toBeGreaterThan(898);
    expect(inSeconds).toBeLessThan(902);
  });

  it('429 on a lookup is RATE_LIMITED too (not "deleted")', async () => {
    queue({ mode: 'rate_limit', resetInSeconds: 30, on: 'lookup' });
    expect((await failure(x.lookupPost(RUNAWAY_AT_STATION.id))).kind).toBe('RATE_LIMITED');
    queue({ mode: 'server_error', on: 'lookup' });
    expect((await failure(x.findOwnReplyTo(RUNAWAY_AT_STATION.id))).kind).toBe('SERVER_ERROR');
  });

  it('uses the later reset when the per-user 24-hour posting cap is exhausted', async () => {
    const soon = Math.floor(Date.now() / 1000) + 60;
    const tomorrow = soon + 86_000;
    const capture = await captureServer({
      status: 429,
      headers: { 'x-rate-limit-limit': '100', 'x-rate-limit-remaining': '42', 'x-rate-limit-reset': String(soon), 'x-user-limit-24hour-limit': '17', 'x-user-limit-24hour-remaining': '0', 'x-user-limit-24hour-reset': String(tomorrow) },
      body: { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 },
    });
    try {
      const err = await failure(createXClient(configFor(capture.url)).postReply(RUNAWAY_AT_STATION.id, 'x'));
      expect(err.kind).toBe('RATE_LIMITED');
      expect(err.rateLimitResetAt?.getTime()).toBe(tomorrow * 1000);
    } finally {
      await capture.close();
    }
  });

  it('real duplicate text → DUPLICATE_CONTENT', async () => {
    await x.postReply(RUNAWAY_AT_STATION.id, '同じ文面の返信');
    const err = await failure(x.postReply(JK_SHITADORI.id, '同じ文面の返信'));
    expect(err.kind).toBe('DUPLICATE_CONTENT');
    expect(err.detail).toBe('You are not allowed to create a Tweet with duplicate content.');
  });

  it('the 2026 restriction still lets the account reply where it is mentioned', async () => {
    sandbox.state.setBehaviour({ replyRestricted: true });
    await expect(x.postReply(MENTIONS_OFFICIAL.id, 'ご連絡ありがとうございます')).resolves.toEqual({ postId: expect.any(String) });
  });

  it('deleted reply target → TARGET_NOT_FOUND; protected target → TARGET_PROTECTED', async () => {
    const gone = await failure(x.postReply(DELETED.id, '削除済みへの返信'));
    expect(gone.kind).toBe('TARGET_NOT_FOUND');
    expect(gone.retryable).toBe(false);
    sandbox.state.deletePost(JK_SHITADORI.id);
    expect((await failure(x.postReply(JK_SHITADORI.id, '削除済みへの返信2'))).kind).toBe('TARGET_NOT_FOUND');
    const hidden = await failure(x.postReply(PROTECTED.id, '鍵アカウントへの返信'));
    expect(hidden.kind).toBe('TARGET_PROTECTED');
    expect(hidden.retryable).toBe(false);
  });

  it('wrong credentials → UNAUTHORIZED', async () => {
    const wrong = createXClient(configFor(sandbox.url, { accessSecret: 'not-the-secret' }));
    const err = await failure(wrong.postReply(RUNAWAY_AT_STATION.id, '認証エラー'));
    expect(err.kind).toBe('UNAUTHORIZED');
    expect(err.status).toBe(401);
    expect(err.retryable).toBe(false);
    expect((await failure(wrong.lookupPost(RUNAWAY_AT_STATION.id))).kind).toBe('UNAUTHORIZED');
  });

  it('nothing listening → NETWORK', async () => {
    const capture = await captureServer({ status: 200, body: {} });
    await capture.close(); // a port that was just free
    const err = await failure(createXClient(configFor(capture.url)).lookupPost(RUNAWAY_AT_STATION.id));
    expect(err.kind).toBe('NETWORK');
    expect(err.retryable).toBe(true);
  });

  it('an answer slower than timeoutMs → NETWORK', async () => {
    queue({ mode: 'slow', delayMs: 500, on: 'lookup' });
    const err = await failure(createXClient(configFor(sandbox.url, { timeoutMs: 100 })).lookupPost(RUNAWAY_AT_STATION.id));
    expect(err.kind).toBe('NETWORK');
  });

  it('a 404 (wrong base URL) is INVALID_REQUEST, never TARGET_NOT_FOUND', async () => {
    const capture = await captureServer({ status: 404, body: { errors: [{ message: 'Sorry, that page does not exist', code: 34 }] } });
    try {
      const err = await failure(createXClient(configFor(capture.url)).postReply(RUNAWAY_AT_STATION.id, 'x'));
      expect(err.kind).toBe('INVALID_REQUEST');
    } finally {
      await capture.close();
    }
  });
});

describe('credentials', () => {
  it('never appear in errors or log lines', async () => {
    const lines: unknown[] = [];
    const logger = { warn: (obj: object, msg?: string) => lines.push([obj, msg]), debug: (obj: object, msg?: string) => lines.push([obj, msg]) };
    const wrong = createXClient(configFor(sandbox.url, { accessSecret: 'not-the-secret', logger }));
    const err = await failure(wrong.postReply(RUNAWAY_AT_STATION.id, '漏えい確認'));
    queue({ mode: 'server_error' });
    const err2 = await failure(createXClient(configFor(sandbox.url, { logger })).postReply(RUNAWAY_AT_STATION.id, '漏えい確認2'));
    expect(lines.length).toBeGreaterThanOrEqual(2);
    const dumped = [inspect(err, { depth: 10 }), inspect(err2, { depth: 10 }), JSON.stringify(err), JSON.stringify(lines), err.stack ?? ''].join('\n');
    for (const secret of [...Object.values(CREDENTIALS), 'not-the-secret']) {
      expect(dumped).not.toContain(secret);
    }
    expect(dumped).toContain('UNAUTHORIZED');
  });
});
