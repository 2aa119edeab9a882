import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from '../config/config';
import type { Logger } from '../logging/logger';
import type { User } from '../../modules/users/user.entity';
import type { SessionStore } from './session-store';
import type { Loaders } from '../loaders/loaders';
import type { RateLimits } from '../http/rate-limits';
import type { PendingStep } from './login-steps';

/** Per-request GraphQL context. */
export interface GraphQLContext {
  db: DataSource;
  config: Config;
  sessions: SessionStore;
  logger: Logger;
  req: Request;
  res: Response;
  requestId: string;
  ip: string | null;
  /** The session's user, also while the session still waits for a login step (see sessionStep). */
  user: User | null;
  sessionTokenHash: string | null;
  /** Null for a full session; else the login step it waits for (the auth checker allows only that step). */
  sessionStep: PendingStep | null;
  rateLimits: RateLimits;
  loaders: Loaders;
}

/** Who did something, as written into the audit log. Null user = the system (worker). */
export interface Actor {
  user: User | null;
  requestId: string | null;
  ip: string | null;
}

export const actorOf = (ctx: GraphQLContext): Actor => ({ user: ctx.user, requestId: ctx.requestId, ip: ctx.ip });
