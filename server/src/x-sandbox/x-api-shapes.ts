import { extractHashtagsWithIndices, modifyIndicesFromUTF16ToUnicode } from 'twitter-text';
import { mentionedUsernames, type SandboxPost, type SandboxUser, type XSandboxState } from './sandbox-state';

/**
 * X API v2 response shapes, as X sends them (problem+json errors, inline `errors` for missing
 * resources, `data` / `includes` / `meta`). Only what Patrol Desk uses is rendered, but every field
 * and expansion X accepts is accepted, so a client asking for more gets X's answer, not a 400.
 */

export const PROBLEM = {
  invalidRequest: 'https://api.twitter.com/2/problems/invalid-request',
  notFound: 'https://api.twitter.com/2/problems/resource-not-found',
  notAuthorized: 'https://api.twitter.com/2/problems/not-authorized-for-resource',
} as const;

export const MESSAGES = {
  duplicate: 'You are not allowed to create a Tweet with duplicate content.',
  /** The 2026 wording for apps that are neither enterprise nor public-utility. */
  replyRestricted: 'You can only reply to or quote posts where you are mentioned or are the author.',
  replyTargetGone: 'You attempted to reply to a Tweet that is deleted or not visible to you.',
  tooLong: 'Your Tweet text is too long. For more information on how X determines text length see https://github.com/twitter/twitter-text.',
} as const;

export interface Problem {
  status: number;
  body: Record<string, unknown>;
}

export function forbidden(detail: string): Problem {
  return { status: 403, body: { detail, type: 'about:blank', title: 'Forbidden', status: 403 } };
}

