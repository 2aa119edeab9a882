import pino from 'pino';

/**
 * Structured JSON logs. Secrets and session cookies are redacted wherever they might appear.
 * `destination` (default: stdout) lets a test capture what would be written.
 */
export function createLogger(level: string, name: string, destination?: pino.DestinationStream) {
  const options: pino.LoggerOptions = {
    name,
    level,
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', 'password', '*.password', 'headers.cookie'],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

export type Logger = pino.Logger;
