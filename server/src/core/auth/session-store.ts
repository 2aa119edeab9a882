import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { Session } from '../../modules/users/session.entity';
import { User } from '../../modules/users/user.entity';

export const SESSION_COOKIE = 'pd_session';

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

/** Sessions live in PostgreSQL so any number of server copies share them. */
export class SessionStore {
  constructor(
    private readonly db: DataSource,
    private readonly policy: SessionPolicy,
  ) {}

  async create(em: EntityManager, userId: string, ip: string | null): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const now = new Date();
    await em.insert(Session, {
      tokenHash: sha256(token),
      userId,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + this.policy.absoluteHours * 3600_000),
      ip,
    });
    return token;
  }

  /** The user of a live session, touching its idle clock; null when unknown, expired, revoked or the user is inactive. */
  async resolve(token: string | undefined): Promise<{ user: User; tokenHash: string } | null> {
    if (!token || token.length > 200) return null;
    const tokenHash = sha256(token);
    const session = await this.db.getRepository(Session).findOne({
      where: { tokenHash, revokedAt: IsNull() },
      relations: { user: { unit: true } },
    });
    if (!session || !session.user.active) return null;
    const now = Date.now();
    const idleLimit = session.lastSeenAt.getTime() + this.policy.idleMinutes * 60_000;
    if (now > idleLimit || now > session.expiresAt.getTime()) return null;
    // Touch at most once a minute: enough for a 30-minute idle timeout, far fewer writes.
    if (now - session.lastSeenAt.getTime() > 60_000) {
      await this.db.getRepository(Session).update({ tokenHash }, { lastSeenAt: new Date(now) });
    }
    return { user: session.user, tokenHash };
  }

  async revoke(tokenHash: string): Promise<void> {
    await this.db.getRepository(Session).update({ tokenHash, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}