export function unauthorized(): Problem {
  return { status: 401, body: { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' } };
}

export function tooManyRequests(): Problem {
  return { status: 429, body: { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 } };
}

const SERVER_ERROR_TITLES: Record<number, string> = {
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export function serverError(status: number): Problem {
  const title = SERVER_ERROR_TITLES[status] ?? 'Server Error';
  return { status, body: { title, detail: title, type: 'about:blank', status } };
}

export function invalidRequest(errors: Array<{ message: string; parameters?: Record<string, string[]> }>): Problem {
  return {
    status: 400,
    body: { errors, title: 'Invalid Request', detail: 'One or more parameters to your request was invalid.', type: PROBLEM.invalidRequest },
  };
}

export function unknownEndpoint(): Problem {
  return { status: 404, body: { errors: [{ message: 'Sorry, that page does not exist', code: 34 }] } };
}

/** Inline error for a resource the request named but that can't be returned (HTTP 200). */
export function inlineError(kind: 'not_found' | 'protected', resource: 'tweet' | 'user', parameter: string, id: string) {
  const noun = resource === 'tweet' ? 'Tweet' : 'user';
  return kind === 'not_found'
    ? { value: id, detail: `Could not find ${resource} with ${parameter}: [${id}].`, title: 'Not Found Error', resource_type: resource, parameter, resource_id: id, type: PROBLEM.notFound }
    : { value: id, detail: `Sorry, you are not authorized to see the ${noun} with ${parameter}: [${id}].`, title: 'Authorization Error', resource_type: resource, parameter, resource_id: id, type: PROBLEM.notAuthorized };
}

// ---- query parameters ------------------------------------------------------------------------

export const TWEET_FIELDS = [
  'article', 'attachments', 'author_id', 'card_uri', 'community_id', 'context_annotations', 'conversation_id', 'created_at',
  'display_text_range', 'edit_controls', 'edit_history_tweet_ids', 'entities', 'geo', 'id', 'in_reply_to_user_id', 'lang',
  'media_metadata', 'non_public_metrics', 'note_tweet', 'organic_metrics', 'possibly_sensitive', 'promoted_metrics',
  'public_metrics', 'referenced_tweets', 'reply_settings', 'scopes', 'source', 'text', 'withheld',
];
export const USER_FIELDS = [
  'affiliation', 'confirmed_email', 'connection_status', 'created_at', 'description', 'entities', 'id', 'is_identity_verified',
  'location', 'most_recent_tweet_id', 'name', 'parody', 'pinned_tweet_id', 'profile_banner_url', 'profile_image_url',
  'protected', 'public_metrics', 'receives_your_dm', 'subscription', 'subscription_type', 'url', 'username', 'verified',
  'verified_followers_count', 'verified_type', 'withheld',
];
export const EXPANSIONS = [
  'article.cover_media', 'article.media_entities', 'attachments.media_keys', 'attachments.media_source_tweet',
  'attachments.poll_ids', 'author_id', 'edit_history_tweet_ids', 'entities.mentions.username', 'geo.place_id',
  'in_reply_to_user_id', 'entities.note.mentions.username', 'referenced_tweets.id', 'referenced_tweets.id.attachments.media_keys',
  'referenced_tweets.id.author_id',
];
const MEDIA_FIELDS = ['alt_text', 'duration_ms', 'height', 'media_key', 'non_public_metrics', 'organic_metrics', 'preview_image_url', 'promoted_metrics', 'public_metrics', 'type', 'url', 'variants', 'width'];
const PLACE_FIELDS = ['contained_within', 'country', 'country_code', 'full_name', 'geo', 'id', 'name', 'place_type'];
const POLL_FIELDS = ['duration_minutes', 'end_datetime', 'id', 'options', 'voting_status'];

const LIST_PARAMS: Record<string, readonly string[]> = {
  'tweet.fields': TWEET_FIELDS,
  'user.fields': USER_FIELDS,
  expansions: EXPANSIONS,
  'media.fields': MEDIA_FIELDS,
  'place.fields': PLACE_FIELDS,
  'poll.fields': POLL_FIELDS,
  exclude: ['replies', 'retweets'],
};

export const LOOKUP_PARAMS = ['expansions', 'media.fields', 'place.fields', 'poll.fields', 'tweet.fields', 'user.fields'];
export const TIMELINE_PARAMS = [
  'end_time', 'exclude', 'expansions', 'max_results', 'media.fields', 'pagination_token', 'place.fields', 'poll.fields',
  'since_id', 'start_time', 'tweet.fields', 'until_id', 'user.fields',
];

export interface ParsedQuery {
  params: Map<string, string>;
  lists: Map<string, Set<string>>;
}

/** Validates query parameter names and comma-separated values the way X does; a Problem on failure. */
export function parseQuery(query: URLSearchParams, allowed: readonly string[]): ParsedQuery | Problem {
  const errors: Array<{ message: string; parameters: Record<string, string[]> }> = [];
  const params = new Map<string, string>();
  const lists = new Map<string, Set<string>>();
  for (const [name, value] of query) {
    if (!allowed.includes(name)) {
      errors.push({ parameters: { [name]: [value] }, message: `The query parameter [${name}] is not one of [${allowed.join(',')}]` });
      continue;
    }
    params.set(name, value);
    const choices = LIST_PARAMS[name];
    if (choices) {
      const values = value.split(',').filter(Boolean);
      for (const v of values) {
        if (!choices.includes(v)) {
          errors.push({ parameters: { [name]: [v] }, message: `The \`${name}\` query parameter value [${v}] is not one of [${choices.join(',')}]` });
        }
      }
      lists.set(name, new Set(values));
    }
  }
  if (errors.length) return invalidRequest(errors);
  return { params, lists };
}

export const isProblem = (x: unknown): x is Problem =>
  typeof x === 'object' && x !== null && 'status' in x && 'body' in x && typeof (x as Problem).status === 'number';

// ---- rendering -------------------------------------------------------------------------------

const looksJapanese = (text: string) => /[\u3040-\u30ff\u3400-\u9fff]/.test(text);

function entitiesOf(text: string) {
  const raw = extractHashtagsWithIndices(text);
  modifyIndicesFromUTF16ToUnicode(text, raw); // X reports entity indices in code points
  const mentions = mentionedUsernames(text).map(({ start, end, username }) => ({ start, end, username }));
  const hashtags = raw.map((h) => ({ start: h.indices[0], end: h.indices[1], tag: h.hashtag }));
  const entities: Record<string, unknown> = {};
  if (mentions.length) entities.mentions = mentions;
  if (hashtags.length) entities.hashtags = hashtags;
  return entities;
}

export function renderTweet(state: XSandboxState, post: SandboxPost, fields: Set<string>): Record<string, unknown> {
  const tweet: Record<string, unknown> = { id: post.id, text: post.text, edit_history_tweet_ids: [post.id] };
  if (fields.has('author_id')) tweet.author_id = post.authorId;
  if (fields.has('conversation_id')) tweet.conversation_id = post.conversationId;
  if (fields.has('created_at')) tweet.created_at = post.createdAt;
  if (fields.has('in_reply_to_user_id') && post.inReplyToUserId) tweet.in_reply_to_user_id = post.inReplyToUserId;
  if (fields.has('referenced_tweets') && post.inReplyToPostId) tweet.referenced_tweets = [{ type: 'replied_to', id: post.inReplyToPostId }];
  if (fields.has('lang')) tweet.lang = looksJapanese(post.text) ? 'ja' : 'en';
  if (fields.has('reply_settings')) tweet.reply_settings = 'everyone';
  if (fields.has('possibly_sensitive')) tweet.possibly_sensitive = false;
  if (fields.has('entities')) {
    const entities = entitiesOf(post.text);
    if (Object.keys(entities).length) tweet.entities = entities;
  }
  if (fields.has('public_metrics')) {
    const replies = state.allPosts().filter((p) => p.inReplyToPostId === post.id && !p.deleted).length;
    tweet.public_metrics = { retweet_count: 0, reply_count: replies, like_count: 0, quote_count: 0, bookmark_count: 0, impression_count: 0 };
  }
  if (fields.has('edit_controls')) {
    tweet.edit_controls = { edits_remaining: 5, is_edit_eligible: false, editable_until: new Date(Date.parse(post.createdAt) + 3_600_000).toISOString() };
  }
  return tweet;
}

export function renderUser(user: SandboxUser, fields: Set<string>): Record<string, unknown> {
  const out: Record<string, unknown> = { id: user.id, name: user.name, username: user.username };
  if (fields.has('created_at')) out.created_at = user.createdAt;
  if (fields.has('description')) out.description = user.description;
  if (fields.has('location') && user.location !== undefined) out.location = user.location;
  if (fields.has('protected')) out.protected = user.protected;
  if (fields.has('verified')) out.verified = false;
  if (fields.has('verified_type')) out.verified_type = 'none';
  if (fields.has('profile_image_url')) out.profile_image_url = 'https://abs.twimg.com/sticky/default_profile_images/default_profile_normal.png';
  return out;
}

/** Builds `includes` for a set of primary tweets according to `expansions`. */
export function buildIncludes(state: XSandboxState, tweets: SandboxPost[], q: ParsedQuery): Record<string, unknown> | undefined {
  const expansions = q.lists.get('expansions') ?? new Set<string>();
  const tweetFields = q.lists.get('tweet.fields') ?? new Set<string>();
  const userFields = q.lists.get('user.fields') ?? new Set<string>();
  const users = new Map<string, SandboxUser>();
  const referenced = new Map<string, SandboxPost>();
  const addUser = (id: string | undefined) => {
    const user = id ? state.user(id) : undefined;
    if (user) users.set(user.id, user);
  };
  for (const post of tweets) {
    if (expansions.has('author_id')) addUser(post.authorId);
    if (expansions.has('in_reply_to_user_id')) addUser(post.inReplyToUserId);
    if (expansions.has('entities.mentions.username')) {
      for (const m of entitiesOfMentions(post.text)) {
        const user = state.userByUsername(m);
        if (user) users.set(user.id, user);
      }
    }
    if ((expansions.has('referenced_tweets.id') || expansions.has('referenced_tweets.id.author_id')) && post.inReplyToPostId) {
      const parent = state.post(post.inReplyToPostId);
      if (parent && state.visibility(parent) === 'visible') {
        if (expansions.has('referenced_tweets.id')) referenced.set(parent.id, parent);
        if (expansions.has('referenced_tweets.id.author_id')) addUser(parent.authorId);
      }
    }
  }
  const includes: Record<string, unknown> = {};
  if (users.size) includes.users = [...users.values()].map((u) => renderUser(u, userFields));
  if (referenced.size) includes.tweets = [...referenced.values()].map((t) => renderTweet(state, t, tweetFields));
  return Object.keys(includes).length ? includes : undefined;
}

function entitiesOfMentions(text: string): string[] {
  return mentionedUsernames(text).map((m) => m.username);
}
