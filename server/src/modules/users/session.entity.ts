import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { PendingStep } from '../../core/auth/login-steps';
import { User } from './user.entity';

/**
 * A login session. The cookie carries a random token; only its SHA-256 is stored, so a leaked
 * database dump cannot be replayed as a cookie.
 */
@Entity({ name: 'sessions' })
export class Session {
  @PrimaryColumn({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  /**
   * The session's public name in the API (mySessions, endSession). Random and unrelated to the
   * token, so showing it reveals nothing that could be turned into a cookie. Set by the database.
   */
  @Column({ type: 'uuid', insert: false, update: false })
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { nullable: false })
  @JoinColumn({ name: 'user_id' })
  user: User;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'last_seen_at', type: 'timestamptz' })
  lastSeenAt: Date;

  /** Absolute end of the session, whatever the activity. */
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  ip: string | null;

  /**
   * Null for a full session. Otherwise the login step this session still waits for (second factor,
   * new password, TOTP enrolment): until it is done, the session may do only that step or log out.
   */
  @Column({ name: 'pending_step', type: 'text', nullable: true })
  pendingStep: PendingStep | null;
}
