import pg from 'pg';
import { JOB_DB_ROLE } from '../auth/access/acting-transaction.js';
import { logger } from '../../logger.js';
import { addJob, jobAlive, QUEUE_SCHEMA } from '../../jobs/queue.js';
import {
  decideReviewSql, insertChangesSql, REVIEWABLE_COUNT_SQL, toPgPlaceholders, UPDATE_CLIENTS_SQL, upsertStateSql, type PolicyForSql,
} from './tier-review.sql.js';

/** Held (session-level) by the connection running a review: a RUNNING row whose lock is free is dead. */
export const REVIEW_LOCK_KEY = 7281002;

export interface ReviewProgress {
  step: string;
  progress: number;
}

/** Thrown when a worker shutting down hands its review back to the queue (it will run again). */
export class ReviewHandedBack extends Error {}

export interface ReviewResult {
  clientsReviewed: number;
  changesWritten: number;
}

async function loadPolicy(db: pg.Client, policyId: string): Promise<PolicyForSql> {
  const p = await db.query('select id, match_rule, window_days, downgrade_after from tier_policy where id = $1', [policyId]);
  const t = await db.query(
    'select id, rank, min_avg_assets::text as a, min_commission_12m::text as c, min_points as p from tier where policy_id = $1 order by rank',
    [policyId],
  );
  const row = p.rows[0];
  if (!row || t.rows.length === 0) throw new Error(`policy ${policyId} has no tiers`);
  return {
    id: row.id, matchRule: row.match_rule, windowDays: row.window_days, downgradeAfter: row.downgrade_after,
    tiers: t.rows.map((r) => ({ id: r.id, rank: r.rank, minAvgAssets: r.a, minCommission12m: r.c, minPoints: r.p })),
  };
}

/**
 * Runs one tier review on `db` (a connection that already holds REVIEW_LOCK_KEY) as ONE
 * transaction: it commits whole or not at all, so a run that dies part-way leaves nothing
 * half-written and can simply be started again. Progress goes to the run row through a
 * second connection, outside the transaction, so watchers see it while the work is open.
 * `failAfter` exists for the test that proves the all-or-nothing promise; `slowMs` (test-only)
 * holds the open transaction that long, so a test can stop a worker mid-run. When `signal`
 * aborts (a worker shutting down past its grace period) the running statement is cancelled,
 * everything rolls back and the run goes back to waiting for a worker (ReviewHandedBack).
 */
