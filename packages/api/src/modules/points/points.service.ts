import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import { addJob, JOB_STATE_SQL } from '../../jobs/queue.js';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { badInput, conflict } from '../../shared/errors.js';
import { query } from '../../shared/sql.js';
import { businessDay } from '../../shared/time.js';
import type { Viewer } from '../auth/viewer.js';
import { authorize } from '../auth/access/permissions.js';
import { JOB_DB_ROLE, freshViewInRequest } from '../auth/access/acting-transaction.js';
import { findClientInScope } from '../clients/client-scope.js';
import { isServed } from '../clients/client.entity.js';
import { ServiceOffering } from '../catalogue/service-offering.entity.js';
import { TierPolicy } from '../tiers/tier-policy.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { PointsRule } from './points-rule.entity.js';
import { PointsRun } from './points-run.entity.js';
import { toPointsEntry, type PointsEntryRow, type PointsEntryType } from './points.type.js';
import type { RedeemPointsInput } from './dto/redeem-points.input.js';
import {
  BALANCE_SQL, EARNING_STATEMENTS, ENTRY_BY_KEY_SQL, INSERT_REDEMPTION_SQL, LOCK_CLIENT_SQL,
} from './points.sql.js';

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** First day of the month after `period` (YYYY-MM), as YYYY-MM-DD. */
function dayAfter(period: string): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/**
 * Checks a points run may go ahead and queues it as a job (runs on the PostgreSQL queue, one
 * at a time), then waits for the worker to record it and returns the run. A run of a month
 * already run writes nothing (the ledger's period index), so it is safe to repeat. Only a
 * month that has ended (Asia/Shanghai) may run: a partial month would be paid short and,
 * being idempotent, never topped up.
 */
export async function runPoints(em: EntityManager, viewer: Viewer, url: string, period: string): Promise<PointsRun> {
  authorize(viewer, 'points:run');
  if (!PERIOD.test(period)) throw badInput('period', 'Period must be a month as YYYY-MM, e.g. 2026-10', 'INVALID_PERIOD');
  if (dayAfter(period) > businessDay()) throw badInput('period', `The month ${period} has not ended yet`, 'MONTH_NOT_ENDED');
  await activeRule(em);

  const runId = randomUUID();
  // The job is added, and watched, on a connection of its own: the request's transaction (it
  // acts as crm_api for row-level security) commits only when the answer is sent, so the
  // worker could not see a job added in it, and crm_api has no business in the queue's schema.
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    await addJob(db, { task: 'points_run', payload: { runId, period, startedBy: viewer.id }, key: `points-run:${runId}`, maxAttempts: 1 });
    await waitForPointsRun(db, runId);
  } finally {
    await db.end().catch(() => {});
  }
  return em.findOneOrFail(PointsRun, { id: runId });
}

async function activeRule(em: EntityManager) {
  const policy = await em.findOne(TierPolicy, { status: 'ACTIVE' });
  if (!policy) throw conflict('There is no active tier policy to take the points rule from', 'NO_ACTIVE_POLICY');
  const rule = await em.findOne(PointsRule, { policyId: policy.id });
  if (!rule) throw conflict(`Tier policy version ${policy.version} has no points rule`, 'NO_POINTS_RULE');
  return policy;
}

