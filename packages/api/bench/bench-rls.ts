import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { execute, parse, type DocumentNode } from 'graphql';
import pg from 'pg';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadConfig } from '../src/config.js';
import { openDatabase, seedDemoData } from '../src/boot.js';
import { initOrm, migrate } from '../src/db/orm.js';
import { DEMO_DEFAULTS } from '../src/demo/demo-data.js';
import { businessDay } from '../src/shared/time.js';
import { buildCrmSchema } from '../src/schema.js';
import { buildLoaders, type Context } from '../src/context.js';
import { beginActingTransaction, endActingTransaction } from '../src/modules/auth/access/acting-transaction.js';
import type { Viewer } from '../src/modules/auth/viewer.js';
import { BOOK, CLIENT_PAGE } from './page-documents.js';

// What row-level security costs the two pages people use most. A fresh database with the demo
// dataset (--clients, --days); then for an adviser, a manager and head office, the book (first 50
// with tier and total) and the client page (the web's client-page queries as one document), each
// executed in-process through the API's own schema, resolvers and loaders (the SQL the API really
// sends, prepared statements included), --runs times each way, alternating:
//   owner  the request's transaction with the acting settings but no role switch: the connecting
//          user owns the tables, so RLS does not apply; the API's own scope checks still run
//   rls    the request's transaction as the API runs it: the role of the viewer's scope
//          (crm_api_adviser / crm_api_branch / crm_api_all) with its settings, RLS on
// Each way runs on its own connection by default: a connection that keeps acting as one
// role keeps its prepared plans. With --one-pool both ways share one pool, so every statement is
// re-planned at each switch (PostgreSQL re-plans a statement whose plan depended on row-level
// security when the role changes): the worst case of a pool that alternates kinds of viewer.
// Not measured: HTTP and JSON, the same both ways. Prints the median of each way per page, their
// ratio rls / owner and the median of the ratios of back-to-back pairs; then the CPU time per page
// of each way (the API process's, plus its PostgreSQL backend's when the server is on this machine),
// which other load on the machine does not stretch as it does wall time; then the ratios of the sums.
//   DATABASE_URL=… npx -y pnpm@10 --filter @crm/api run bench:rls -- --clients 3000 --days 365 --runs 200
const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    clients: { type: 'string', default: '3000' },
    days: { type: 'string', default: '365' },
    runs: { type: 'string', default: '200' },
    reuse: { type: 'string' },
    'one-pool': { type: 'boolean', default: false },
  },
});
const clients = Number(values.clients);
const days = Number(values.days);
const runs = Number(values.runs);

const config = loadConfig();
const server = await openDatabase(config);
const admin = new pg.Client({ connectionString: server.url });
await admin.connect();
const name = values.reuse ?? `crm_bench_rls_${process.pid}`;
if (!values.reuse) await admin.query(`create database ${name}`);
const url = new URL(server.url);
url.pathname = `/${name}`;
const dbUrl = url.toString();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