export async function runTierReview(
  db: pg.Client,
  url: string,
  runId: string,
  opts: { onProgress?: (p: ReviewProgress) => void; failAfter?: string; slowMs?: number; signal?: AbortSignal } = {},
): Promise<ReviewResult> {
  const side = new pg.Client({ connectionString: url });
  // the side connection stays the connecting user: it writes progress and may have to cancel
  // the review's statement, which crm_job may not do to a backend of the connecting user
  await side.connect();
  const pid = (await db.query('select pg_backend_pid() as pid')).rows[0].pid as number;
  const cancel = () => void side.query('select pg_cancel_backend($1)', [pid]).catch(() => {});
  opts.signal?.addEventListener('abort', cancel);
  const report = async (step: string, progress: number) => {
    opts.onProgress?.({ step, progress });
    await side.query('update tier_review_run set progress = $2 where id = $1', [runId, progress]);
  };
  try {
    const run = (await db.query('select policy_id, as_of::text as as_of from tier_review_run where id = $1', [runId])).rows[0];
    if (!run) throw new Error(`no review run ${runId}`);
    const policy = await loadPolicy(db, run.policy_id);
    const asOf: string = run.as_of;
    const exec = async (step: string, sql: { text: string; params: unknown[] } | string) => {
      const q = typeof sql === 'string' ? { text: sql, params: [] } : sql;
      const res = await db.query(toPgPlaceholders(q.text), q.params);
      if (opts.failAfter === step) throw new Error(`review stopped after ${step} (test)`);
      return res.rowCount ?? 0;
    };

    await db.query('begin');
    await report('figures', 0.05);
    if (opts.slowMs) await db.query('select pg_sleep($1)', [opts.slowMs / 1000]);
    if (opts.signal?.aborted) throw new Error('aborted');
    await exec('decide', decideReviewSql(policy, asOf));
    const clientsReviewed = Number((await db.query(REVIEWABLE_COUNT_SQL)).rows[0].n);
    await report('changes', 0.7);
    const changesWritten = await exec('changes', insertChangesSql(policy, asOf, runId));
    await report('clients', 0.8);
    await exec('clients', UPDATE_CLIENTS_SQL);
    await report('state', 0.9);
    await exec('state', upsertStateSql(policy, asOf));
    await db.query(
      `update tier_review_run set status = 'SUCCEEDED', progress = 1, finished_at = now(), clients_reviewed = $2, changes_written = $3 where id = $1`,
      [runId, clientsReviewed, changesWritten],
    );
    await db.query('commit');
    opts.onProgress?.({ step: 'done', progress: 1 });
    return { clientsReviewed, changesWritten };
  } catch (err) {
    await db.query('rollback').catch(() => {});
    if (opts.signal?.aborted) {
      await side.query(`update tier_review_run set picked_at = null, progress = 0 where id = $1 and status = 'RUNNING'`, [runId]);
      throw new ReviewHandedBack(`review ${runId} handed back to the queue: the worker is shutting down`);
    }
    await side
      .query(`update tier_review_run set status = 'FAILED', finished_at = now(), error = $2 where id = $1 and status = 'RUNNING'`, [
        runId, err instanceof Error ? err.message.slice(0, 500) : 'failed',
      ])
      .catch((e) => logger.error({ err: e }, 'could not mark review run failed'));
    throw err;
  } finally {
    opts.signal?.removeEventListener('abort', cancel);
    await side.end().catch(() => {});
  }
}

export const reviewJobKey = (runId: string) => `tier-review:${runId}`;

/**
 * Marks FAILED every RUNNING run that nobody will finish: one a worker had picked (that
 * worker held the review lock, and the caller holds it now, so the worker is gone) and one
 * whose job is no longer on the queue. Only valid while the caller holds REVIEW_LOCK_KEY.
 */
async function failDeadRuns(db: pg.Client): Promise<number> {
  const res = await db.query(
    `update tier_review_run r set status = 'FAILED', finished_at = now(), error = 'interrupted: the worker running it stopped; start it again'
      where status = 'RUNNING' and (picked_at is not null or not exists (
        select 1 from ${QUEUE_SCHEMA}.jobs j where j.key = 'tier-review:' || r.id and ${jobAlive('j')}))`,
  );
  return res.rowCount ?? 0;
}

/**
 * Records a review as RUNNING and puts its job on the queue, in one transaction; a worker
 * (in this process or another instance) picks it up. Only one review at a time: `busy` while
 * a worker holds the review lock or another run still waits on the queue. Dead runs are
 * marked FAILED first, so a crash never blocks the next start.
 */
export async function queueTierReview(url: string, policyId: string, asOf: string, startedBy: string | null) {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    await db.query('begin');
    // transaction-scoped: no worker starts a review until this commits
    const got = (await db.query('select pg_try_advisory_xact_lock($1) as ok', [REVIEW_LOCK_KEY])).rows[0]?.ok;
    if (!got) {
      await db.query('rollback');
      return { busy: true as const };
    }
    await failDeadRuns(db);
    const waiting = await db.query(`select 1 from tier_review_run where status = 'RUNNING'`);
    if (waiting.rowCount) {
      await db.query('rollback');
      return { busy: true as const };
    }
    const run = await db.query(
      `insert into tier_review_run (policy_id, as_of, started_by) values ($1, $2, $3) returning id`,
      [policyId, asOf, startedBy],
    );
    const runId = run.rows[0].id as string;
    await addJob(db, { task: 'tier_review', payload: { runId }, key: reviewJobKey(runId), maxAttempts: 5 });
    await db.query('commit');
    return { busy: false as const, runId };
  } catch (err) {
    await db.query('rollback').catch(() => {});
    throw err;
  } finally {
    await db.end().catch(() => {});
  }
}

