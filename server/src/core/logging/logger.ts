import pino from 'pino';

/** Structured JSON logs. Secrets and session cookies are redacted wherever they might appear. */
export function createLogger(level: string, name: string) {
  return pino({
    name,
    level,
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', 'password', '*.password', 'headers.cookie'],
      censor: '[redacted]',
    },
  });
}

export type Logger = pino.Logger;
