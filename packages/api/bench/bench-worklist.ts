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
import { WORKLIST_START, worklistParams, worklistReferenceSql, worklistSql, type WorklistKey } from '../src/modules/service-levels/service-levels.sql.js';
import type { Viewer } from '../src/modules/auth/viewer.js';

// The worklist at scale: the read model (worklist_item) against the query-time computation it
// replaced (worklistReferenceSql), for an adviser (~500 clients) and a branch manager (~250k),
// each as its request role (crm_api_adviser / crm_api_branch, with the API's scope filter AND
// RLS). A scratch database: migrations and a small demo org, then --clients clients generated in
// SQL over 4 branches × 500 advisers (tiers, a tier change each, 1–3 deliveries per entitlement
// with the last one 0–2 periods ago, some unanswered, open and done follow-ups), loaded with the
// triggers off and then backfilled as the migration does (timed). Prints one EXPLAIN (ANALYZE,
// BUFFERS) per statement and the median of --runs runs (first page, 51 rows, with the count);
// drops the database at the end.
//   DATABASE_URL=… npx -y pnpm@10 --filter @crm/api run bench:worklist -- --clients 1000000 --runs 20
const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    clients: { type: 'string', default: '1000000' }, runs: { type: 'string', default: '20' },
    'old-runs': { type: 'string', default: '3' }, keep: { type: 'boolean', default: false },
    // measure again on a database an earlier --keep run left (generation takes minutes)
    reuse: { type: 'string' },
    // also time the read model's page N (50 rows a page) of each scope
    page: { type: 'string', default: '200' },
  },
});
const clients = Number(values.clients);
const runs = Number(values.runs);
const oldRuns = Number(values['old-runs']);
const deepPage = Number(values.page);

const config = loadConfig();
const server = await openDatabase(config);
const admin = new pg.Client({ connectionString: server.url });
await admin.connect();
const name = values.reuse ?? `crm_bench_worklist_${process.pid}`;
if (!values.reuse) await admin.query(`create database ${name}`);
const url = new URL(server.url);
url.pathname = `/${name}`;
const dbUrl = url.toString();

