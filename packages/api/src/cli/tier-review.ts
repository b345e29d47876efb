import 'reflect-metadata';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { SingleBar, Presets } from 'cli-progress';
import { loadConfig } from '../config.js';
import { prepare } from '../boot.js';
import { startWorker } from '../jobs/worker.js';
import { resolveReviewTarget } from '../modules/tiers/tier-review.service.js';
import { queueTierReview } from '../modules/tiers/tier-review.job.js';

// Queues a tier review from the command line, the same job the GraphQL mutation starts, and
// watches its run until it ends; it also runs a queue worker meanwhile, so the review runs
// whether or not an API instance is up (whichever worker picks the job runs it):
//   npx -y pnpm@10 tier-review -- [--as-of 2026-11-24]
// Uses DATABASE_URL, or the embedded database under .data/.
const { values } = parseArgs({ options: { 'as-of': { type: 'string' } } });
const config = loadConfig();
const { db, orm } = await prepare(config, { demo: false });
const url = orm.config.get('clientUrl')!;
let exitCode = 0;
const worker = await startWorker(orm, config);
const watch = new pg.Client({ connectionString: url });
await watch.connect();
try {
  const { day, policy } = await resolveReviewTarget(orm.em.fork(), values['as-of']);
  const queued = await queueTierReview(url, policy.id, day, null);
  if (queued.busy) throw new Error('A tier review is already running; wait for it to finish');
  const bar = new SingleBar({ format: 'tier review {bar} {percentage}%' }, Presets.shades_classic);
  bar.start(100, 0);
  const started = Date.now();
  let run: { status: string; progress: string; clients_reviewed: number; changes_written: number; error: string | null };
  for (;;) {
    run = (await watch.query('select status, progress, clients_reviewed, changes_written, error from tier_review_run where id = $1', [queued.runId])).rows[0];
    bar.update(Math.round(Number(run.progress) * 100));
    if (run.status !== 'RUNNING') break;
    await new Promise((r) => setTimeout(r, 250));
  }
  bar.stop();
  if (run.status !== 'SUCCEEDED') throw new Error(`tier review ${queued.runId} failed: ${run.error ?? 'unknown error'}`);
  process.stdout.write(
    `policy v${policy.version}, as of ${day}: ${run.clients_reviewed} clients reviewed, ${run.changes_written} tier changes written in ${((Date.now() - started) / 1000).toFixed(1)} s (run ${queued.runId})\n`,
  );
} catch (err) {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  exitCode = 1;
} finally {
  await watch.end();
  await worker.stop();
  await orm.close();
  await db.stop();
}
process.exit(exitCode);
