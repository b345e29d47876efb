import 'reflect-metadata';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { initOrm } from '../src/db/orm.js';
import { ACT_AS_SQL, actAsParams, beginActingTransaction } from '../src/modules/auth/access/acting-transaction.js';
import { clientScopeOf } from '../src/modules/auth/access/client-scope.js';
import type { Viewer } from '../src/modules/auth/viewer.js';
import { bookPageSql, bookWhere, countSql, listClients, nameSearchOf } from '../src/modules/clients/client.service.js';
import { SORT_KEYS } from '../src/modules/clients/client-list.sql.js';
import { CLIENT_ORDERS, ClientsArgs, type ClientFilter, type ClientOrder } from '../src/modules/clients/dto/clients.args.js';

// The book's statements on an existing database, as the request's role with its row-level
// security (crm_api_adviser / crm_api_branch / crm_api_all and their settings, as the API acts):
// for an adviser with the largest book, the manager of the largest branch and head office, every
// sort on page one and deep (a cursor --depth-fraction into the list), the filters and each kind
// of search. Per case: the median of --runs calls of the service (listClients: page + count, in a
// transaction acting as the viewer), the page statement's EXPLAIN (ANALYZE, BUFFERS) execution
// time, buffers and the indexes its plan reads. --plans prints the whole plans (page and count).
//   DATABASE_URL=… npx -y pnpm@10 --filter @crm/api run bench:explain-client-list -- --runs 21 [--plans] [--only head] [--cases 'regex of labels']
// A database at scale: packages/api/bench/client-list-scale.sql.
const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    runs: { type: 'string', default: '21' },
    plans: { type: 'boolean', default: false },
    only: { type: 'string' },
    'depth-fraction': { type: 'string', default: '0.4' },
    cases: { type: 'string' },
  },
});
const runs = Number(values.runs);
const url = process.env['DATABASE_URL'];
if (!url) throw new Error('set DATABASE_URL');

const db = new pg.Client({ connectionString: url });
await db.connect();
const orm = await initOrm(url, { poolMax: 2 });
const pgParams = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

const viewerWhere = async (where: string): Promise<Viewer> => {
  const r = (await db.query(`select s.id, s.name, s.email, s.role, s.branch_id from staff s ${where} limit 1`)).rows[0];
  if (!r) throw new Error(`no staff ${where}`);
  return { id: r.id, name: r.name, email: r.email, role: r.role, branchId: r.branch_id };
};
const viewers: [string, Viewer][] = [
  ['adviser', await viewerWhere(`where role = 'ADVISER' order by (select count(*) from client c where c.adviser_id = s.id) desc`)],
  ['manager', await viewerWhere(`where role = 'MANAGER' order by (select count(*) from client c where c.branch_id = s.branch_id) desc`)],
  ['head', await viewerWhere(`where role = 'HEAD_OFFICE'`)],
];

// search texts that exist: a name fragment, initials, an account prefix, phone digits
const sample = (await db.query(`select name, name_initials, account_no, right(regexp_replace(phone, '\\D', '', 'g'), 4) as last4
                                  from client where length(name) >= 3 and name_initials is not null order by id limit 1`)).rows[0];
// and from the generated clients (client-list-scale.sql: no initials until the backfill): a rare
// pair, a common surname, three characters
const scaleName = String((await db.query(`select name from client where length(name) >= 3 and account_no like '8%' order by id limit 1`)).rows[0]?.name ?? sample.name);
const tier = (await db.query(`select t.code from tier t join tier_policy p on p.id = t.policy_id where p.status = 'ACTIVE' order by t.rank desc limit 1`)).rows[0];
const searches: [string, ClientFilter][] = [
  ['search name 2 chars', { search: String(sample.name).slice(1, 3) }],
  ['search name 1 char', { search: String(sample.name).slice(0, 1) }],
  ['search scale name 2 chars', { search: scaleName.slice(1, 3) }],
  ['search scale name 1 char', { search: scaleName.slice(0, 1) }],
  ['search scale name 3 chars', { search: scaleName.slice(0, 3) }],
  ['search initials', { search: sample.name_initials }],
  ['search account prefix', { search: String(sample.account_no).slice(0, 9) }],
  ['search phone last 4', { search: sample.last4 }],
  ['filter status DORMANT', { status: 'DORMANT' }],
  ['filter status TRANSFERRED_OUT', { status: 'TRANSFERRED_OUT' }],
  ['filter top tier', { tierCode: tier?.code }],
];

/** The book's condition as the service builds it (a name search's lookup decided by the same probe). */
async function whereOf(viewer: Viewer, filter: ClientFilter | undefined) {
  const scope = clientScopeOf(viewer);
  const run = async <T>(sql: string, params: unknown[]) => (await db.query(pgParams(sql), params)).rows as T[];
  const name = await nameSearchOf(run, scope, filter);
  return { where: bookWhere(scope, filter, name?.lookup), name };
}

