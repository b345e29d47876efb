import type pg from 'pg';
import { Logger, runMigrations } from 'graphile-worker';
import { logger } from '../logger.js';

/**
 * The job queue lives in PostgreSQL (graphile-worker, schema `graphile_worker`). Jobs are
 * added with its SQL function `add_job`, inside the caller's transaction: the row that
 * describes the work and the job that does it commit together or not at all.
 */
export const QUEUE_SCHEMA = 'graphile_worker';

export interface JobSpec {
  task: string;
  payload: Record<string, unknown>;
  key?: string;
  maxAttempts?: number;
}

/** Anything with pg's `query` (a pg.Client, a pool client, …), already inside the caller's transaction. */
type Queryable = Pick<pg.Client, 'query'>;

/** SQL and parameters that add one job; for callers that run it through another driver (MikroORM). */
export function addJobSql(job: JobSpec): { sql: string; params: unknown[] } {
  return {
    // no named queue on purpose: a named queue stays locked while a job of a killed worker
    // holds it (hours); one-at-a-time is the review lock's job, not the queue's
    sql: `select id from ${QUEUE_SCHEMA}.add_job(identifier => ?, payload => ?::json, job_key => ?, max_attempts => ?)`,
    params: [job.task, JSON.stringify(job.payload), job.key ?? null, job.maxAttempts ?? 3],
  };
}

export async function addJob(db: Queryable, job: JobSpec): Promise<void> {
  const { sql, params } = addJobSql(job);
  let i = 0;
  await db.query(sql.replace(/\?/g, () => `$${++i}`), params);
}

/** SQL: job row `j` still waits, runs (locked: attempts already counts this one) or will be retried. */
export const jobAlive = (j: string) => `(${j}.locked_at is not null or ${j}.attempts < ${j}.max_attempts)`;

/**
 * A job with this key still waits or runs: not finished (the queue deletes finished jobs)
 * and not failed for good. Reads the queue's public `jobs` view.
 */
export const JOB_STATE_SQL = `select ${jobAlive('j')} as alive, last_error from ${QUEUE_SCHEMA}.jobs j where key = ?`;

/** Installs or upgrades the queue's own schema; graphile-worker's migrator, idempotent. */
export async function migrateQueue(url: string): Promise<void> {
  await runMigrations({ connectionString: url, logger: quietLogger });
}

/** graphile-worker's log lines go to the one pino logger. */
export const quietLogger = new Logger((scope) => (level, message, meta) => {
  const fn = level === 'error' ? 'error' : level === 'warning' ? 'warn' : 'debug';
  logger[fn]({ queue: scope, ...(meta ?? {}) }, message);
});
