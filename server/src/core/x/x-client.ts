import http from 'node:http';
import https from 'node:https';
import {
  ApiPartialResponseError,
  ApiRequestError,
  ApiResponseError,
  TwitterApi,
  type ITwitterApiBeforeRequestConfigHookArgs,
  type ITwitterApiClientPlugin,
  type InlineErrorV2,
  type TweetV2,
  type TwitterApiv2,
  type UserV2,
} from 'twitter-api-v2';
import { parseTweet } from 'twitter-text';

/**
 * The one door from Patrol Desk to X. Everything else (the reply job, the manual-path verifier,
 * the 1/7-day re-check) goes through `XClient`; nothing else imports twitter-api-v2.
 *
 * In development and tests `baseUrl` points at the local X sandbox (server/src/x-sandbox), which
 * speaks the same X API v2 subset, so this module runs unchanged against both.
 */
export interface XClientConfig {
  /** API root, e.g. `https://api.x.com` or the sandbox's `http://127.0.0.1:4100`. `/2/` is appended. */
  baseUrl: string;
  appKey: string;
  appSecret: string;
  accessToken: string;
  accessSecret: string;
  /** Numeric user ID of the official account the access token belongs to. */
  officialUserId: string;
  /** Per-request socket timeout; defaults to 10 s. */
  timeoutMs?: number;
  /** Optional structured logger (pino-compatible). Only IDs, statuses and error kinds are logged. */
  logger?: XClientLogger;
}

export interface XClientLogger {
  warn(obj: object, msg?: string): void;
  debug(obj: object, msg?: string): void;
}

export interface XPost {
  id: string;
  text: string;
  authorId: string;
  authorUsername?: string;
  /** The author's display name, when X returned it. */
  authorName?: string;
  /** The author's profile text (X's `description`), as observed at lookup time. */
  authorDescription?: string;
  inReplyToPostId?: string;
  conversationId?: string;
  createdAt?: string;
}

export type XErrorKind =
  | 'RATE_LIMITED'
  | 'REPLY_RESTRICTED'
  | 'DUPLICATE_CONTENT'
  | 'TARGET_NOT_FOUND'
  | 'TARGET_PROTECTED'
  | 'UNAUTHORIZED'
  | 'SERVER_ERROR'
  | 'NETWORK'
  | 'INVALID_REQUEST';

const RETRYABLE_KINDS: ReadonlySet<XErrorKind> = new Set<XErrorKind>(['RATE_LIMITED', 'SERVER_ERROR', 'NETWORK']);

/**
 * A failure talking to X, classified so callers can decide without parsing messages:
 * `retryable` kinds may succeed later (back off until `rateLimitResetAt` when given);
 * the others never will (REPLY_RESTRICTED → fall back to the manual path).
 *
 * Deliberately carries no reference to the underlying HTTP request: twitter-api-v2's errors hold
 * the signed request (consumer key, access token in the Authorization header) and must not end up
 * in logs through `err.cause`.
 */
export class XApiError extends Error {
  readonly kind: XErrorKind;
  readonly status?: number;
  readonly rateLimitResetAt?: Date;
  readonly retryable: boolean;
  /** X's own explanation (`detail` / `title`), for the audit trail. */
  readonly detail?: string;

  constructor(
    kind: XErrorKind,
    message: string,
    options: { status?: number; rateLimitResetAt?: Date; detail?: string } = {},
  ) {
    super(message);
    this.name = 'XApiError';
    this.kind = kind;
    this.retryable = RETRYABLE_KINDS.has(kind);
    if (options.status !== undefined) this.status = options.status;
    if (options.rateLimitResetAt !== undefined) this.rateLimitResetAt = options.rateLimitResetAt;
    if (options.detail !== undefined) this.detail = options.detail;
  }
}

export interface XClient {
  /**
   * Posts `text` as a reply to `inReplyToPostId`. After a NETWORK or SERVER_ERROR failure the
   * reply may nevertheless exist on X: call `findOwnReplyTo` before trying again.
   */
  postReply(inReplyToPostId: string, text: string): Promise<{ postId: string }>;
  /** The post, or `null` when it is deleted / does not exist. Throws TARGET_PROTECTED for protected posts. */
  lookupPost(postId: string): Promise<XPost | null>;
  /**
   * A reply by the official account to that post, if any (the oldest one when there are several).
   * `postedAfter` bounds the scan to the account's posts since then (X's `start_time`): pass the
   * time of the attempt being checked, so an old target on a busy account is still covered.
   */
  findOwnReplyTo(inReplyToPostId: string, options?: { postedAfter?: Date }): Promise<XPost | null>;
}

