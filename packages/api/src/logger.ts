import { pino } from 'pino';

/**
 * The one logger. Personal data must never reach a log line: the redact paths cover
 * the places it could appear (GraphQL variables, client rows, auth headers).
 */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
  redact: {
    paths: [
      'req.headers.authorization',
      'req.headers.cookie',
      'variables',
      '*.password',
      '*.idNumber',
      '*.id_number',
      '*.phone',
      '*.token',
    ],
    censor: '[redacted]',
  },
});
