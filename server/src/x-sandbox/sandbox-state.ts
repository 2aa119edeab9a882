import { parseTweet } from 'twitter-text';
import { DEMO_POSTS, DEMO_USERS, OFFICIAL_USERNAME, officialUser, type SeedUser } from './demo-data';

/** Twitter's snowflake epoch (2010-11-04T01:42:54.657Z), in ms. */
const SNOWFLAKE_EPOCH = 1288834974657n;

export function snowflakeAt(ms: number, sequence = 0): string {
  return (((BigInt(ms) - SNOWFLAKE_EPOCH) << 22n) | BigInt(sequence & 0x3fffff)).toString();
}

export function snowflakeTime(id: string): Date {
  return new Date(Number((BigInt(id) >> 22n) + SNOWFLAKE_EPOCH));
}

export const compareIds = (a: string, b: string): number => {
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
};

export type SandboxUser = SeedUser;

/**
 * @mentions with code-point indices (X's entity indices). Not twitter-text's extractor: it stops a
 * mention at 20 characters, and the configured official username may be longer than X allows (15).
 */
export function mentionedUsernames(text: string): Array<{ username: string; start: number; end: number }> {
  const chars = Array.from(text);
  const out: Array<{ username: string; start: number; end: number }> = [];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] !== '@' && chars[i] !== '＠') continue;
    if (i > 0 && /[A-Za-z0-9_!#$%&*@＠]/.test(chars[i - 1]!)) continue;
    let j = i + 1;
    while (j < chars.length && /[A-Za-z0-9_]/.test(chars[j]!)) j++;
    if (j > i + 1) out.push({ username: chars.slice(i + 1, j).join(''), start: i, end: j });
    i = j - 1;
  }
  return out;
}

export interface SandboxPost {
  id: string;
  text: string;
  authorId: string;
  createdAt: string;
  conversationId: string;
  inReplyToPostId?: string;
  inReplyToUserId?: string;
  deleted: boolean;
  /** seed = demo data, admin = added through /__admin/posts, api = POST /2/tweets, manual = the web-intent page. */
  via: 'seed' | 'admin' | 'api' | 'manual';
}

/** What /__admin/replies and the sandbox page show for each post made by the official account. */
export interface SandboxReply {
  id: string;
  inReplyToPostId: string | null;
  text: string;
  createdAt: string;
  via: 'api' | 'manual';
  deleted: boolean;
}

export type BehaviourTarget = 'create' | 'lookup' | 'any';

export type BehaviourStep = (
  | { mode: 'rate_limit'; resetInSeconds?: number }
  | { mode: 'server_error'; status?: number }
  | { mode: 'reply_restricted' }
  | { mode: 'duplicate' }
  | { mode: 'slow'; delayMs: number }
  /** Closes the connection without answering (a network failure as the client sees it). */
  | { mode: 'drop' }
  | { mode: 'normal' }
) & {
  /** How many consecutive matching requests this step answers (default 1). */
  times?: number;
  /** Which requests it applies to: POST /2/tweets (`create`), GET lookups and timelines (`lookup`), or both. */
  on?: BehaviourTarget;
  /**
   * server_error, drop and slow on `create` only: carry the request out first (the post exists on
   * X), then answer 5xx, drop the connection, or answer late. What a client sees when X accepted a
   * post but the answer never arrived — the case the reply job must survive without posting twice.
   */
  afterCommit?: boolean;
};

export interface BehaviourInput {
  queue?: BehaviourStep[];
  /** Append to the current queue instead of replacing it. */
  append?: boolean;
  replyRestricted?: boolean;
  /** X refuses a post whose text equals one of the account's own posts (default on). Off: only our own idempotency prevents doubles. */
  duplicateDetection?: boolean;
  /** X's timelines are eventually consistent: an own post shows in GET /2/users/:id/tweets only this long after it was created (default 0). */
  timelineLagMs?: number;
}

export interface BehaviourState {
  queue: BehaviourStep[];
  replyRestricted: boolean;
  duplicateDetection: boolean;
  timelineLagMs: number;
}

export interface NewPostInput {
  id?: string;
  text: string;
  authorId?: string;
  authorUsername: string;
  authorName?: string;
  /** Profile text of the author (X's `description`). */
  profile?: string;
  location?: string;
  protected?: boolean;
  createdAt?: string;
  inReplyToPostId?: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  at: string;
  /** Unset while the request is in flight (or when its client went away before the answer). */
  status?: number;
  /** The client's TCP port: tells which process made the call (fault tests). */
  clientPort?: number;
}

