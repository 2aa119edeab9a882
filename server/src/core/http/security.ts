import type { ErrorRequestHandler, RequestHandler } from 'express';
import helmet from 'helmet';
import type { Config } from '../config/config';
import type { Logger } from '../logging/logger';

/**
 * HTTP security headers (helmet) with a strict Content-Security-Policy for the client the API
 * serves: scripts only from this origin (the Vite build has no inline script), no plugins, no
 * framing, and images only from this origin or data: URLs — so the client can never load a picture
 * from X's media hosts (DESIGN §7: no media from posts on police systems), whatever a post or a
 * profile links to.
 *
 * Styles allow 'unsafe-inline': Mantine sets style attributes and injects its CSS variables in a
 * <style> element. Inline styles cannot run code; scripts stay strict.
 */
export function contentSecurityPolicy(config: Pick<Config, 'cookieSecure'>): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'media-src': ["'none'"],
    'object-src': ["'none'"],
    'frame-src': ["'none'"],
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    // Only where the site is served over TLS: on plain-HTTP development it would break every request.
    ...(config.cookieSecure ? { 'upgrade-insecure-requests': [] } : {}),
  };
}

export function securityHeaders(config: Pick<Config, 'cookieSecure'>): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy(config) },
    // HSTS only means something over TLS; where cookies are Secure, the site is served over TLS.
    strictTransportSecurity: config.cookieSecure ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
  });
}

/**
 * The last middleware: requests that failed before reaching GraphQL (a body too large, JSON that
 * does not parse, a broken URL) get a JSON error in the GraphQL error shape with a stable code and
 * never a stack trace (express's default handler prints one outside production).
 */
export function jsonErrorHandler(logger: Logger): ErrorRequestHandler {
  return (err, req, res, next) => {
    if (res.headersSent) return next(err);
    const status = Number((err as { status?: number; statusCode?: number })?.status ?? (err as { statusCode?: number })?.statusCode);
    const clientError = Number.isInteger(status) && status >= 400 && status < 500;
    if (!clientError) logger.error({ err: { message: (err as Error)?.message, stack: (err as Error)?.stack }, path: req.path }, 'request failed');
    const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : clientError ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
    const message =
      status === 413
        ? 'The request is too large.'
        : clientError
          ? 'The request could not be read. Check that it is well-formed JSON.'
          : 'Something went wrong on the server. Try again; if it keeps happening, tell the system administrator.';
    res.status(clientError ? status : 500).json({ errors: [{ message, extensions: { code } }] });
  };
}
