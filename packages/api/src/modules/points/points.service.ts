import type { EntityManager } from '@mikro-orm/postgresql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { badInput, conflict } from '../../shared/errors.js';
import { query } from '../../shared/sql.js';
import { businessDay } from '../../shared/time.js';
import type { Viewer } from '../auth/viewer.js';
import { authorize } from '../auth/access/permissions.js';
import { findClientInScope } from '../clients/client-scope.js';
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
 * Applies the active policy's points rule to one month, for every client, in one
 * transaction: one INSERT … SELECT per kind of earning. A period already run writes
 * nothing (the ledger's period index), so the run is safe to repeat. Only a month that has
 * ended (Asia/Shanghai) may run: a partial month would be paid short and, being idempotent,
 * never topped up.
 */
export async function runPoints(em: EntityManager, viewer: Viewer, period: string): Promise<PointsRun> {
  authorize(viewer, 'points:run');
  if (!PERIOD.test(period)) throw badInput('period', 'Period must be a month as YYYY-MM, e.g. 2026-10', 'INVALID_PERIOD');
  if (dayAfter(period) > businessDay()) throw badInput('period', `The month ${period} has not ended yet`, 'MONTH_NOT_ENDED');

  const policy = await em.findOne(TierPolicy, { status: 'ACTIVE' });
  if (!policy) throw conflict('There is no active tier policy to take the points rule from', 'NO_ACTIVE_POLICY');
  const rule = await em.findOne(PointsRule, { policyId: policy.id });
  if (!rule) throw conflict(`Tier policy version ${policy.version} has no points rule`, 'NO_POINTS_RULE');

  const start = `${period}-01`;
  return em.transactional(async (tx) => {
    let written = 0;
    for (const sql of EARNING_STATEMENTS) {
      const res = await tx.getConnection().execute<{ affectedRows: number }>(
        sql, [start, start, period, viewer.id, policy.id], 'run', tx.getTransactionContext(),
      );
      written += res.affectedRows;
    }
    const run = tx.create(PointsRun, {
      policy, period, startedBy: tx.getReference(Staff, viewer.id), startedAt: new Date(), entriesWritten: written,
    });
    await tx.flush();
    return run;
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
      const winner = await entryByKey(em.fork(), client.id, key);
      if (winner) return winner;
    }
    throw err;
  }
}