const CREATE_ONLY_MODES = new Set(['reply_restricted', 'duplicate']);
const AFTER_COMMIT_MODES = new Set(['server_error', 'drop', 'slow']);
const MODES = new Set(['rate_limit', 'server_error', 'reply_restricted', 'duplicate', 'slow', 'drop', 'normal']);

export class SandboxInputError extends Error {}

/** In-memory world of the sandbox: accounts, posts, scripted failures and a request log. */
export class XSandboxState {
  readonly officialUserId: string;
  readonly officialUsername: string;
  private readonly initialReplyRestricted: boolean;
  private users = new Map<string, SandboxUser>();
  private posts = new Map<string, SandboxPost>();
  private queue: Array<BehaviourStep & { remaining: number }> = [];
  private requestLog: RecordedRequest[] = [];
  private lastId = 0n;
  private sequence = 0;
  replyRestricted: boolean;
  duplicateDetection = true;
  timelineLagMs = 0;
  /** Wall-clock creation time of own posts (their snowflake time may run ahead of the clock). */
  private createdWallClock = new Map<string, number>();

  constructor(opts: { officialUserId: string; officialUsername: string; replyRestricted?: boolean; seedDemoData?: boolean }) {
    this.officialUserId = opts.officialUserId;
    this.officialUsername = opts.officialUsername;
    this.initialReplyRestricted = opts.replyRestricted ?? false;
    this.replyRestricted = this.initialReplyRestricted;
    this.seedDemoData = opts.seedDemoData ?? true;
    this.reset();
  }

  private readonly seedDemoData: boolean;

  /** Back to the demo data, no replies, no scripted failures. IDs keep increasing across resets. */
  reset(): void {
    this.users = new Map();
    this.posts = new Map();
    this.createdWallClock = new Map();
    this.queue = [];
    this.requestLog = [];
    this.replyRestricted = this.initialReplyRestricted;
    this.duplicateDetection = true;
    this.timelineLagMs = 0;
    this.putUser(officialUser(this.officialUserId, this.officialUsername));
    if (!this.seedDemoData) return;
    for (const user of DEMO_USERS) this.putUser({ ...user });
    for (const seed of DEMO_POSTS) {
      const text = seed.text.split(`@${OFFICIAL_USERNAME}`).join(`@${this.officialUsername}`);
      this.putPost({ id: seed.id, text, authorId: seed.authorId, createdAt: seed.createdAt, conversationId: seed.id, deleted: seed.deleted ?? false, via: 'seed' });
    }
  }

  // ---- ids ----------------------------------------------------------------------------------

  /** A snowflake-like ID for "now", strictly greater than every ID the sandbox knows. */
  nextId(): string {
    let id = BigInt(snowflakeAt(Date.now(), this.sequence++ & 0xfff));
    if (id <= this.lastId) id = this.lastId + 1n;
    this.lastId = id;
    return id.toString();
  }

  private noteId(id: string): void {
    const n = BigInt(id);
    if (n > this.lastId) this.lastId = n;
  }

  // ---- accounts and posts -------------------------------------------------------------------

  private putUser(user: SandboxUser): void {
    this.users.set(user.id, user);
  }

  private putPost(post: SandboxPost): void {
    this.noteId(post.id);
    this.posts.set(post.id, post);
  }

  user(id: string): SandboxUser | undefined {
    return this.users.get(id);
  }

  userByUsername(username: string): SandboxUser | undefined {
    const wanted = username.toLowerCase();
    for (const user of this.users.values()) if (user.username.toLowerCase() === wanted) return user;
    return undefined;
  }

  post(id: string): SandboxPost | undefined {
    return this.posts.get(id);
  }

  allPosts(): SandboxPost[] {
    return [...this.posts.values()].sort((a, b) => compareIds(a.id, b.id));
  }

  /** Posts of one author, newest first (X's timeline order). */
  postsBy(authorId: string): SandboxPost[] {
    return [...this.posts.values()].filter((p) => p.authorId === authorId).sort((a, b) => compareIds(b.id, a.id));
  }

  /** What the official account (the sandbox's authenticated user) may see. */
  visibility(post: SandboxPost | undefined): 'visible' | 'not_found' | 'protected' {
    if (!post || post.deleted) return 'not_found';
    const author = this.users.get(post.authorId);
    if (author?.protected && author.id !== this.officialUserId) return 'protected';
    return 'visible';
  }

  /** In 2026 an ordinary app may reply only where the account is mentioned or is the author. */
  mayReplyUnderRestriction(target: SandboxPost): boolean {
    if (target.authorId === this.officialUserId) return true;
    const official = this.officialUsername.toLowerCase();
    return mentionedUsernames(target.text).some((m) => m.username.toLowerCase() === official);
  }

