import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository root, wherever the process was started from. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  /** When set, every component uses this server instead of the embedded PostgreSQL. */
  DATABASE_URL: z.string().url().optional(),
  /** Port of the embedded PostgreSQL (the default system port 5432 is often taken). */
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  DATA_DIR: z.string().default(resolve(REPO_ROOT, '.data')),
  WEB_DIST: z.string().default(resolve(REPO_ROOT, 'packages/web/dist')),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  /** Cookies are marked Secure when the CRM is served over HTTPS behind a proxy. */
  COOKIE_SECURE: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Test-only: report the SQL statement count of each GraphQL request in extensions. */
  EXPOSE_SQL_COUNT: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  /** Largest accepted request body. Above the biggest legitimate input (a batch of 10,000 metric rows is ~3 MB); per-field limits do the rest. */
  BODY_LIMIT: z.string().regex(/^\d+(kb|mb)$/).default('8mb'),
  /** PostgreSQL statement_timeout on every pooled connection of the API: no query holds a connection longer. 0 turns it off. */
  STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(5000),
  /** Express `trust proxy`: set to the number of proxies in front of the API so sign-in throttling sees the caller's address. */
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  /** Failed sign-ins allowed per account (email) and per address within the window before further attempts are refused. */
  SIGNIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
  SIGNIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).default(20),
  SIGNIN_WINDOW_SECONDS: z.coerce.number().int().min(1).default(15 * 60),
  DEMO_CLIENTS: z.coerce.number().int().min(0).default(3000),
  DEMO_DAYS: z.coerce.number().int().min(1).max(3660).default(365),
});

export type Config = z.infer<typeof schema>;

/** Builds the one typed config object from the environment; fails fast naming bad variables. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  return parsed.data;
}

/** The database URL with any password replaced, for log lines. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '<unparseable url>';
  }
}
