import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { Session } from '../../modules/users/session.entity';
import { User } from '../../modules/users/user.entity';
import { Unit } from '../../modules/units/unit.entity';
import type { PendingStep } from './login-steps';
import { rowHydrator } from '../loaders/rows';

export const SESSION_COOKIE = 'pd_session';

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}

export const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

/** How long a session may wait for its next login step (second factor, new password, enrolment). */
export const PENDING_SESSION_MINUTES = 10;

export interface ResolvedSession {
  user: User;
  tokenHash: string;
  /** Null for a full session. */
  pendingStep: PendingStep | null;
}

/** Sessions live in PostgreSQL so any number of server copies share them. */
export class SessionStore {
  private sessionRead: ReturnType<typeof sessionReadOf> | null = null;

  constructor(
    private readonly db: DataSource,
    private readonly policy: SessionPolicy,
  ) {}

  /**
   * A new session with a fresh random token (never reused: a new ID at every login and at every
   * login step, so a token seen before authentication is worthless after it). A session still
   * waiting for a login step lives at most PENDING_SESSION_MINUTES.
   */
  async create(em: EntityManager, userId: string, ip: string | null, pendingStep: PendingStep | null = null): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const now = new Date();
    const lifetimeMs = pendingStep ? PENDING_SESSION_MINUTES * 60_000 : this.policy.absoluteHours * 3600_000;
    await em.insert(Session, {
      tokenHash: sha256(token),
      userId,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + Math.min(lifetimeMs, this.policy.absoluteHours * 3600_000)),
      ip,
      pendingStep,
    });
    return token;
  }

  /** Ends one session and opens its successor (the next login step, or a full session): a new token. */
  async replace(em: EntityManager, oldTokenHash: string, userId: string, ip: string | null, pendingStep: PendingStep | null): Promise<string> {
    await em.getRepository(Session).update({ tokenHash: oldTokenHash, revokedAt: IsNull() }, { revokedAt: new Date() });
    return this.create(em, userId, ip, pendingStep);
  }

  /**
   * The user of a live session, touching its idle clock; null when unknown, expired, revoked or the
   * user is inactive. A session still waiting for a login step counts only with `allowPending`
   * (the GraphQL context, which answers the step's error code); every other route sees no session.
   */
  async resolve(token: string | undefined, opts: { allowPending?: boolean } = {}): Promise<ResolvedSession | null> {
    if (!token || token.length > 200) return null;
    const tokenHash = sha256(token);
    const session = await this.readSession(tokenHash);
    if (!session || !session.user.active) return null;
    if (session.pendingStep && !opts.allowPending) return null;
    const now = Date.now();
    const idleLimit = session.lastSeenAt.getTime() + this.policy.idleMinutes * 60_000;
    if (now > idleLimit || now > session.expiresAt.getTime()) return null;
    // Touch at most once a minute: enough for a 30-minute idle timeout, far fewer writes.
    if (now - session.lastSeenAt.getTime() > 60_000) {
      await this.db.getRepository(Session).update({ tokenHash }, { lastSeenAt: new Date(now) });
    }
    return { user: session.user, tokenHash, pendingStep: session.pendingStep ?? null };
  }

  /**
   * The live (unrevoked) session of a token hash with its user and the user's unit: one statement,
   * its text built once. It runs on every request, so it skips TypeORM's query building and hydrates the
   * three entities from the row with the driver's own conversions, as find() would.
   */
  private async readSession(tokenHash: string): Promise<Session | null> {
    const read = (this.sessionRead ??= sessionReadOf(this.db));
    const [row] = (await this.db.query(read.text, [tokenHash])) as Record<string, unknown>[];
    if (!row) return null;
    const session = read.hydrate(Session, 's', row);
    session.user = read.hydrate(User, 'u', row);
    if (row['n__id'] != null) session.user.unit = read.hydrate(Unit, 'n', row);
    return session;
  }

  async revoke(tokenHash: string): Promise<void> {
    await this.db.getRepository(Session).update({ tokenHash, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}

/** The session read's SQL (every column of sessions, users and units, aliased by table) and its hydration. */
function sessionReadOf(db: DataSource) {
  const tables = [
    ['s', Session],
    ['u', User],
    ['n', Unit],
  ] as const;
  const select = tables.flatMap(([alias, entity]) =>
    db.getMetadata(entity).columns.map((c) => `${alias}."${c.databaseName}" AS "${alias}__${c.databaseName}"`),
  );
  const text = `SELECT ${select.join(', ')}
    FROM sessions s JOIN users u ON u.id = s.user_id LEFT JOIN units n ON n.id = u.unit_id
    WHERE s.token_hash = $1 AND s.revoked_at IS NULL`;
  const hydrators = new Map<string, (row: Record<string, unknown>) => unknown>(tables.map(([alias, entity]) => [alias, rowHydrator(db, entity, db.getMetadata(entity).columns, `${alias}__`)]));
  const hydrate = <T extends object>(_entity: new () => T, alias: string, row: Record<string, unknown>): T =>
    hydrators.get(alias)!(row) as unknown as T;
  return { text, hydrate };
}
