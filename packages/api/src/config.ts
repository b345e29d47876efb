import { existsSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/**
 * The repository root, wherever the process was started from: the nearest folder up with
 * pnpm-workspace.yaml (this file runs from src/ under tsx and bundled into dist/ in production).
 */
export const REPO_ROOT = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(resolve(dir, 'pnpm-workspace.yaml')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
})();

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
  /** Connections in the API's pool (jobs and the queue's worker open their own). */
  DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  /** How long a request waits for a free pooled connection before failing. */
  DB_ACQUIRE_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  /** Whether this process runs the queue's worker (an API-only instance may set false). */
  RUN_WORKER: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  /** Jobs the in-process queue worker runs at once (2 cores: reviews and points runs are set-based SQL). */
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(2),
  /** On SIGTERM a running job gets this long to finish before it is cancelled and handed back to the queue. */
  JOB_SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(20_000),
  /** Upper bound on the whole shutdown (in-flight requests, jobs, pool); then the process exits anyway. */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(1000).default(25_000),
  /** Test-only: each tier review holds its transaction this long first, so a test can stop a worker mid-run. */
  TEST_SLOW_JOB_MS: z.coerce.number().int().min(0).default(0),
  /** Test-only: serves GET /__test/sleep?ms=N (a request held by pg_sleep) for the graceful-shutdown test. */
  ENABLE_TEST_HOOKS: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
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