/** At worker start: runs left by a worker that died are marked FAILED (skipped while a review runs). */
export async function failDeadRunsIfIdle(url: string): Promise<number> {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    await db.query('begin');
    const got = (await db.query('select pg_try_advisory_xact_lock($1) as ok', [REVIEW_LOCK_KEY])).rows[0]?.ok;
    const n = got ? await failDeadRuns(db) : 0;
    await db.query('commit');
    return n;
  } finally {
    await db.end().catch(() => {});
  }
}

/**
 * The worker's side: takes the review lock (waiting for a start that is committing), claims
 * the run and runs it. A job whose run is no longer RUNNING (failed as dead meanwhile) does
 * nothing. An ordinary failure marks the run FAILED and ends the job (no automatic retry:
 * head office starts it again); a shutdown hands the run back with a fresh job on the queue.
 */
export async function workTierReview(url: string, runId: string, opts: { slowMs?: number; signal?: AbortSignal } = {}) {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    // a worker killed mid-statement: PostgreSQL notices within a second, rolls back and frees the lock (PG 14+)
    await db.query(`select set_config('client_connection_check_interval', '1000', false)`).catch(() => {});
    // a job over every client acts as crm_job (row-level security lets it see them all), not as the owner
    await db.query(`set role ${JOB_DB_ROLE}`);
    await db.query('select pg_advisory_lock($1)', [REVIEW_LOCK_KEY]);
    const claimed = await db.query(
      `update tier_review_run set picked_at = now(), progress = 0 where id = $1 and status = 'RUNNING' returning id`,
      [runId],
    );
    if (!claimed.rowCount) return null;
    try {
      return await runTierReview(db, url, runId, opts);
    } catch (err) {
      if (err instanceof ReviewHandedBack) {
        // a fresh job for the same run, for the next worker: the queue does not reliably record
        // a failure from a pool that is shutting down, and its lock on this job would hold for hours
        // (as the connecting user, who owns the queue, like every other enqueue)
        await db.query('reset role');
        await addJob(db, { task: 'tier_review', payload: { runId }, key: reviewJobKey(runId), maxAttempts: 5 });
        logger.warn({ runId }, err.message);
        return null;
      }
      logger.error({ err, runId }, 'tier review failed');
      return null;
    }
  } finally {
    await closeReview(db);
  }
}

/**
 * Opens the connection a review runs on and takes the review lock, then records the run
 * as RUNNING. Only one review runs at a time: a second start answers `busy`. A RUNNING row
 * whose lock is free belongs to a process that died; it is marked FAILED and replaced.
 */
export async function openReview(url: string, policyId: string, asOf: string, startedBy: string | null) {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  // a job over every client acts as crm_job (row-level security lets it see them all), not as the owner
  await db.query(`set role ${JOB_DB_ROLE}`);
  const got = (await db.query('select pg_try_advisory_lock($1) as ok', [REVIEW_LOCK_KEY])).rows[0]?.ok;
  if (!got) {
    await db.end();
    return { busy: true as const };
  }
  try {
    await failDeadRuns(db);
    const run = await db.query(
      `insert into tier_review_run (policy_id, as_of, started_by, picked_at) values ($1, $2, $3, now()) returning id`,
      [policyId, asOf, startedBy],
    );
    return { busy: false as const, db, runId: run.rows[0].id as string };
  } catch (err) {
    await db.end();
    throw err;
  }
}

/** Releases the review lock and closes the review's connection. */
export async function closeReview(db: pg.Client): Promise<void> {
  await db.query('select pg_advisory_unlock($1)', [REVIEW_LOCK_KEY]).catch(() => {});
  await db.end().catch(() => {});
}
