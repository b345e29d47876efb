import type { Task } from 'graphile-worker';
import { logger } from '../../logger.js';
import type { JobDeps } from '../../jobs/tasks.js';
import { workTierReview } from './tier-review.job.js';

/** The queue's `tier_review` task: runs the review whose run row the start recorded. */
export const tierReviewTask = (deps: JobDeps): Task => async (payload, helpers) => {
  const { runId } = payload as { runId: string };
  const result = await workTierReview(deps.url, runId, { slowMs: deps.config.TEST_SLOW_JOB_MS || undefined, signal: helpers.abortSignal });
  if (result) logger.info({ runId, ...result }, 'tier review finished');
};
