/**
 * Loads the demo data set into an already-migrated, empty database, in one transaction.
 *
 *   tsx src/cli/seed.ts --clients 3000 --days 365 --seed 20091 --as-of 2026-11-24 [--database-url URL]
 *   tsx src/cli/seed.ts --clients 1000000 --days 60 [--clients-per-adviser 500] [--clients-per-branch 250000]
 *
 * From 100,000 clients the branches and advisers grow with the client count (by default ~250,000
 * clients a branch, ~500 an adviser); below that the organisation is the fixed demo one unless
 * --clients-per-adviser / --clients-per-branch are given.
 *
 * The database comes from --database-url or DATABASE_URL.
 */
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import pg from 'pg';
import {
  DEMO_DEFAULTS, DEMO_PASSWORD, DEMO_SIGN_INS, loadDemoData, orgScaleOf, type DemoOptions, type Exec,
} from '../demo/demo-data.js';

function options(): { opts: DemoOptions; url: string } {
  // `pnpm seed -- --clients …` from the repo root passes its `--` through, after the one of the
  // root script's own `pnpm --filter … run seed --`: drop every leading `--`
  const args = process.argv.slice(2);
  while (args[0] === '--') args.shift();
  const { values } = parseArgs({
    args,
    options: {
      clients: { type: 'string' },
      days: { type: 'string' },
      seed: { type: 'string' },
      'as-of': { type: 'string' },
      'clients-per-adviser': { type: 'string' },
      'clients-per-branch': { type: 'string' },
      'database-url': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log('usage: seed [--clients N] [--days N] [--seed N] [--as-of YYYY-MM-DD] [--clients-per-adviser N] '
      + '[--clients-per-branch N] [--database-url URL]');
    process.exit(0);
  }
  const int = (v: string | undefined, fallback: number, name: string): number => {
    if (v === undefined) return fallback;
    if (!/^-?\d+$/.test(v)) throw new Error(`--${name} must be an integer, got ${v}`);
    return Number(v);
  };
  const url = values['database-url'] ?? process.env['DATABASE_URL'];
  if (!url) throw new Error('set DATABASE_URL or pass --database-url');
  return {
    url,
    opts: {
      clients: int(values.clients, DEMO_DEFAULTS.clients, 'clients'),
      days: int(values.days, DEMO_DEFAULTS.days, 'days'),
      seed: int(values.seed, DEMO_DEFAULTS.seed, 'seed'),
      asOf: values['as-of'] ?? DEMO_DEFAULTS.asOf,
      ...(values['clients-per-adviser'] !== undefined
        ? { clientsPerAdviser: int(values['clients-per-adviser'], 0, 'clients-per-adviser') } : {}),
      ...(values['clients-per-branch'] !== undefined
        ? { clientsPerBranch: int(values['clients-per-branch'], 0, 'clients-per-branch') } : {}),
    },
  };
}

/** The load inserts fixed ids and emails, so it needs the schema and nothing in it yet. */
async function assertEmptyAndMigrated(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ migrated: boolean }>(`select to_regclass('public.daily_metric') is not null as migrated`);
  if (!rows[0]?.migrated) throw new Error('the database is not migrated: run `pnpm migrate` first');
  const used = await client.query('select 1 from staff union all select 1 from client limit 1');
  if (used.rowCount) throw new Error('the database already holds staff or clients; seed an empty, migrated database');
}

async function main(): Promise<void> {
  const { opts, url } = options();
  console.log(`Demo data: ${opts.clients} clients, ${opts.days} days to ${opts.asOf}, seed ${opts.seed}`);
  const scale = orgScaleOf(opts);
  if (scale) {
    console.log(`Organisation scaled: ~${scale.clientsPerBranch} clients a branch, ~${scale.clientsPerAdviser} an adviser`);
  }
  console.log(`Sign in with password "${DEMO_PASSWORD}" as:`);
  for (const s of DEMO_SIGN_INS) console.log(`  ${s.role.padEnd(12)} ${s.email}`);

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const exec: Exec = async (sql, params) => (await client.query(sql, params)).rows as Record<string, unknown>[];
  const bar = new cliProgress.SingleBar(
    // redirected to a file (a long load run in the background), a line every 10 s instead of the live bar
    { format: '{step} [{bar}] {value}/{total} | {duration}s', hideCursor: true, noTTYOutput: true, notTTYSchedule: 10_000 },
    cliProgress.Presets.shades_classic,
  );
  const started = performance.now();
  const stepTimes = new Map<string, number>();
  let current = '';
  let since = started;
  bar.start(1, 0, { step: 'starting'.padEnd(14) });
  try {
    await assertEmptyAndMigrated(client);
    await client.query('begin');
    const counts = await loadDemoData(exec, opts, (step, done, total) => {
      const now = performance.now();
      if (current) stepTimes.set(current, (stepTimes.get(current) ?? 0) + now - since);
      current = step;
      since = now;
      bar.setTotal(total);
      bar.update(done, { step: step.padEnd(14) });
    });
    await client.query('commit');
    stepTimes.set(current, (stepTimes.get(current) ?? 0) + performance.now() - since);
    bar.stop();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Loaded ${counts.clients} clients, ${counts.metricRows} metric rows, ${counts.tierChanges} tier changes, `
      + `${counts.serviceLogs} service logs in ${seconds} s`);
    console.log(`  ${[...stepTimes].map(([step, ms]) => `${step} ${(ms / 1000).toFixed(1)} s`).join(', ')} (incl. commit)`);
  } catch (err) {
    bar.stop();
    await client.query('rollback').catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
