import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { loadConfig } from '../config.js';
import { prepare } from '../boot.js';
import { resolveReviewTarget } from '../modules/tiers/tier-review.service.js';
import { closeReview, openReview, runTierReview } from '../modules/tiers/tier-review.job.js';

// Runs a tier review from the command line, the same job the GraphQL mutation starts:
//   npx -y pnpm@10 tier-review -- [--as-of 2026-11-24]
// Uses DATABASE_URL, or the embedded database under .data/.
const { values } = parseArgs({ options: { 'as-of': { type: 'string' } } });
const config = loadConfig();
const { db, orm } = await prepare(config, { demo: false });
const url = orm.config.get('clientUrl')!;
let exitCode = 0;
try {
  const { day, policy } = await resolveReviewTarget(orm.em.fork(), values['as-of']);
  const opened = await openReview(url, policy.id, day, null);
  if (opened.busy) throw new Error('A tier review is already running; wait for it to finish');
  const bar = new SingleBar({ format: 'tier review {bar} {percentage}% | {step}' }, Presets.shades_classic);
  bar.start(100, 0, { step: 'starting' });
  const started = Date.now();
  try {
    const result = await runTierReview(opened.db, url, opened.runId, {
      onProgress: (p) => bar.update(Math.round(p.progress * 100), { step: p.step }),
    });
    bar.stop();
    process.stdout.write(
      `policy v${policy.version}, as of ${day}: ${result.clientsReviewed} clients reviewed, ${result.changesWritten} tier changes written in ${((Date.now() - started) / 1000).toFixed(1)} s (run ${opened.runId})\n`,
    );
  } finally {
    bar.stop();
    await closeReview(opened.db);
  }
} catch (err) {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  exitCode = 1;
} finally {
  await orm.close();
  await db.stop();
}
process.exit(exitCode);