async function acting<T>(viewer: Viewer, fn: () => Promise<T>): Promise<T> {
  await db.query('begin');
  try {
    await db.query(pgParams(ACT_AS_SQL), actAsParams(viewer));
    return await fn();
  } finally {
    await db.query('rollback');
  }
}

/** A cursor `fraction` of the way into the viewer's list (found as the owner, with offset: once). */
async function cursorAt(viewer: Viewer, order: ClientOrder, filter: ClientFilter | undefined, fraction: number) {
  const { where } = await whereOf(viewer, filter);
  const n = (await db.query(pgParams(countSql.exact(where)), where.params)).rows[0].n as number;
  const k = SORT_KEYS[order];
  const r = (await db.query(pgParams(`select (${k.expr})::text as key, c.id from client c where ${where.sql}
    order by ${k.expr} ${k.dir}, c.id ${k.dir} offset ${Math.floor(n * fraction)} limit 1`), where.params)).rows[0];
  return { cursor: r ? Buffer.from(`k1:${order}:${r.id}:${r.key}`).toString('base64url') : undefined, depth: Math.floor(n * fraction) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function measure(label: string, viewer: Viewer, order: ClientOrder, filter: ClientFilter | undefined, after: string | undefined) {
  if (values.cases && !new RegExp(values.cases).test(label)) return;
  const args = Object.assign(new ClientsArgs(), { first: 20, orderBy: order, filter, after });
  const times: number[] = [];
  let answer: Awaited<ReturnType<typeof listClients>> | undefined;
  for (let i = 0; i < runs + 2; i++) {
    const em = orm.em.fork();
    await beginActingTransaction(em, viewer);
    const t = process.hrtime.bigint();
    answer = await listClients(em, viewer, args);
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    await em.rollback();
    if (i >= 2) times.push(ms); // two warm-ups
  }
  const { where, name } = await whereOf(viewer, filter);
  const position = after ? /^k1:[A-Z_]+:([0-9a-f-]{36}):(.*)$/s.exec(Buffer.from(after, 'base64url').toString()) : null;
  const page = bookPageSql(clientScopeOf(viewer), filter, name, order, position ? { id: position[1]!, key: position[2]! } : null, 21);
  const plan = await acting(viewer, async () =>
    (await db.query(pgParams(`explain (analyze, buffers, format json) ${page.sql}`), page.params)).rows[0]['QUERY PLAN'][0]);
  const indexes = new Set<string>();
  const nodes = new Set<string>();
  const visit = (p: any) => {
    if (p['Index Name']) indexes.add(p['Index Name']);
    nodes.add(p['Node Type']);
    (p.Plans ?? []).forEach(visit);
  };
  visit(plan.Plan);
  const buffers = plan.Plan['Shared Hit Blocks'] + plan.Plan['Shared Read Blocks'];
  process.stdout.write(
    `${label.padEnd(58)} median ${median(times).toFixed(2).padStart(7)} ms  page exec ${plan['Execution Time'].toFixed(2).padStart(7)} ms`
    + `  buffers ${String(buffers).padStart(6)}  total ${String(answer!.totalCount).padStart(7)}${answer!.totalCountIsEstimate ? '~' : ' '}`
    + `  ${[...nodes].filter((n) => /Scan|Sort/.test(n)).join('+')} [${[...indexes].join(', ')}]`
    + `${name ? ` name:${name.lookup.kind}(${name.rarest.gram}:${name.rarest.n})` : ''}\n`,
  );
  if (values.plans) {
    for (const [part, sql] of [['page', page.sql], ['count', viewer.role === 'ADVISER' || name?.lookup.kind === 'GRAM' ? countSql.exact(where) : countSql.capped(where)]] as const) {
      const text = await acting(viewer, async () =>
        (await db.query(pgParams(`explain (analyze, buffers) ${sql}`), part === 'page' ? page.params : where.params)).rows.map((r) => r['QUERY PLAN']).join('\n'));
      process.stdout.write(`--- ${part} plan\n${text}\n`);
    }
  }
}

for (const [who, viewer] of viewers) {
  if (values.only && values.only !== who) continue;
  const fraction = Number(values['depth-fraction']);
  for (const order of CLIENT_ORDERS) {
    if (values.cases && !new RegExp(values.cases).test(`${who} ${order} page 1`)) continue;
    await measure(`${who} ${order} page 1`, viewer, order, undefined, undefined);
    const deep = await cursorAt(viewer, order, undefined, fraction);
    await measure(`${who} ${order} after row ${deep.depth}`, viewer, order, undefined, deep.cursor);
  }
  for (const [label, filter] of searches) {
    for (const order of ['LATEST_ASSETS_DESC', 'NAME'] as const) await measure(`${who} ${label} ${order}`, viewer, order, filter, undefined);
  }
}
await orm.close(true);
await db.end();
process.exit(0);