  isDuplicateOfOwnPost(text: string): boolean {
    if (!this.duplicateDetection) return false;
    for (const post of this.posts.values()) {
      if (post.authorId === this.officialUserId && !post.deleted && post.text === text) return true;
    }
    return false;
  }

  static isValidText(text: string): { valid: boolean; weightedLength: number } {
    const parsed = parseTweet(text);
    return { valid: parsed.valid, weightedLength: parsed.weightedLength };
  }

  /** Records a post by the official account (validation is the caller's job). */
  createOwnPost(text: string, inReplyTo: SandboxPost | undefined, via: 'api' | 'manual'): SandboxPost {
    const id = this.nextId();
    const post: SandboxPost = {
      id,
      text,
      authorId: this.officialUserId,
      createdAt: snowflakeTime(id).toISOString(),
      conversationId: inReplyTo ? inReplyTo.conversationId : id,
      deleted: false,
      via,
    };
    if (inReplyTo) {
      post.inReplyToPostId = inReplyTo.id;
      post.inReplyToUserId = inReplyTo.authorId;
    }
    this.putPost(post);
    this.createdWallClock.set(id, Date.now());
    return post;
  }

  /** When (wall clock, ms) the sandbox created an own post: what "the reply is on X" means for latency figures. */
  postedAt(id: string): number | undefined {
    return this.createdWallClock.get(id);
  }

  /** Whether a post shows in timelines yet (X's timelines lag behind by `timelineLagMs`). */
  inTimeline(post: SandboxPost, now = Date.now()): boolean {
    if (this.timelineLagMs === 0) return true;
    const created = this.createdWallClock.get(post.id) ?? Date.parse(post.createdAt);
    return created <= now - this.timelineLagMs;
  }

  /** Adds a post by someone else (tests and demos). Creates or updates the author. */
  addPost(input: NewPostInput): SandboxPost {
    if (typeof input?.text !== 'string' || input.text.length === 0) throw new SandboxInputError('text is required');
    if (typeof input.authorUsername !== 'string' || !/^[A-Za-z0-9_]{1,15}$/.test(input.authorUsername)) {
      throw new SandboxInputError('authorUsername must be 1–15 letters, digits or underscores');
    }
    if (input.id !== undefined && !/^\d{1,19}$/.test(String(input.id))) throw new SandboxInputError('id must be a numeric string');
    if (input.authorId !== undefined && !/^\d{1,19}$/.test(String(input.authorId))) throw new SandboxInputError('authorId must be a numeric string');
    if (input.id !== undefined && this.posts.has(String(input.id))) throw new SandboxInputError(`post ${input.id} already exists`);

    const existing = input.authorId !== undefined ? this.users.get(String(input.authorId)) : this.userByUsername(input.authorUsername);
    const author: SandboxUser = {
      id: existing?.id ?? (input.authorId !== undefined ? String(input.authorId) : this.nextId()),
      username: input.authorUsername,
      name: input.authorName ?? existing?.name ?? input.authorUsername,
      description: input.profile ?? existing?.description ?? '',
      protected: input.protected ?? existing?.protected ?? false,
      createdAt: existing?.createdAt ?? new Date().toISOString(),
    };
    const location = input.location ?? existing?.location;
    if (location !== undefined) author.location = location;
    this.putUser(author);

    const id = input.id !== undefined ? String(input.id) : this.nextId();
    const parent = input.inReplyToPostId !== undefined ? this.posts.get(String(input.inReplyToPostId)) : undefined;
    const post: SandboxPost = {
      id,
      text: input.text,
      authorId: author.id,
      createdAt: input.createdAt ?? snowflakeTime(id).toISOString(),
      conversationId: parent ? parent.conversationId : id,
      deleted: false,
      via: 'admin',
    };
    if (parent) {
      post.inReplyToPostId = parent.id;
      post.inReplyToUserId = parent.authorId;
    }
    this.putPost(post);
    return post;
  }

  /** Marks a post deleted (as its author would). False when there is no such post. */
  deletePost(id: string): boolean {
    const post = this.posts.get(id);
    if (!post) return false;
    post.deleted = true;
    return true;
  }

  /** Everything the official account has posted (API or by hand), oldest first. A fresh array on each read. */
  get replies(): SandboxReply[] {
    return this.allPosts()
      .filter((p) => p.authorId === this.officialUserId && (p.via === 'api' || p.via === 'manual'))
      .map((p) => ({
        id: p.id,
        inReplyToPostId: p.inReplyToPostId ?? null,
        text: p.text,
        createdAt: p.createdAt,
        via: p.via as 'api' | 'manual',
        deleted: p.deleted,
      }));
  }