/** Polls until the worker has recorded the run, or its job failed for good. */
async function waitForPointsRun(db: pg.Client, runId: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const jobState = JOB_STATE_SQL.replace('?', '$1');
  for (;;) {
    if ((await db.query('select 1 from points_run where id = $1', [runId])).rowCount) return;
    const job = (await db.query<{ alive: boolean; last_error: string | null }>(jobState, [`points-run:${runId}`])).rows[0];
    if (job && !job.alive) throw new Error(`points run failed: ${job.last_error ?? 'unknown error'}`);
    if (Date.now() > deadline) throw conflict('The points run is still queued; look for it again shortly', 'JOB_QUEUED');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * The worker's side: applies the active policy's points rule to one month, for every
 * client, in one transaction: one INSERT … SELECT per kind of earning, and the run row.
 */
export async function performPointsRun(em: EntityManager, job: { runId: string; period: string; startedBy: string }): Promise<void> {
  const policy = await activeRule(em);
  const start = `${job.period}-01`;
  await em.transactional(async (tx) => {
    // a job acts as its own role (row-level security lets crm_job see every client)
    await tx.getConnection().execute(`set local role ${JOB_DB_ROLE}`, [], 'run', tx.getTransactionContext());
    // a month's run over every client is batch work: the per-request statement timeout is not for it
    await tx.getConnection().execute('set local statement_timeout = 0', [], 'run', tx.getTransactionContext());
    let written = 0;
    for (const sql of EARNING_STATEMENTS) {
      const res = await tx.getConnection().execute<{ affectedRows: number }>(
        sql, [start, start, job.period, job.startedBy, policy.id], 'run', tx.getTransactionContext(),
      );
      written += res.affectedRows;
    }
    tx.create(PointsRun, {
      id: job.runId, policy, period: job.period, startedBy: tx.getReference(Staff, job.startedBy), startedAt: new Date(), entriesWritten: written,
    });
    await tx.flush();
  });
}

const isUniqueViolation = (err: unknown) =>
  err instanceof UniqueConstraintViolationException || (err as { code?: string } | null)?.code === '23505';

async function entryByKey(em: EntityManager, clientId: string, key: string): Promise<PointsEntryType | undefined> {
  const [row] = await query<PointsEntryRow>(em, ENTRY_BY_KEY_SQL, [clientId, key]);
  return row ? toPointsEntry(row) : undefined;
}

/**
 * Spends a client's points on an offering. The balance never goes negative, even under
 * concurrent redemptions: the client's row is locked for the transaction, so redemptions of
 * one client run one after another and each sees the balance the previous one left.
 * Retrying with the same idempotency key returns the first entry.
 */
export async function redeemPoints(em: EntityManager, viewer: Viewer, input: RedeemPointsInput): Promise<PointsEntryType> {
  authorize(viewer, 'client:redeem-points');
  const client = await findClientInScope(em, viewer, input.clientId);
  // a closed or transferred-out client is no longer served: nothing is redeemed for them
  if (!isServed(client.status)) throw conflict('A closed or transferred-out client is no longer served', 'CLIENT_NOT_SERVED');
  const key = input.idempotencyKey ?? null;
  if (key) {
    const earlier = await entryByKey(em, client.id, key);
    if (earlier) return earlier;
  }

  const offering = await em.findOne(ServiceOffering, { id: input.offeringId });
  if (!offering || !offering.active) throw badInput('offeringId', 'Unknown or withdrawn service offering', 'UNKNOWN_OFFERING');
  const cost = offering.pointsCost;
  if (cost == null) throw badInput('offeringId', `${offering.nameEn} (${offering.nameZh}) cannot be redeemed for points`, 'NOT_REDEEMABLE');

  try {
    return await em.transactional(async (tx) => {
      await query(tx, LOCK_CLIENT_SQL, [client.id]);
      // a retry that waited for the lock finds what the first attempt committed
      if (key) {
        const earlier = await entryByKey(tx, client.id, key);
        if (earlier) return earlier;
      }
      const [row] = await query<{ balance: number }>(tx, BALANCE_SQL, [client.id]);
      const balance = row?.balance ?? 0;
      if (balance < cost) {
        throw badInput('offeringId', `Balance ${balance} points is less than the ${cost} points ${offering.nameEn} costs`, 'INSUFFICIENT_POINTS');
      }
      const [entry] = await query<PointsEntryRow>(tx, INSERT_REDEMPTION_SQL, [
        client.id, -cost, offering.id, `Redeemed ${offering.nameEn} (${offering.nameZh})`, viewer.id, key,
      ]);
      return toPointsEntry(entry!);
    });
  } catch (err) {
    // belt and braces: the unique key index catches what the lock already prevents
    if (key && isUniqueViolation(err)) {
      const winner = await entryByKey(freshViewInRequest(em), client.id, key);
      if (winner) return winner;
    }
    throw err;
  }
}