/** twitter-api-v2 builds every v2 URL from this prefix (`API_V2_PREFIX`, not exported from the package root). */
const LIBRARY_V2_PREFIX = 'https://api.x.com/2/';
const NUMERIC_ID = /^\d{1,19}$/;
const DEFAULT_TIMEOUT_MS = 10_000;
/** Pages of 100 read from the official timeline when looking for a reply (see findOwnReplyTo). */
const TIMELINE_MAX_PAGES = 5;

const TWEET_FIELDS = ['author_id', 'conversation_id', 'created_at', 'referenced_tweets', 'in_reply_to_user_id'] as const;
const USER_FIELDS = ['username', 'name', 'description'] as const;

/**
 * Points twitter-api-v2 at `baseUrl`.
 *
 * The library hard-codes `https://api.x.com/2/` as the v2 prefix. Its public
 * `cloneWithPrefix()` is broken in 1.29.1 (it calls the class constructor without `new`), and
 * `setPrefix()` is protected, so we use the documented plugin hook instead: `onBeforeRequestConfig`
 * receives the request parameters before the URL is parsed and before the OAuth 1.0a signature is
 * computed, so rewriting `params.url` here both redirects the request and signs the URL actually
 * used. The same hook applies the per-request timeout, which the high-level v2 methods don't expose.
 * Anything outside the v2 API is refused, so a sandbox-configured client can never reach real X.
 */
class BaseUrlPlugin implements ITwitterApiClientPlugin {
  constructor(
    private readonly v2Prefix: string,
    private readonly timeoutMs: number,
  ) {}

  onBeforeRequestConfig({ params }: ITwitterApiBeforeRequestConfigHookArgs): void {
    if (!params.url.startsWith(LIBRARY_V2_PREFIX)) {
      throw new Error(`x-client: refusing a request outside the X API v2 (${new URL(params.url).pathname})`);
    }
    params.url = this.v2Prefix + params.url.slice(LIBRARY_V2_PREFIX.length);
    params.timeout ??= this.timeoutMs;
    // The library picks JSON bodies by looking for a path starting with /2/; keep that true when
    // the base URL carries a path (a proxy mount), or POST bodies would go out form-encoded.
    params.forceBodyMode ??= 'json';
  }
}

export function v2PrefixFor(baseUrl: string): string {
  const url = new URL(baseUrl); // throws on a malformed base URL, at start-up rather than at the first post
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`x-client: base URL must be http(s), got ${url.protocol}`);
  }
  const root = url.href.replace(/\/+$/, '');
  return root.endsWith('/2') ? `${root}/` : `${root}/2/`;
}

