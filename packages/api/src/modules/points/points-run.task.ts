import type { Task } from 'graphile-worker';
import type { JobDeps } from '../../jobs/tasks.js';
import { performPointsRun } from './points.service.js';

/** The queue's `points_run` task: the month's earnings in one transaction (the mutation waits for it). */
export const pointsRunTask = (deps: JobDeps): Task => async (payload) => {
  await performPointsRun(deps.orm.em.fork(), payload as { runId: string; period: string; startedBy: string });
};
