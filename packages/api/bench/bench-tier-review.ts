import 'reflect-metadata';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { loadConfig } from '../src/config.js';
import { openDatabase, seedDemoData } from '../src/boot.js';
import { initOrm, migrate } from '../src/db/orm.js';
import { DEMO_DEFAULTS } from '../src/demo/demo-data.js';
import { businessDay } from '../src/shared/time.js';
import { closeReview, openReview, runTierReview } from '../src/modules/tiers/tier-review.job.js';

// Tier review benchmark. For each scale: a fresh database filled by the demo generator
// (--clients N --days D), then, in the same process and on the same data:
//   scan     one plain aggregate scan of the review's metric window (the floor no review can beat),
//            median of --runs after a warm-up;
//   review 1 the review (writes the tier changes it finds);
//   review 2 the same review again (nothing changes, nothing is written).
// Reported as seconds and as ratios to the scan.
//   npx -y pnpm@10 --filter @crm/api run bench:tier-review -- --clients 100000,1000000 --days 60
const { values } = parseArgs({
  options: { clients: { type: 'string', default: '100000' }, days: { type: 'string', default: '60' }, runs: { type: 'string', default: '3' }, keep: { type: 'boolean', default: false } },
});
const scales = values.clients.split(',').map(Number);
const days = Number(values.days);
const runs = Number(values.runs);
const asOf = businessDay();

const config = loadConfig();
const server = await openDatabase(config);
const admin = new pg.Client({ connectionString: server.url });
await admin.connect();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const secs = async (fn: () => Promise<unknown>) => {
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e9;
};

const results: string[] = [];
for (const clients of scales) {
  const name = `crm_bench_${clients}`;
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  const url = new URL(server.url);
  url.pathname = `/${name}`;
  const dbUrl = url.toString();
  const orm = await initOrm(dbUrl, { poolMax: 2 });
  await migrate(orm, dbUrl);
  await orm.close(true);

  process.stdout.write(`[${clients}] generating ${clients} clients × ${days} days…\n`);
  const genSecs = await secs(() => seedDemoData(dbUrl, { ...DEMO_DEFAULTS, clients, days, asOf }));
  const db = new pg.Client({ connectionString: dbUrl });
  await db.connect();
  await db.query('vacuum analyze');
  const rows = Number((await db.query('select count(*) as n from daily_metric')).rows[0].n);

  // the same window and the same sums the review reads, and nothing else
  const scanSql = `select count(*) from (
      select client_id, sum(total_assets) filter (where day > $1::date - 60), sum(commission), sum(commission + interest_spread)
        from daily_metric where day > $1::date - 365 and day <= $1::date group by client_id) s`;
  await db.query(scanSql, [asOf]);
  const scans: number[] = [];
  for (let i = 0; i < runs; i++) scans.push(await secs(() => db.query(scanSql, [asOf])));
  const scan = median(scans);

  const policyId = (await db.query("select id from tier_policy where status = 'ACTIVE'")).rows[0].id;
  const review = async () => {
    const opened = await openReview(dbUrl, policyId, asOf, null);
    if (opened.busy) throw new Error('busy');
    let changes = 0;
    const s = await secs(async () => {
      changes = (await runTierReview(opened.db, dbUrl, opened.runId)).changesWritten;
    });
    await closeReview(opened.db);
    return { s, changes };
  };
  const first = await review();
  const second = await review();
  await db.end();
  if (!values.keep) await admin.query(`drop database if exists ${name} with (force)`);

  const line = `| ${clients.toLocaleString('en')} | ${rows.toLocaleString('en')} | ${genSecs.toFixed(1)} | ${scan.toFixed(2)} | ${first.s.toFixed(2)} (${first.changes} changes) | ${(first.s / scan).toFixed(2)}× | ${second.s.toFixed(2)} (${second.changes} changes) | ${(second.s / scan).toFixed(2)}× |`;
  results.push(line);
  process.stdout.write(`${line}\n`);
}

process.stdout.write(
  `\nTier review benchmark, as of ${asOf}, ${days} days of metrics (seconds; scan = median of ${runs})\n` +
    '| clients | metric rows | generate | scan | review 1 | review 1 / scan | review 2 | review 2 / scan |\n' +
    '|---|---|---|---|---|---|---|---|\n' +
    `${results.join('\n')}\n`,
);
await admin.end();
await server.stop();
