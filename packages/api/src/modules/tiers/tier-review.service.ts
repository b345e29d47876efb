import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, conflict, notFound } from '../../shared/errors.js';
import { query } from '../../shared/sql.js';
import { businessDay, isIsoDay } from '../../shared/time.js';
import type { Viewer } from '../auth/viewer.js';
import { TierPolicy } from './tier-policy.entity.js';
import { queueTierReview } from './tier-review.job.js';
import { toReviewRun, type ReviewRunRow, type TierReviewRunType } from './tier-review.type.js';
import { isUuid } from '../../shared/ids.js';

const RUN_COLUMNS = 'id, policy_id, as_of::text as as_of, status, progress, clients_reviewed, changes_written, started_at, finished_at, error, started_by';

/** Reviews run with the active policy as of a date: today (Asia/Shanghai) unless said. */
export async function resolveReviewTarget(em: EntityManager, asOf: string | undefined) {
  const day = asOf ?? businessDay();
  if (!isIsoDay(day)) throw badInput('asOf', 'Use a date like 2026-11-24', 'INVALID_DATE');
  if (day > businessDay()) throw badInput('asOf', 'A review cannot be as of a future date', 'DATE_IN_FUTURE');
  const policy = await em.findOne(TierPolicy, { status: 'ACTIVE' });
  if (!policy) throw conflict('There is no active tier policy to review with', 'NO_ACTIVE_POLICY');
  return { day, policy };
}

/**
 * Queues a review as a job and returns its RUNNING run at once; a worker on any instance
 * runs it and the web app polls the run for status and progress. CONFLICT while another
 * review runs or waits.
 */
export async function startTierReview(em: EntityManager, viewer: Viewer, url: string, asOf: string | undefined): Promise<TierReviewRunType> {
  const { day, policy } = await resolveReviewTarget(em, asOf);
  const queued = await queueTierReview(url, policy.id, day, viewer.id);
  if (queued.busy) throw conflict('A tier review is already running; wait for it to finish', 'REVIEW_RUNNING');
  return getRun(em, queued.runId);
}

export async function getRun(em: EntityManager, id: string): Promise<TierReviewRunType> {
  const rows = isUuid(id) ? await query<ReviewRunRow>(em, `select ${RUN_COLUMNS} from tier_review_run where id = ?`, [id]) : [];
  if (!rows[0]) throw notFound('Tier review run');
  return toReviewRun(rows[0]);
}

export async function listRuns(em: EntityManager, first: number): Promise<TierReviewRunType[]> {
  const rows = await query<ReviewRunRow>(em, `select ${RUN_COLUMNS} from tier_review_run order by started_at desc limit ?`, [Math.min(Math.max(first, 1), 100)]);
  return rows.map(toReviewRun);
}