export function createXClient(config: XClientConfig): XClient {
  const v2Prefix = v2PrefixFor(config.baseUrl);
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // twitter-api-v2 always calls https.request(); Node accepts an http: URL there only when the
  // agent is an http.Agent, hence the explicit agent per protocol.
  const httpAgent = v2Prefix.startsWith('http:')
    ? new http.Agent({ keepAlive: true })
    : new https.Agent({ keepAlive: true });
  const api: TwitterApiv2 = new TwitterApi(
    {
      appKey: config.appKey,
      appSecret: config.appSecret,
      accessToken: config.accessToken,
      accessSecret: config.accessSecret,
    },
    { httpAgent, plugins: [new BaseUrlPlugin(v2Prefix, timeoutMs)] },
  ).v2;
  const log = config.logger;

  const fail = (operation: string, postId: string, error: XApiError): never => {
    log?.warn({ operation, postId, kind: error.kind, status: error.status, detail: error.detail }, 'X API call failed');
    throw error;
  };

  async function lookupPost(postId: string): Promise<XPost | null> {
    assertPostId(postId);
    let result;
    try {
      result = await api.singleTweet(postId, {
        'tweet.fields': [...TWEET_FIELDS],
        expansions: ['author_id'],
        'user.fields': [...USER_FIELDS],
      });
    } catch (err) {
      return fail('lookupPost', postId, toXApiError(err));
    }
    // The typings promise `data`, but X answers a deleted post with 200 and only `errors`.
    const tweet = result.data as TweetV2 | undefined;
    if (!tweet) {
      const problem = inlineErrorFor(result.errors, postId);
      if (problem && isNotAuthorized(problem)) {
        return fail('lookupPost', postId, new XApiError('TARGET_PROTECTED', `X: post ${postId} is not visible (protected author)`, { detail: problem.detail }));
      }
      if (!problem || isResourceNotFound(problem)) return null;
      return fail('lookupPost', postId, new XApiError('INVALID_REQUEST', `X refused the lookup of post ${postId}: ${problem.title}`, { detail: problem.detail }));
    }
    return toXPost(tweet, result.includes?.users);
  }

  async function postReply(inReplyToPostId: string, text: string): Promise<{ postId: string }> {
    assertPostId(inReplyToPostId);
    const { valid, weightedLength } = parseTweet(text);
    if (!valid) {
      // Same rule X applies (twitter-text weighting, CJK counts 2); refusing here saves a paid call.
      throw new XApiError('INVALID_REQUEST', `reply text is not a valid post (weighted length ${weightedLength} of 280)`);
    }
    try {
      const result = await api.reply(text, inReplyToPostId);
      log?.debug({ operation: 'postReply', postId: result.data.id, inReplyToPostId }, 'reply posted');
      return { postId: result.data.id };
    } catch (err) {
      const error = toXApiError(err);
      if (error.kind === 'TARGET_NOT_FOUND') {
        // X says "deleted or not visible to you" for both a deleted and a protected target; a lookup tells them apart.
        return fail('postReply', inReplyToPostId, await refineInvisibleTarget(inReplyToPostId, error));
      }
      return fail('postReply', inReplyToPostId, error);
    }
  }

  async function refineInvisibleTarget(postId: string, original: XApiError): Promise<XApiError> {
    try {
      await lookupPost(postId);
      return original;
    } catch (err) {
      if (err instanceof XApiError && err.kind === 'TARGET_PROTECTED') {
        return new XApiError('TARGET_PROTECTED', `X: cannot reply to post ${postId}, its author is protected`, {
          status: original.status,
          detail: original.detail,
        });
      }
      return original; // the lookup itself failed (rate limit, network): both answers are permanent anyway
    }
  }

  /**
   * Reads the official account's own timeline (GET /2/users/:id/tweets) newer than the target:
   * post IDs are time-ordered snowflakes, so a reply to a post always has a larger ID and
   * `since_id=<target>` bounds the scan to what was posted after it. Cheaper and available on
   * more access tiers than recent search, and not limited to the last 7 days.
   */
  async function findOwnReplyTo(inReplyToPostId: string, options: { postedAfter?: Date } = {}): Promise<XPost | null> {
    assertPostId(inReplyToPostId);
    const matches: XPost[] = [];
    try {
      let page = await api.userTimeline(config.officialUserId, {
        since_id: inReplyToPostId,
        // RFC 3339 to the second, as X wants it.
        ...(options.postedAfter ? { start_time: options.postedAfter.toISOString().replace(/\.\d{3}Z$/, 'Z') } : {}),
        max_results: 100,
        exclude: ['retweets'],
        'tweet.fields': [...TWEET_FIELDS],
        expansions: ['author_id'],
        'user.fields': [...USER_FIELDS],
      });
      for (let pageCount = 1; ; pageCount++) {
        const users = page.includes.users;
        for (const tweet of page.tweets) {
          const repliedTo = tweet.referenced_tweets?.find((ref) => ref.type === 'replied_to')?.id;
          if (repliedTo === inReplyToPostId) matches.push(toXPost(tweet, users));
        }
        if (page.done || pageCount >= TIMELINE_MAX_PAGES) break;
        page = await page.next(100);
      }
    } catch (err) {
      return fail('findOwnReplyTo', inReplyToPostId, toXApiError(err));
    }
    if (matches.length === 0) return null;
    return matches.reduce((oldest, post) => (BigInt(post.id) < BigInt(oldest.id) ? post : oldest));
  }

  return { postReply, lookupPost, findOwnReplyTo };
}

function assertPostId(postId: string): void {
  if (!NUMERIC_ID.test(postId)) {
    throw new XApiError('INVALID_REQUEST', 'post IDs are numeric strings');
  }
}

function toXPost(tweet: TweetV2, users: UserV2[] | undefined): XPost {
  const author = users?.find((user) => user.id === tweet.author_id);
  const post: XPost = { id: tweet.id, text: tweet.text, authorId: tweet.author_id ?? '' };
  if (author?.username !== undefined) post.authorUsername = author.username;
  if (author?.name !== undefined) post.authorName = author.name;
  if (author?.description !== undefined) post.authorDescription = author.description;
  const repliedTo = tweet.referenced_tweets?.find((ref) => ref.type === 'replied_to');
  if (repliedTo) post.inReplyToPostId = repliedTo.id;
  if (tweet.conversation_id !== undefined) post.conversationId = tweet.conversation_id;
  if (tweet.created_at !== undefined) post.createdAt = tweet.created_at;
  return post;
}

function inlineErrorFor(errors: InlineErrorV2[] | undefined, postId: string): InlineErrorV2 | undefined {
  if (!errors?.length) return undefined;
  return errors.find((e) => e.resource_id === postId || e.value === postId) ?? errors[0];
}

const isResourceNotFound = (e: InlineErrorV2) => e.type.endsWith('/resource-not-found');
const isNotAuthorized = (e: InlineErrorV2) => e.type.endsWith('/not-authorized-for-resource');