try {
  if (!values.reuse) {
    const orm = await initOrm(dbUrl, { poolMax: 2 });
    await migrate(orm, dbUrl);
    await orm.close(true);
    process.stdout.write(`generating ${clients} clients × ${days} days…\n`);
    await seedDemoData(dbUrl, { ...DEMO_DEFAULTS, clients, days, asOf: businessDay() });
  }
  const db = new pg.Client({ connectionString: dbUrl });
  await db.connect();
  await db.query('vacuum analyze');
  // one connection per way (a request's statements all go through its transaction's connection
  // anyway), so each way's PostgreSQL backend process can be charged its CPU time
  const orm = await initOrm(dbUrl, { poolMax: 1 });
  const ownerOrm = values['one-pool'] ? orm : await initOrm(dbUrl, { poolMax: 1 });
  const backendOf = async (o: typeof orm) => Number((await o.em.fork().getConnection().execute<{ pid: number }[]>('select pg_backend_pid() as pid'))[0]!.pid);
  const rlsBackend = await backendOf(orm);
  const ownerBackend = await backendOf(ownerOrm);
  /** CPU seconds a local backend has used (Linux /proc; null when PostgreSQL runs elsewhere). */
  const backendCpu = (pid: number): number | null => {
    try {
      const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      return (Number(f[11]) + Number(f[12])) / 100; // utime + stime, in clock ticks of 10 ms
    } catch {
      return null;
    }
  };
  const schema = await buildCrmSchema();

  const viewerOf = async (email: string): Promise<Viewer> => {
    const r = (await db.query('select id, name, email, role, branch_id from staff where email = $1', [email])).rows[0];
    return { id: r.id, name: r.name, email: r.email, role: r.role, branchId: r.branch_id };
  };

  /** One page, as a request of `viewer` runs it; `rls: false` skips only the role switch. */
  const apiCpu = { owner: 0, rls: 0 };
  const timed = async (viewer: Viewer, rls: boolean, document: DocumentNode, variableValues: Record<string, unknown>) => {
    const t = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    const em = (rls ? orm : ownerOrm).em.fork() as EntityManager;
    if (rls) await beginActingTransaction(em, viewer);
    else {
      await em.begin();
      await em.getConnection().execute(
        "select set_config('crm.staff_id', ?, true), set_config('crm.role', ?, true), set_config('crm.branch_id', ?, true)",
        [viewer.id, viewer.role, viewer.branchId ?? ''], 'all', em.getTransactionContext(),
      );
    }
    const contextValue = { em, viewer, loaders: buildLoaders(em, viewer), requestId: 'bench', token: undefined } as unknown as Context;
    const result = await execute({ schema, document, variableValues, contextValue });
    await endActingTransaction(em, true);
    if (result.errors?.length) throw new Error(`${rls ? 'rls' : 'owner'}: ${result.errors[0]!.message}`);
    const used = process.cpuUsage(cpu);
    apiCpu[rls ? 'rls' : 'owner'] += (used.user + used.system) / 1e6;
    return Number(process.hrtime.bigint() - t) / 1e6;
  };

  const lines: string[] = [];
  const cpuTotals = { owner: 0, rls: 0 };
  let totalOwner = 0;
  let totalRls = 0;
  for (const email of ['adviser@demo.local', 'manager@demo.local', 'head@demo.local']) {
    const viewer = await viewerOf(email);
    const clientId = (await db.query(
      `select c.id from client c where ($1::text = 'HEAD_OFFICE' or c.branch_id = $2) and ($1::text <> 'ADVISER' or c.adviser_id = $3)
        order by c.latest_total_assets desc nulls last, c.id limit 1`,
      [viewer.role, viewer.branchId, viewer.id],
    )).rows[0].id;
    const pages: [string, DocumentNode, Record<string, unknown>][] = [
      ['book', parse(BOOK), { first: 50 }],
      ['client page', parse(CLIENT_PAGE), { id: clientId }],
    ];
    for (const [label, document, vars] of pages) {
      for (let i = 0; i < 20; i++) await timed(viewer, i % 2 === 0, document, vars); // warm-up: plans prepared on both connections
      const owner: number[] = [];
      const rls: number[] = [];
      apiCpu.owner = 0;
      apiCpu.rls = 0;
      const dbCpu0 = { owner: backendCpu(ownerBackend), rls: backendCpu(rlsBackend) };
      for (let i = 0; i < runs; i++) {
        // alternate which way goes first, so neither always follows the other
        if (i % 2 === 0) { owner.push(await timed(viewer, false, document, vars)); rls.push(await timed(viewer, true, document, vars)); }
        else { rls.push(await timed(viewer, true, document, vars)); owner.push(await timed(viewer, false, document, vars)); }
      }
      const o = median(owner);
      const r = median(rls);
      // each pair ran back to back: the median of their ratios shrugs off load that comes and goes
      const paired = median(rls.map((x, i) => x / owner[i]!));
      totalOwner += o;
      totalRls += r;
      // CPU time does not stretch when other work shares the machine, wall time does: the API
      // process's CPU per way plus (PostgreSQL on this machine, one pool each) its backend's
      const dbOwner = (backendCpu(ownerBackend) ?? NaN) - (dbCpu0.owner ?? NaN);
      const dbRls = (backendCpu(rlsBackend) ?? NaN) - (dbCpu0.rls ?? NaN);
      const cpuOwner = (apiCpu.owner + (Number.isNaN(dbOwner) ? 0 : dbOwner)) / runs * 1000;
      const cpuRls = (apiCpu.rls + (Number.isNaN(dbRls) ? 0 : dbRls)) / runs * 1000;
      cpuTotals.owner += cpuOwner;
      cpuTotals.rls += cpuRls;
      lines.push(`${viewer.role.padEnd(12)} ${label.padEnd(12)} wall: owner ${o.toFixed(2)} ms  rls ${r.toFixed(2)} ms  ratio ${(r / o).toFixed(3)}  paired ${paired.toFixed(3)}`
        + ` | cpu${Number.isNaN(dbOwner) || values['one-pool'] ? ' (API only)' : ' (API + PostgreSQL)'}: owner ${cpuOwner.toFixed(2)} ms  rls ${cpuRls.toFixed(2)} ms  ratio ${(cpuRls / cpuOwner).toFixed(3)}`);
    }
  }
  lines.push(`all          ${''.padEnd(12)} wall ratio ${(totalRls / totalOwner).toFixed(3)} (medians of ${runs} runs each way, ${values['one-pool'] ? 'one pool' : 'a pool each'}) | cpu ratio ${(cpuTotals.rls / cpuTotals.owner).toFixed(3)}`);
  process.stdout.write(`${lines.join('\n')}\n`);
  await orm.close(true);
  if (ownerOrm !== orm) await ownerOrm.close(true);
  await db.end();
} finally {
  if (!values.reuse) await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
}
process.exit(0);
