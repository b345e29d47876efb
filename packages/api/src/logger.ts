import { pino } from 'pino';

/**
 * Database errors must not reach a log line as they are: MikroORM puts the SQL with its
 * parameter values inlined into the message, and PostgreSQL's `detail` quotes the row
 * ("Key (id_number)=(…) already exists"). Such errors are logged by their class, SQLSTATE,
 * constraint and stack frames only.
 */
function safeError(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { type: typeof err };
  const e = err as Error & { code?: unknown; sqlState?: unknown; constraint?: unknown; table?: unknown; column?: unknown; query?: unknown };
  const frames = (e.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l)).join('\n');
  const fromDatabase = 'sqlState' in e || 'query' in e || typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code) || /Exception$/.test(e.name);
  return {
    type: e.name,
    ...(fromDatabase ? {} : { message: e.message }),
    ...(typeof e.code === 'string' ? { code: e.code } : {}),
    ...(typeof e.sqlState === 'string' ? { sqlState: e.sqlState } : {}),
    ...(typeof e.constraint === 'string' ? { constraint: e.constraint } : {}),
    ...(typeof e.table === 'string' ? { table: e.table } : {}),
    stack: frames,
  };
}

// Tests and operators may point the logger elsewhere at run time (setLogDestination).
let destination: { write(line: string): unknown } = process.stdout;

/**
 * The one logger. Personal data must never reach a log line: the redact paths cover
 * the places it could appear (GraphQL variables, client rows, auth headers), errors go
 * through safeError, and SQL is logged with placeholders, never values.
 */
export const logger = pino(
  {
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
    serializers: { err: safeError },
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'variables',
        '*.variables',
        '*.password',
        '*.idNumber',
        '*.id_number',
        '*.phone',
        '*.token',
      ],
      censor: '[redacted]',
    },
  },
  { write: (line: string) => destination.write(line) },
);

/** Sends log lines to `stream` (and sets the level); returns a function restoring the previous ones. */
export function setLogDestination(stream: { write(line: string): unknown }, level: pino.LevelWithSilent = logger.level as pino.LevelWithSilent) {
  const previous = { destination, level: logger.level };
  destination = stream;
  logger.level = level;
  return () => {
    destination = previous.destination;
    logger.level = previous.level;
  };
}