/** Text X puts in a problem+json body, or a v1-style `errors[].message`, whichever is more telling. */
function problemText(data: ApiResponseError['data'] | undefined): { title?: string; detail?: string; text: string } {
  const messages: string[] = [];
  const title = typeof data?.title === 'string' ? data.title : undefined;
  const detail = typeof data?.detail === 'string' ? data.detail : undefined;
  if (detail) messages.push(detail);
  for (const e of data?.errors ?? []) {
    if (e && typeof e === 'object' && 'message' in e && typeof e.message === 'string') messages.push(e.message);
  }
  if (typeof data?.error === 'string') messages.push(data.error);
  const text = messages.join(' | ') || title || '';
  const out: { title?: string; detail?: string; text: string } = { text };
  if (title !== undefined) out.title = title;
  if (detail !== undefined || messages.length) out.detail = messages.join(' | ');
  return out;
}

function header(headers: ApiResponseError['headers'] | undefined, name: string): string | undefined {
  const value = headers?.[name];
  return Array.isArray(value) ? value[0] : value;
}

function unixSecondsHeader(headers: ApiResponseError['headers'] | undefined, name: string): Date | undefined {
  const raw = header(headers, name);
  if (raw === undefined || !/^\d+$/.test(raw.trim())) return undefined;
  return new Date(Number(raw.trim()) * 1000);
}

/** Exported for tests of the mapping table; callers only ever see its results. */
export function toXApiError(err: unknown): XApiError {
  if (err instanceof XApiError) return err;
  if (err instanceof ApiResponseError) return fromResponse(err);
  if (err instanceof ApiRequestError) {
    const reason = err.requestError?.message ?? 'request failed';
    return new XApiError('NETWORK', `X API unreachable: ${reason}`);
  }
  if (err instanceof ApiPartialResponseError) {
    return new XApiError('NETWORK', `X API connection broke mid-response (HTTP ${err.response?.statusCode ?? '?'})`, {
      ...(err.response?.statusCode !== undefined ? { status: err.response.statusCode } : {}),
    });
  }
  // Our own programming errors (e.g. a refused URL) are not X's failures: let them surface as they are.
  throw err;
}

function fromResponse(err: ApiResponseError): XApiError {
  const status = err.code;
  const { title, detail, text } = problemText(err.data);
  const options = { status, ...(detail !== undefined ? { detail } : {}) };
  const say = (what: string) => `X API ${status}: ${what}${text ? ` (${text})` : ''}`;

  if (status === 429) {
    // Both the endpoint window and, for posting, the per-user 24-hour cap can be exhausted; wait for the later one.
    let resetAt = unixSecondsHeader(err.headers, 'x-rate-limit-reset');
    const dayRemaining = header(err.headers, 'x-user-limit-24hour-remaining');
    const dayReset = unixSecondsHeader(err.headers, 'x-user-limit-24hour-reset');
    if (dayRemaining?.trim() === '0' && dayReset && (!resetAt || dayReset > resetAt)) resetAt = dayReset;
    return new XApiError('RATE_LIMITED', say('rate limited'), { ...options, ...(resetAt ? { rateLimitResetAt: resetAt } : {}) });
  }
  if (status === 401) return new XApiError('UNAUTHORIZED', say('credentials refused'), options);
  if (status >= 500) return new XApiError('SERVER_ERROR', say(title ?? 'server error'), options);

  const lower = text.toLowerCase();
  if (status === 403) {
    if (lower.includes('duplicate content')) return new XApiError('DUPLICATE_CONTENT', say('duplicate content'), options);
    // 2026: "You can only reply to or quote posts where you are mentioned or are the author.";
    // earlier wording: "... because you have not been mentioned or otherwise engaged by the author ...";
    // reply_settings restrictions (v1 code 433) read "... restricted who can reply ...".
    if (lower.includes('mentioned') || lower.includes('restricted who can reply')) {
      return new XApiError('REPLY_RESTRICTED', say('replies to this post are not allowed for this app'), options);
    }
    if (lower.includes('deleted or not visible')) return new XApiError('TARGET_NOT_FOUND', say('reply target deleted or not visible'), options);
    if (lower.includes('not authorized to see') || lower.includes('protected')) {
      return new XApiError('TARGET_PROTECTED', say('reply target is protected'), options);
    }
    // App not attached to a project, read-only app permissions, unsupported authentication.
    if (/client-forbidden|unsupported-authentication/.test(err.data?.type ?? '') || lower.includes('not permitted')) {
      return new XApiError('UNAUTHORIZED', say('app not allowed to do this'), options);
    }
  }
  // A 404 means a wrong endpoint (base URL misconfigured), never a deleted post: X reports those
  // with 200 + `errors` on lookups and 403 on replies. Must not close a case as "post deleted".
  return new XApiError('INVALID_REQUEST', say(title ?? 'request refused'), options);
}
