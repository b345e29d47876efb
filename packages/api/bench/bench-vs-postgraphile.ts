import 'reflect-metadata';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { loadConfig } from '../src/config.js';
import { openDatabase, seedDemoData } from '../src/boot.js';
import { initOrm, migrate } from '../src/db/orm.js';
import { DEMO_DEFAULTS, DEMO_PASSWORD } from '../src/demo/demo-data.js';
import { businessDay } from '../src/shared/time.js';
import { freePort, memoryMiB, startChild, type Child } from './children.js';
import { REQUESTS, type Fixture, type Who } from './vs-postgraphile.requests.js';
import { benchSchemaSql } from './vs-postgraphile.schema.js';

// Our API against PostGraphile 4 on the same database (issue 9). A fresh database with the demo
// dataset (--clients, --days); our API in a child process as `pnpm start` runs it (src/main.ts under
// tsx, NODE_ENV=development so the demo accounts may sign in; config from the environment, quiet logs),
// signed in as the demo adviser and manager (bearer token on every request); PostGraphile 4 in another
// child process as the database owner without authentication (postgraphile-server.ts). For each
// request of vs-postgraphile.requests.ts: one check that both sides answer the same ids, a warm-up,
// then --connections connections for --duration seconds on each side, alternating, --rounds times.
// Prints per request req/s, p50 and p99 latency of each side and ours/theirs; our API's resident
// resident memory at the start and the end (and its peak) of the load, and its V8 heap after a full
// GC at the start, every --gc-every seconds and at the end (bench/memory-probe.ts; --snapshots DIR
// also writes heap snapshots at the start and the end, to compare with Chrome DevTools).
//   DATABASE_URL=… npx -y pnpm@10 --filter @crm/api run bench:vs-postgraphile -- --duration 10 --rounds 1 [--json out.json]
//   memory over a long run of ours alone: … -- --only ours --duration 60   (5 requests × 60 s)
const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    clients: { type: 'string', default: '3000' },
    days: { type: 'string', default: '365' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    rounds: { type: 'string', default: '1' },
    connections: { type: 'string', default: '10' },
    only: { type: 'string', default: 'both' },
    requests: { type: 'string' },
    json: { type: 'string' },
    'gc-every': { type: 'string', default: '30' },
    snapshots: { type: 'string' },
  },
});
const clients = Number(values.clients);
const days = Number(values.days);
const duration = Number(values.duration);
const warmup = Number(values.warmup);
const rounds = Number(values.rounds);
const connections = Number(values.connections);
const only = values.only as 'both' | 'ours' | 'theirs';
if (!['both', 'ours', 'theirs'].includes(only)) throw new Error('--only is both, ours or theirs');
const requests = values.requests ? REQUESTS.filter((r) => values.requests!.split(',').includes(r.name)) : REQUESTS;
if (!requests.length) throw new Error(`--requests names some of: ${REQUESTS.map((r) => r.name).join(', ')}`);
// every --gc-every seconds (0: never) our API collects garbage and reports its heap (bench/memory-probe.ts)
const gcEvery = Number(values['gc-every']);
const probeFile = resolve(tmpdir(), `crm-bench-memory-${process.pid}.json`);
if (values.snapshots) mkdirSync(values.snapshots, { recursive: true });
const sides: ('ours' | 'theirs')[] = only === 'both' ? ['ours', 'theirs'] : [only];

const API_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const log = (s: string) => process.stderr.write(`${s}\n`);

const config = loadConfig();
const server = await openDatabase(config);
const admin = new pg.Client({ connectionString: server.url });
await admin.connect();
const name = `crm_bench_vs_pgl_${process.pid}`;
await admin.query(`create database ${name}`);
const url = new URL(server.url);
url.pathname = `/${name}`;
const dbUrl = url.toString();
const children: Child[] = [];

