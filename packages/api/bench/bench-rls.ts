import 'reflect-metadata';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { loadConfig } from '../src/config.js';
import { openDatabase, seedDemoData } from '../src/boot.js';
import { initOrm, migrate } from '../src/db/orm.js';
import { DEMO_DEFAULTS } from '../src/demo/demo-data.js';
import { businessDay } from '../src/shared/time.js';
import { clientScopeOf, scopeSql } from '../src/modules/auth/access/client-scope.js';
import { ACT_AS_SQL, actAsParams } from '../src/modules/auth/access/acting-transaction.js';
import type { Viewer } from '../src/modules/auth/viewer.js';

// What row-level security costs the two pages people use most. A fresh database with the demo
// dataset (--clients, --days); then for an adviser, a manager and head office, the statements of
// the book (clients, first 50, with its count) and of the client page (the client, tier history,
// 50 service logs, 365 days of assets, points balance), --runs times each way, alternating:
//   owner  the connecting user with the API's own scope filter (RLS does not apply to the owner)
//   rls    the same statements as the request's role (crm_api_adviser / crm_api_branch; crm_api_all for head office) with its
//          settings (the API's filter AND RLS)
// Prints the total time of each way per page and the ratio rls / owner.
//   DATABASE_URL=… npx -y pnpm@10 --filter @crm/api run bench:rls -- --clients 3000 --days 365 --runs 200
const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: { clients: { type: 'string', default: '3000' }, days: { type: 'string', default: '365' }, runs: { type: 'string', default: '200' } },
});
const clients = Number(values.clients);
const days = Number(values.days);
const runs = Number(values.runs);

const config = loadConfig();
const server = await openDatabase(config);
const admin = new pg.Client({ connectionString: server.url });
await admin.connect();
const name = `crm_bench_rls_${process.pid}`;
await admin.query(`create database ${name}`);
const url = new URL(server.url);
url.pathname = `/${name}`;
const dbUrl = url.toString();

const pgParams = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

try {
  const orm = await initOrm(dbUrl, { poolMax: 2 });
  await migrate(orm, dbUrl);
  await orm.close(true);
  process.stdout.write(`generating ${clients} clients × ${days} days…\n`);
  await seedDemoData(dbUrl, { ...DEMO_DEFAULTS, clients, days, asOf: businessDay() });
  const db = new pg.Client({ connectionString: dbUrl });
  await db.connect();
  await db.query('vacuum analyze');

  const viewerOf = async (email: string): Promise<Viewer> => {
    const r = (await db.query('select id, name, email, role, branch_id from staff where email = $1', [email])).rows[0];
    return { id: r.id, name: r.name, email: r.email, role: r.role, branchId: r.branch_id };
  };

  const book = async (viewer: Viewer) => {
    const w = scopeSql(clientScopeOf(viewer));
    await db.query(pgParams(`select c.* from client c where ${w.sql} order by c.latest_total_assets desc nulls last, c.id limit 51`), w.params);
    await db.query(pgParams(`select count(*) from client c where ${w.sql}`), w.params);
  };
  const page = async (viewer: Viewer, clientId: string) => {
    const w = scopeSql(clientScopeOf(viewer));
    await db.query(pgParams(`select c.* from client c where c.id = ? and ${w.sql}`), [clientId, ...w.params]);
    await db.query(pgParams(`select c.id from client c where c.id in (?) and (${w.sql})`), [clientId, ...w.params]);
    await db.query('select tc.*, p.version from tier_change tc join tier_policy p on p.id = tc.policy_id where tc.client_id = $1 order by tc.effective_on desc', [clientId]);
    await db.query(`select * from (select l.*, row_number() over (partition by l.client_id order by l.occurred_at desc, l.id desc) as n
      from service_log l where l.client_id = $1) r where n <= 50`, [clientId]);
    await db.query('select day, total_assets from daily_metric where client_id = $1 and day > $2::date - 365 order by day', [clientId, businessDay()]);
    await db.query('select client_id, coalesce(sum(delta), 0) from points_entry where client_id = $1 group by client_id', [clientId]);
  };
  const timed = async (viewer: Viewer, rls: boolean, fn: () => Promise<void>) => {
    await db.query('begin');
    if (rls) await db.query(pgParams(ACT_AS_SQL), actAsParams(viewer));
    const t = process.hrtime.bigint();
    await fn();
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    await db.query('rollback');
    return ms;
  };

  const lines: string[] = [];
  let totalOwner = 0;
  let totalRls = 0;
  for (const email of ['adviser@demo.local', 'manager@demo.local', 'head@demo.local']) {
    const viewer = await viewerOf(email);
    const w = scopeSql(clientScopeOf(viewer));
    const clientId = (await db.query(pgParams(`select c.id from client c where ${w.sql} order by c.latest_total_assets desc nulls last limit 1`), w.params)).rows[0].id;
    for (const [label, fn] of [['book', () => book(viewer)], ['client page', () => page(viewer, clientId)]] as const) {
      for (let i = 0; i < 10; i++) await timed(viewer, i % 2 === 0, fn); // warm-up
      let owner = 0;
      let rls = 0;
      for (let i = 0; i < runs; i++) {
        owner += await timed(viewer, false, fn);
        rls += await timed(viewer, true, fn);
      }
      totalOwner += owner;
      totalRls += rls;
      lines.push(`${viewer.role.padEnd(12)} ${label.padEnd(12)} owner ${(owner / runs).toFixed(2)} ms  rls ${(rls / runs).toFixed(2)} ms  ratio ${(rls / owner).toFixed(3)}`);
    }
  }
  lines.push(`all          ${''.padEnd(12)} ratio ${(totalRls / totalOwner).toFixed(3)} (${runs} runs each way)`);
  process.stdout.write(`${lines.join('\n')}\n`);
  await db.end();
} finally {
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
}
process.exit(0);