const pgParams = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};
const out = (s: string) => process.stdout.write(`${s}\n`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const GENERATE = [
  `insert into branch (code, name, city) select 'BW' || b, '压测营业部' || b, '上海' from generate_series(1, 4) b`,
  `insert into staff (email, name, role, branch_id, password_hash)
   select 'bw-adviser' || a || '@bench.local', '理财顾问' || a, 'ADVISER', (select id from branch where code = 'BW' || (1 + (a - 1) / 500)), 'x'
     from generate_series(1, 2000) a`,
  `insert into staff (email, name, role, branch_id, password_hash)
   select 'bw-manager' || b || '@bench.local', '营业部经理' || b, 'MANAGER', (select id from branch where code = 'BW' || b), 'x'
     from generate_series(1, 4) b`,
  `create temp table adv as select row_number() over (order by email) - 1 as n, id, branch_id from staff where email like 'bw-adviser%'`,
  `create temp table tiers as
   select t.id, t.code, t.policy_id from tier t join tier_policy p on p.id = t.policy_id and p.status = 'ACTIVE'`,
  // status: 2% closed, 3% dormant; tier mix 50/30/15/5 (CHANNEL/INFO/CLASSIC/BUTLER)
  `insert into client (account_no, name, id_number, phone, branch_id, adviser_id, status, risk_level, investment_style,
                       opened_on, current_tier_id, latest_total_assets, latest_metrics_on)
   select (700000000000 + i)::text, '压测客户' || i, '440301199001010000', '13800000000', a.branch_id, a.id,
          case when i % 50 = 0 then 'CLOSED' when i % 33 = 0 then 'DORMANT' else 'ACTIVE' end, 'C3', 'MID_TERM',
          current_date - (200 + (i * 7919) % 1600)::int,
          case when i % 50 = 0 then null else (select id from tiers where code =
            case when (i * 31) % 100 < 50 then 'CHANNEL' when (i * 31) % 100 < 80 then 'INFO' when (i * 31) % 100 < 95 then 'CLASSIC' else 'BUTLER' end) end,
          round((random() * random() * 20000000)::numeric, 2), current_date
     from generate_series(1, ${clients}::bigint) i
     join adv a on a.n = i % 2000`,
  // onboarding into the tier on the opening day; a fifth changed tier code since (a review)
  `insert into tier_change (client_id, to_tier_id, policy_id, reason, effective_on)
   select c.id, c.current_tier_id, t.policy_id, 'ONBOARDING', c.opened_on from client c join tiers t on t.id = c.current_tier_id
    where c.account_no like '7%'`,
  `insert into tier_change (client_id, from_tier_id, to_tier_id, policy_id, reason, effective_on)
   select c.id, (select id from tiers where code = 'CHANNEL'), c.current_tier_id, t.policy_id, 'SCHEDULED_REVIEW', current_date - (c.account_no::bigint % 200)::int
     from client c join tiers t on t.id = c.current_tier_id
    where c.account_no like '7%' and t.code <> 'CHANNEL' and c.account_no::bigint % 5 = 0`,
  // 1–3 deliveries per entitlement, the last one 0–2 periods ago; a tenth unanswered
  `insert into service_log (client_id, adviser_id, occurred_at, channel, kind, offering_id, summary, outcome)
   select c.id, c.adviser_id,
          now() - ((k - 1) * e.every_days + (abs(hashtext(c.id::text || e.offering_id::text)) % (2 * e.every_days))) * interval '1 day' - interval '3 hours',
          'PHONE', 'ADVISORY', e.offering_id, '压测服务记录',
          case when abs(hashtext(c.id::text || k)) % 10 = 0 then 'NO_ANSWER' else 'RESOLVED' end
     from client c
     join tier_entitlement e on e.tier_id = c.current_tier_id
     cross join generate_series(1, 3) k
    where c.account_no like '7%' and k <= 1 + abs(hashtext(c.id::text || e.offering_id::text || 'n')) % 3`,
  // follow-ups: one client in 20 has one, a third of them done
  `insert into follow_up (client_id, service_log_id, adviser_id, due_on, status, closed_at)
   select l.client_id, l.id, l.adviser_id, current_date + (abs(hashtext(l.id::text)) % 40) - 20,
          case when abs(hashtext(l.id::text)) % 3 = 0 then 'DONE' else 'OPEN' end,
          case when abs(hashtext(l.id::text)) % 3 = 0 then now() end
     from (select distinct on (l.client_id) l.* from service_log l join client c on c.id = l.client_id
            where c.account_no like '7%' and c.account_no::bigint % 20 = 0 order by l.client_id, l.occurred_at desc) l`,
];

try {
  const db = new pg.Client({ connectionString: dbUrl });
  if (!values.reuse) {
    const orm = await initOrm(dbUrl, { poolMax: 2 });
    await migrate(orm, dbUrl);
    await orm.close(true);
    await seedDemoData(dbUrl, { ...DEMO_DEFAULTS, clients: 100, days: 30, asOf: businessDay() });
    await db.connect();
    out(`generating ${clients} clients (triggers off)…`);
    await db.query("set session_replication_role = 'replica'");
    for (const sql of GENERATE) {
      const t = Date.now();
      const r = await db.query(sql);
      out(`  ${r.rowCount ?? 0} rows, ${((Date.now() - t) / 1000).toFixed(1)} s: ${sql.replace(/\s+/g, ' ').slice(0, 70)}…`);
    }
    await db.query("set session_replication_role = 'origin'");
    await db.query('analyze');
    // the migration's backfill, on the generated rows
    let t = Date.now();
    await db.query('select worklist_sync_clients(array(select id from client where account_no like $1 and current_tier_id is not null))', ['7%']);
    await db.query(`insert into worklist_item (client_id, kind, ref_id, adviser_id, branch_id, latest_total_assets, due_on, tiebreak)
      select f.client_id, 'FOLLOW_UP', f.id, c.adviser_id, c.branch_id, c.latest_total_assets, f.due_on, f.id::text
        from follow_up f join client c on c.id = f.client_id where f.status = 'OPEN' and c.account_no like '7%'`);
    out(`backfill (worklist_sync_clients over the generated clients + open follow-ups): ${((Date.now() - t) / 1000).toFixed(1)} s`);
    t = Date.now();
    await db.query('vacuum analyze');
    out(`vacuum analyze: ${((Date.now() - t) / 1000).toFixed(1)} s`);
  } else {
    // migrations added since the database was kept (timed: they may rewrite worklist_item)
    const t = Date.now();
    const orm = await initOrm(dbUrl, { poolMax: 2 });
    await migrate(orm, dbUrl);
    await orm.close(true);
    out(`pending migrations: ${((Date.now() - t) / 1000).toFixed(1)} s`);
    await db.connect();
    await db.query('analyze worklist_item');
  }
  const sizes = (await db.query(`select (select count(*) from client) as clients, (select count(*) from service_log) as logs,
    (select count(*) from worklist_item) as items, pg_size_pretty(pg_total_relation_size('worklist_item')) as item_size`)).rows[0];
  out(`clients ${sizes.clients}, service logs ${sizes.logs}, worklist items ${sizes.items} (${sizes.item_size} with indexes)`);

  const viewerOf = async (email: string): Promise<Viewer> => {
    const r = (await db.query('select id, name, email, role, branch_id from staff where email = $1', [email])).rows[0];
    return { id: r.id, name: r.name, email: r.email, role: r.role, branchId: r.branch_id };
  };
  const asOf = businessDay();
  const statements = (viewer: Viewer, deepAfter: WorklistKey) => {
    const owner = scopeSql(clientScopeOf(viewer), 'c');
    const item = scopeSql(clientScopeOf(viewer), 'w');
    const kind = clientScopeOf(viewer).kind;
    const counted = kind === 'BRANCH' || kind === 'ALL' ? scopeSql(clientScopeOf(viewer), 'k') : null;
    return {
      old: { sql: pgParams(worklistReferenceSql(owner.sql)), params: [asOf, ...owner.params, 51, 0] },
      new: { sql: pgParams(worklistSql(item.sql, counted?.sql ?? null)), params: worklistParams(asOf, item.params, counted?.params ?? item.params, 51, WORKLIST_START) },
      deep: { sql: pgParams(worklistSql(item.sql, counted?.sql ?? null)), params: worklistParams(asOf, item.params, counted?.params ?? item.params, 51, deepAfter) },
      // the pages before page N in one statement (untimed): its last item's key is page N's cursor
      before: { sql: pgParams(worklistSql(item.sql, counted?.sql ?? null)), params: worklistParams(asOf, item.params, counted?.params ?? item.params, (deepPage - 1) * 50, WORKLIST_START) },
    };
  };
  const asRole = async <T>(viewer: Viewer, fn: () => Promise<T>): Promise<T> => {
    await db.query('begin');
    try {
      await db.query(pgParams(ACT_AS_SQL), actAsParams(viewer));
      return await fn();
    } finally {
      await db.query('rollback');
    }
  };

  const summary: string[] = [];
  for (const email of ['bw-adviser1@bench.local', 'bw-manager1@bench.local', 'head@demo.local']) {
    const viewer = await viewerOf(email);
    const inScope = (await db.query(pgParams(`select count(*)::int as n from client c where ${scopeSql(clientScopeOf(viewer), 'c').sql}`),
      scopeSql(clientScopeOf(viewer), 'c').params)).rows[0].n;
    // head office: the read model only (the query-time computation over every client takes minutes)
    for (const which of viewer.role === 'HEAD_OFFICE' ? ['new', 'deep'] as const : ['new', 'deep', 'old'] as const) {
      const before = (await asRole(viewer, () => db.query(statements(viewer, WORKLIST_START).before.sql, statements(viewer, WORKLIST_START).before.params))).rows
        .filter((r) => r.client_id !== null);
      const last = before.at(-1);
      const deepAfter: WorklistKey = last
        ? { assetsKey: last.assets_key, dueOn: last.due_on, clientId: last.client_id, kind: last.kind, tiebreak: last.tiebreak }
        : WORKLIST_START;
      const s = statements(viewer, deepAfter)[which];
      const n = which === 'old' ? oldRuns : runs;
      const times: number[] = [];
      let total = 0;
      for (let i = 0; i < n + 1; i++) {
        const rows = await asRole(viewer, async () => {
          const started = process.hrtime.bigint();
          const r = await db.query(s.sql, s.params);
          if (i > 0) times.push(Number(process.hrtime.bigint() - started) / 1e6); // the first run warms the cache
          return r;
        });
        total = rows.rows[0]?.total;
      }
      const plan = await asRole(viewer, () => db.query(`explain (analyze, buffers) ${s.sql}`, s.params));
      const text = plan.rows.map((r) => r['QUERY PLAN']).join('\n');
      out(`\n=== ${viewer.role} (${inScope} clients in scope) ${which} worklist, as ${actAsParams(viewer)[0]} ===\n${text}`);
      summary.push(`${viewer.role.padEnd(8)} ${String(inScope).padStart(7)} clients  ${which === 'deep' ? `page ${deepPage}` : which}  total ${total}  median ${median(times).toFixed(1)} ms over ${n} runs  (explain: ${/Execution Time: ([\d.]+)/.exec(text)?.[1]} ms)`);
    }
  }
  out(`\n${summary.join('\n')}`);
  await db.end();
} finally {
  if (values.keep || values.reuse) out(`kept ${name}`);
  else await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
}
process.exit(0);