try {
  const orm = await initOrm(dbUrl, { poolMax: 2 });
  await migrate(orm, dbUrl);
  await orm.close(true);
  log(`generating ${clients} clients × ${days} days…`);
  await seedDemoData(dbUrl, { ...DEMO_DEFAULTS, clients, days, asOf: businessDay() });
  const db = new pg.Client({ connectionString: dbUrl });
  await db.connect();
  await db.query(benchSchemaSql());
  await db.query('vacuum analyze');
  const fixture = await lookUp(db);
  await db.end();
  log(`adviser ${fixture.adviserId}, branch ${fixture.branchId}, client ${fixture.clientId}, search "${fixture.search}", as of ${fixture.asOf}`);

  const poolMax = config.DB_POOL_MAX;
  let ours: Child | null = null;
  let theirs: Child | null = null;
  if (sides.includes('ours')) {
    const port = await freePort();
    ours = await startChild({
      name: 'our API',
      // what `pnpm start` runs (without the web build): src/main.ts under tsx
      // plus, for the memory figures only, the probe (a full GC and process.memoryUsage() on SIGUSR2)
      args: [...(gcEvery > 0 ? ['--expose-gc', '--import', 'tsx', '--import', './bench/memory-probe.ts'] : ['--import', 'tsx']), 'src/main.ts'],
      cwd: API_DIR,
      env: {
        ...process.env,
        NODE_ENV: 'development',
        DATABASE_URL: dbUrl,
        HOST: '127.0.0.1',
        PORT: String(port),
        LOG_LEVEL: 'warn',
        DEMO_CLIENTS: '0',
        DB_POOL_MAX: String(poolMax),
        EXPOSE_SQL_COUNT: 'false',
        ENABLE_TEST_HOOKS: 'false',
        TEST_SLOW_JOB_MS: '0',
        MEMORY_PROBE_FILE: probeFile,
        ...(values.snapshots ? { MEMORY_PROBE_SNAPSHOTS: resolve(values.snapshots) } : {}),
      },
      url: `http://127.0.0.1:${port}/graphql`,
      ready: async () => (await fetch(`http://127.0.0.1:${port}/readyz`)).ok,
    });
    children.push(ours);
  }
  if (sides.includes('theirs')) {
    const port = await freePort();
    const theirsUrl = `http://127.0.0.1:${port}/graphql`;
    theirs = await startChild({
      name: 'PostGraphile',
      args: ['--import', 'tsx', 'bench/postgraphile-server.ts'],
      cwd: API_DIR,
      env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: dbUrl, PORT: String(port), POOL_MAX: String(poolMax) },
      url: theirsUrl,
      // the schema is built on the first request
      ready: async () => (await post(theirsUrl, {}, { query: '{ __typename }' })).data?.__typename === 'Query',
    });
    children.push(theirs);
  }

  const headers: Record<Who, Record<string, string>> = { adviser: {}, manager: {} };
  if (ours) {
    for (const who of ['adviser', 'manager'] as const) {
      const r = await post(ours.url, {}, {
        query: 'mutation SignIn($input: SignInInput!) { signIn(input: $input) { token } }',
        variables: { input: { email: `${who}@demo.local`, password: DEMO_PASSWORD } },
      });
      if (!r.data?.signIn?.token) throw new Error(`sign-in as ${who} failed: ${JSON.stringify(r.errors)}`);
      headers[who] = { authorization: `Bearer ${r.data.signIn.token}` };
    }
  }

  // once per request: both sides answer without errors, and the same ids in the same order
  const rows: Record<string, number> = {};
  for (const req of requests) {
    const got: Partial<Record<'ours' | 'theirs', string[]>> = {};
    if (ours) got.ours = req.oursIds(await answer(ours.url, headers[req.as], req.ours(fixture), `${req.name} (ours)`));
    if (theirs) got.theirs = req.theirsIds(await answer(theirs.url, {}, req.theirs(fixture), `${req.name} (PostGraphile)`));
    if (got.ours && got.theirs && JSON.stringify(got.ours) !== JSON.stringify(got.theirs)) {
      const i = got.ours.findIndex((id, n) => id !== got.theirs![n]);
      throw new Error(`${req.name}: the two sides answer different rows (${got.ours.length} vs ${got.theirs.length} ids; first difference at ${i}: ${got.ours[i]} vs ${got.theirs[i]})`);
    }
    rows[req.name] = (got.ours ?? got.theirs)!.length;
    if (rows[req.name] === 0) log(`warning: ${req.name} answers no rows at this size`);
  }
  const ids = requests.map((r) => `${r.name} ${rows[r.name]}`).join(', ');
  log(sides.length === 2 ? `same ids on both sides: ${ids}` : `answers without errors (${sides[0]} only, nothing to compare): ${ids}`);

  // our API's memory through the load: a sample a second
  const rss: { t: number; mib: number }[] = [];
  const started = Date.now();
  const sample = () => {
    const mib = memoryMiB(ours?.proc.pid);
    if (mib !== null) rss.push({ t: Math.round((Date.now() - started) / 1000), mib });
  };
  sample();
  const sampler = setInterval(sample, 1000);
  // and the heap left after a full collection, at the start, every --gc-every seconds and at the end
  const heap: { t: number; heapUsedMiB: number; heapTotalMiB: number; externalMiB: number; rssMiB: number }[] = [];
  let probing: Promise<void> = Promise.resolve();
  const probeHeap = (snapshot = false) => {
    if (!ours || gcEvery <= 0) return probing;
    probing = probing.then(async () => {
      const m = await probe(ours!, snapshot && !!values.snapshots);
      if (m.snapshot) log(`heap snapshot ${m.snapshot}`);
      heap.push({ t: Math.round((Date.now() - started) / 1000), heapUsedMiB: m.heapUsed / 2 ** 20, heapTotalMiB: m.heapTotal / 2 ** 20, externalMiB: m.external / 2 ** 20, rssMiB: m.rss / 2 ** 20 });
    });
    return probing;
  };
  await probeHeap(true);
  const prober = gcEvery > 0 ? setInterval(() => void probeHeap(), gcEvery * 1000) : undefined;

  type Stats = { reqPerSec: number; p50: number; p99: number; errors: number; non2xx: number };
  const results = new Map<string, Partial<Record<'ours' | 'theirs', Stats[]>>>();
  for (let round = 0; round < rounds; round++) {
    for (const [i, req] of requests.entries()) {
      // alternate who goes first, so neither side always follows the other's load
      const order = (round + i) % 2 === 0 ? sides : [...sides].reverse();
      for (const side of order) {
        const target = side === 'ours' ? ours! : theirs!;
        const body = JSON.stringify(side === 'ours' ? req.ours(fixture) : req.theirs(fixture));
        const h = { 'content-type': 'application/json', ...(side === 'ours' ? headers[req.as] : {}) };
        if (warmup > 0) await load(target.url, h, body, warmup);
        const r = await load(target.url, h, body, duration);
        const stats: Stats = { reqPerSec: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx };
        if (stats.errors || stats.non2xx) log(`warning: ${req.name} ${side}: ${stats.errors} errors, ${stats.non2xx} non-2xx answers`);
        log(`round ${round + 1} ${req.name.padEnd(12)} ${side.padEnd(6)} ${stats.reqPerSec.toFixed(1)} req/s p50 ${stats.p50} ms p99 ${stats.p99} ms`);
        const entry = results.get(req.name) ?? {};
        (entry[side] ??= []).push(stats);
        results.set(req.name, entry);
      }
    }
  }
  clearInterval(sampler);
  clearInterval(prober);
  await probing;
  sample();
  // the answers autocannon stopped waiting for finish first, so the last heap holds no request
  await new Promise((r) => setTimeout(r, 5000));
  await probeHeap(true);
  const peak = memoryMiB(ours?.proc.pid, 'VmHWM');

  // the mean over rounds of each figure
  const mean = (xs: Stats[] | undefined, k: keyof Stats) => (xs?.length ? xs.reduce((s, x) => s + x[k], 0) / xs.length : null);
  const fmt = (n: number | null, d = 0) => (n === null ? '–' : n.toFixed(d));
  const table = [
    '| request | ids | ours req/s | ours p50 ms | ours p99 ms | PostGraphile req/s | PostGraphile p50 ms | PostGraphile p99 ms | ours/theirs req/s |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const json: Record<string, unknown>[] = [];
  for (const req of requests) {
    const e = results.get(req.name)!;
    const o = { reqPerSec: mean(e.ours, 'reqPerSec'), p50: mean(e.ours, 'p50'), p99: mean(e.ours, 'p99') };
    const t = { reqPerSec: mean(e.theirs, 'reqPerSec'), p50: mean(e.theirs, 'p50'), p99: mean(e.theirs, 'p99') };
    const ratio = o.reqPerSec !== null && t.reqPerSec ? o.reqPerSec / t.reqPerSec : null;
    table.push(`| ${req.name} | ${rows[req.name]} | ${fmt(o.reqPerSec, 1)} | ${fmt(o.p50)} | ${fmt(o.p99)} | ${fmt(t.reqPerSec, 1)} | ${fmt(t.p50)} | ${fmt(t.p99)} | ${fmt(ratio, 2)} |`);
    json.push({ request: req.name, what: req.what, rows: rows[req.name], ours: e.ours ?? null, theirs: e.theirs ?? null, oursMean: o, theirsMean: t, ratio });
  }
  const memory = ours ? { startMiB: rss[0]?.mib ?? null, endMiB: rss.at(-1)?.mib ?? null, maxSampledMiB: rss.length ? Math.max(...rss.map((s) => s.mib)) : null, peakMiB: peak } : null;
  const lines = [
    `${clients} clients × ${days} days; ${connections} connections, ${duration} s per request and side after ${warmup} s of warm-up, ${rounds} round(s); figures are means over rounds`,
    '',
    ...table,
    '',
    memory
      ? `our API's resident memory (VmRSS): ${fmt(memory.startMiB)} MiB at the start of the load, ${fmt(memory.endMiB)} MiB at the end (highest sample ${fmt(memory.maxSampledMiB)} MiB, peak VmHWM ${fmt(memory.peakMiB)} MiB, over ${rss.at(-1)?.t ?? 0} s)`
      : '',
    // the floor of each minute (the samples between collections) shows a trend a single end sample hides
    memory && rss.at(-1)!.t >= 120 ? `lowest sample per minute: ${perMinuteFloor(rss).map((m) => fmt(m)).join(', ')} MiB` : '',
    heap.length >= 2
      ? `V8 heap used after a full GC: ${fmt(heap[0]!.heapUsedMiB, 1)} MiB at the start, ${fmt(heap.at(-1)!.heapUsedMiB, 1)} MiB at the end (heap reserved ${fmt(heap[0]!.heapTotalMiB)} → ${fmt(heap.at(-1)!.heapTotalMiB)} MiB, external ${fmt(heap[0]!.externalMiB, 1)} → ${fmt(heap.at(-1)!.externalMiB, 1)} MiB, resident ${fmt(heap[0]!.rssMiB)} → ${fmt(heap.at(-1)!.rssMiB)} MiB); every ${gcEvery} s: ${heap.map((h) => fmt(h.heapUsedMiB, 1)).join(', ')} MiB`
      : '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  if (values.json) {
    writeFileSync(values.json, `${JSON.stringify({ clients, days, connections, duration, warmup, rounds, fixture, results: json, memory: memory && { ...memory, samples: rss, heapAfterGc: heap } }, null, 2)}\n`);
    log(`wrote ${values.json}`);
  }
} catch (err) {
  // said before the database is dropped under whatever still runs in it
  log(`failed: ${(err as Error).stack ?? String(err)}`);
  throw err;
} finally {
  for (const c of children) await c.stop().catch(() => {});
  rmSync(probeFile, { force: true });
  rmSync(`${probeFile}.snapshot`, { force: true });
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
  await server.stop();
}
process.exit(0);

