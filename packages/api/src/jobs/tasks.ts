import type { TaskList } from 'graphile-worker';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { tierReviewTask } from '../modules/tiers/tier-review.task.js';
import { pointsRunTask } from '../modules/points/points-run.task.js';

/** What a task may use: the database URL (for jobs on a connection of their own), the ORM, config. */
export interface JobDeps {
  url: string;
  orm: MikroORM;
  config: Config;
}

/** Every task the worker runs, by the identifier jobs are queued under. */
export function taskList(deps: JobDeps): TaskList {
  return {
    tier_review: tierReviewTask(deps),
    points_run: pointsRunTask(deps),
  };
}