  // ---- scripted behaviour -------------------------------------------------------------------

  setBehaviour(input: BehaviourInput | BehaviourStep): BehaviourState {
    const body = (input ?? {}) as BehaviourInput & Partial<BehaviourStep>;
    const steps: BehaviourStep[] = 'mode' in body && body.mode !== undefined ? [body as BehaviourStep] : (body.queue ?? []);
    if (!Array.isArray(steps)) throw new SandboxInputError('queue must be an array');
    const parsed = steps.map((step) => this.validateStep(step));
    if (body.replyRestricted !== undefined) {
      if (typeof body.replyRestricted !== 'boolean') throw new SandboxInputError('replyRestricted must be a boolean');
      this.replyRestricted = body.replyRestricted;
    }
    if (body.duplicateDetection !== undefined) {
      if (typeof body.duplicateDetection !== 'boolean') throw new SandboxInputError('duplicateDetection must be a boolean');
      this.duplicateDetection = body.duplicateDetection;
    }
    if (body.timelineLagMs !== undefined) {
      if (!(Number.isFinite(body.timelineLagMs) && body.timelineLagMs >= 0)) throw new SandboxInputError('timelineLagMs must be >= 0');
      this.timelineLagMs = body.timelineLagMs;
    }
    const appendOnly = body.append === true || ('mode' in body && body.mode !== undefined);
    if (appendOnly) this.queue.push(...parsed);
    else if (body.queue !== undefined) this.queue = parsed;
    return this.behaviour();
  }

  behaviour(): BehaviourState {
    return {
      queue: this.queue.map(({ remaining, ...step }) => ({ ...step, times: remaining })),
      replyRestricted: this.replyRestricted,
      duplicateDetection: this.duplicateDetection,
      timelineLagMs: this.timelineLagMs,
    };
  }

  private validateStep(step: BehaviourStep): BehaviourStep & { remaining: number } {
    if (!step || typeof step !== 'object' || !MODES.has(step.mode)) {
      throw new SandboxInputError(`mode must be one of ${[...MODES].join(', ')}`);
    }
    const times = step.times ?? 1;
    if (!Number.isInteger(times) || times < 1) throw new SandboxInputError('times must be a positive integer');
    if (step.afterCommit !== undefined && typeof step.afterCommit !== 'boolean') throw new SandboxInputError('afterCommit must be a boolean');
    if (step.afterCommit && !AFTER_COMMIT_MODES.has(step.mode)) throw new SandboxInputError(`afterCommit applies to ${[...AFTER_COMMIT_MODES].join(', ')}`);
    const on = step.on ?? (CREATE_ONLY_MODES.has(step.mode) || step.afterCommit ? 'create' : 'any');
    if (!['create', 'lookup', 'any'].includes(on)) throw new SandboxInputError('on must be create, lookup or any');
    if (CREATE_ONLY_MODES.has(step.mode) && on !== 'create') throw new SandboxInputError(`${step.mode} only applies to create`);
    if (step.afterCommit && on !== 'create') throw new SandboxInputError('afterCommit only applies to create');
    if (step.mode === 'slow' && !(Number.isFinite(step.delayMs) && step.delayMs >= 0)) throw new SandboxInputError('slow needs delayMs >= 0');
    if (step.mode === 'server_error' && step.status !== undefined && !(Number.isInteger(step.status) && step.status >= 500 && step.status <= 599)) {
      throw new SandboxInputError('server_error status must be 5xx');
    }
    if (step.mode === 'rate_limit' && step.resetInSeconds !== undefined && !(Number.isFinite(step.resetInSeconds) && step.resetInSeconds >= 0)) {
      throw new SandboxInputError('resetInSeconds must be >= 0');
    }
    return { ...step, on, times, remaining: times };
  }

  /** Takes the next scripted response for a request of this kind, if one is queued. */
  takeBehaviour(kind: 'create' | 'lookup'): BehaviourStep | undefined {
    const index = this.queue.findIndex((s) => s.on === 'any' || s.on === kind);
    if (index < 0) return undefined;
    const step = this.queue[index]!;
    step.remaining -= 1;
    if (step.remaining <= 0) this.queue.splice(index, 1);
    const { remaining: _remaining, ...rest } = step;
    return rest;
  }

  // ---- request log --------------------------------------------------------------------------

  recordRequest(entry: RecordedRequest): void {
    this.requestLog.push(entry);
    if (this.requestLog.length > 1000) this.requestLog.splice(0, this.requestLog.length - 1000);
  }

  /** X API requests received since the last reset, oldest first (admin and page requests are not logged). */
  get requests(): RecordedRequest[] {
    return [...this.requestLog];
  }
}