/** Asks our API's memory probe for a full GC and its memory (bench/memory-probe.ts): SIGUSR2, then the file it writes. */
async function probe(target: Child, snapshot: boolean): Promise<{ rss: number; heapUsed: number; heapTotal: number; external: number; snapshot?: string }> {
  rmSync(probeFile, { force: true });
  if (snapshot) writeFileSync(`${probeFile}.snapshot`, '');
  else rmSync(`${probeFile}.snapshot`, { force: true });
  target.proc.kill('SIGUSR2');
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    if (!existsSync(probeFile)) continue;
    try {
      return JSON.parse(readFileSync(probeFile, 'utf8'));
    } catch {
      // half written: read again
    }
  }
  throw new Error('our API did not answer the memory probe');
}

/** The demo adviser, the manager's branch, the adviser's largest client, the branch's commonest surname. */
async function lookUp(db: pg.Client): Promise<Fixture> {
  const one = async (sql: string, params: unknown[] = []) => {
    const r = (await db.query(sql, params)).rows[0];
    if (!r) throw new Error(`nothing found for: ${sql}`);
    return r;
  };
  const adviserId = (await one(`select id from staff where email = 'adviser@demo.local'`)).id;
  const branchId = (await one(`select branch_id from staff where email = 'manager@demo.local'`)).branch_id;
  const clientId = (await one('select id from client where adviser_id = $1 order by latest_total_assets desc nulls last, id limit 1', [adviserId])).id;
  const search = (await one(
    'select left(name, 1) as s, count(*) from client where branch_id = $1 group by 1 order by 2 desc, 1 limit 1', [branchId],
  )).s;
  return { adviserId, branchId, clientId, search, asOf: businessDay() };
}

function perMinuteFloor(samples: { t: number; mib: number }[]): number[] {
  const floors: number[] = [];
  for (const s of samples) {
    const m = Math.floor(s.t / 60);
    floors[m] = Math.min(floors[m] ?? Infinity, s.mib);
  }
  return floors.filter((f) => f !== undefined);
}

async function post(url: string, headers: Record<string, string>, body: unknown): Promise<{ data?: any; errors?: unknown[] }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return (await res.json()) as { data?: any; errors?: unknown[] };
}

async function answer(url: string, headers: Record<string, string>, body: { query: string; variables: Record<string, unknown> }, label: string) {
  const r = await post(url, headers, body);
  if (r.errors?.length || !r.data) throw new Error(`${label} answered errors: ${JSON.stringify(r.errors)}`);
  return r.data;
}

function load(url: string, headers: Record<string, string>, body: string, seconds: number) {
  return autocannon({ url, method: 'POST', headers, body, connections, duration: seconds });
}

