import type { GraphQLContext } from '../../core/auth/context';
import type { PendingStep } from '../../core/auth/login-steps';
import { PENDING_SESSION_MINUTES, SESSION_COOKIE } from '../../core/auth/session-store';

/** The session cookie: httpOnly, SameSite=Strict, Secure where served over TLS; lives no longer than its session. */
export function setSessionCookie(ctx: GraphQLContext, token: string, pendingStep: PendingStep | null): void {
  ctx.res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: ctx.config.cookieSecure,
    path: '/',
    maxAge: pendingStep ? PENDING_SESSION_MINUTES * 60_000 : ctx.config.SESSION_ABSOLUTE_HOURS * 3600_000,
  });
}

export function clearSessionCookie(ctx: GraphQLContext): void {
  ctx.res.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'strict', secure: ctx.config.cookieSecure });
}
