import { run, type Runner } from 'graphile-worker';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { logger } from '../logger.js';
import { failDeadRunsIfIdle } from '../modules/tiers/tier-review.job.js';
import { quietLogger } from './queue.js';
import { taskList } from './tasks.js';

export interface JobWorker {
  /**
   * Stops taking jobs and waits for the running ones. Past JOB_SHUTDOWN_GRACE_MS their
   * abort signal fires: a tier review rolls back and goes back on the queue for the next worker.
   */
  stop(): Promise<void>;
}

/** Starts the queue's worker inside this process (the API's start starts it). */
export async function startWorker(orm: MikroORM, config: Config): Promise<JobWorker> {
  const url = orm.config.get('clientUrl')!;
  const failed = await failDeadRunsIfIdle(url);
  if (failed) logger.warn({ failed }, 'tier review runs left by a stopped worker marked FAILED');
  const runner: Runner = await run({
    connectionString: url,
    concurrency: config.WORKER_CONCURRENCY,
    // this process owns its signals: the API's shutdown stops the worker
    noHandleSignals: true,
    pollInterval: 2000,
    logger: quietLogger,
    taskList: taskList({ url, orm, config }),
    preset: { worker: { gracefulShutdownAbortTimeout: config.JOB_SHUTDOWN_GRACE_MS } },
  });
  let stopping: Promise<void> | undefined;
  return {
    stop() {
      stopping ??= runner.stop().catch((err) => logger.error({ err }, 'stopping the job worker'));
      return stopping;
    },
  };
}
