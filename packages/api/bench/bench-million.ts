import 'reflect-metadata';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';

// The pages people use most, timed through GraphQL on an existing (large) database, one request
// at a time: the adviser's book (every sort), the manager's branch book (every sort and filter),
// search (partial Chinese name, account number prefix, phone last four, pinyin initials), the
// client page (its queries: profile, asset chart, timeline, service levels, points) and the
// adviser's and the branch's worklist. Each is sent --runs times (default 21) after one warm-up;
// the table gives the median and p95 in ms (over 50 ms flagged), the SQL statements the request
// sent, and whether any plan reads a big table sequentially or sorts the whole scope.
// Then, per request, EXPLAIN (ANALYZE, BUFFERS) of its statements as the request's role with its
// settings: the statements are the ones the API sent (captured from pg in this process) and
// replayed after the request's own set_config(role, crm.*) statement, in a rolled-back transaction.
// Searches the schema does not answer yet (phone last four, pinyin initials: zero matches for
// a term a known client carries) are listed as "not supported yet" instead of failing.
//   npx -y pnpm@10 --filter @crm/api run bench:million -- postgres://postgres@127.0.0.1:5432/crm_million [--runs 21]
//     [--only book] [--no-explain] [--explain-all]
const argv = process.argv.slice(2).filter((a) => a !== '--');
const { values, positionals } = parseArgs({
  args: argv,
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '21' },
    only: { type: 'string' },
    'no-explain': { type: 'boolean', default: false },
    'explain-all': { type: 'boolean', default: false },
    'database-url': { type: 'string' },
  },
});
const dbUrl = positionals[0] ?? values['database-url'] ?? process.env['DATABASE_URL'];
if (!dbUrl) throw new Error('usage: bench-million <database url> [--runs N] [--only text] [--no-explain] [--explain-all]');
const runs = Number(values.runs);
const LIMIT_MS = 50;
/** A warm-up slower than this gets FEW_RUNS runs only. */
const SLOW_WARM_UP_MS = 2000;
const FEW_RUNS = 5;

// the server's own logs stay quiet; set before the API modules load (the logger reads it once)
process.env['LOG_LEVEL'] ??= 'warn';

/**
 * Every statement the API sends through pg in this process while `capturing` is set, and the
 * time from sending each to its answer while `timing` is set (the request's database time).
 */
type Sent = { text: string; values: unknown[] };
let capturing: Sent[] | null = null;
let timing: { ms: number } | null = null;
const originalQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function query(this: pg.Client, ...args: unknown[]) {
  const [first, second] = args;
  if (capturing) {
    if (typeof first === 'string') capturing.push({ text: first, values: Array.isArray(second) ? second : [] });
    else if (first && typeof first === 'object' && 'text' in first) {
      const q = first as { text: string; values?: unknown[] };
      capturing.push({ text: q.text, values: q.values ?? (Array.isArray(second) ? second : []) });
    }
  }
  const clock = timing;
  if (clock) {
    const t = performance.now();
    const done = () => { clock.ms += performance.now() - t; };
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === 'function') {
      args[last] = (...r: unknown[]) => { done(); return (callback as (...a: unknown[]) => unknown)(...r); };
    } else {
      const result = (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
      if (result && typeof (result as Promise<unknown>).then === 'function') (result as Promise<unknown>).then(done, done);
      return result;
    }
  }
  return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;

const { loadConfig } = await import('../src/config.js');
const { initOrm } = await import('../src/db/orm.js');
const { startServer } = await import('../src/server.js');

const config = loadConfig({
  ...process.env, DATABASE_URL: dbUrl, PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'development', EXPOSE_SQL_COUNT: 'true',
  RUN_WORKER: 'false', STATEMENT_TIMEOUT_MS: '120000',
});
const orm = await initOrm(dbUrl, { poolMax: 4, statementTimeoutMs: config.STATEMENT_TIMEOUT_MS });
const server = await startServer(orm, config);
const base = server.url.replace('localhost', '127.0.0.1');
// the harness's own connection (the database owner) for looking up targets and for EXPLAIN; not captured
const db = new pg.Client({ connectionString: dbUrl });
await db.connect();

type Gql = { data?: Record<string, any> | null; errors?: { message: string; extensions?: { code?: string } }[]; extensions?: { sqlStatements?: number } };
async function gql(query: string, variables: Record<string, unknown>, token?: string): Promise<Gql> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as Gql;
}
async function signIn(email: string): Promise<string> {
  const r = await gql('mutation($input: SignInInput!) { signIn(input: $input) { token } }', { input: { email, password: 'demo-password' } });
  const token = r.data?.['signIn']?.token as string | undefined;
  if (!token) throw new Error(`sign-in failed for ${email}: ${JSON.stringify(r.errors)}`);
  return token;
}

// the web app's documents (packages/web/src/modules/*/*.graphql.ts), trimmed of nothing that costs SQL
const TIER = 'id code rank nameZh nameEn';
const BOOK = `query Book($first: Int!, $after: String, $filter: ClientFilter, $orderBy: ClientOrder!) {
  clients(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id name accountNo status latestTotalAssets latestMetricsOn lastContactAt daysSinceLastContact
      currentTier { ${TIER} } } } } }`;
const CLIENT_DETAIL = `query ClientDetail($id: ID!) { client(id: $id) {
  id name accountNo idNumberMasked phoneMasked status riskLevel investmentStyle segment preferredChannels watchSectors openedOn
  latestTotalAssets latestMetricsOn lastContactAt daysSinceLastContact overrideUntil
  branch { id name city } adviser { id name } currentTier { ${TIER} }
  tierHistory { id effectiveOn reason policyVersion note overrideUntil changedBy { id name } fromTier { ${TIER} } toTier { ${TIER} }
    figures { asOf avgAssets commission12m points windowDays } }
  followUps { id dueOn dueStatus daysOverdue serviceLog { id occurredAt summary } } } }`;
const CLIENT_ASSETS = 'query ClientAssets($id: ID!, $days: Int!) { client(id: $id) { id assetHistory(days: $days) { day totalAssets } } }';
const CLIENT_TIMELINE = `query ClientTimeline($id: ID!, $first: Int!, $after: String) { client(id: $id) { id
  serviceLogsConnection(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id occurredAt channel kind summary outcome sentiment followUpOn adviser { id name }
      offering { id code nameZh nameEn } } } } } }`;
const CLIENT_SERVICE = `query ClientService($id: ID!) { client(id: $id) { id
  serviceLevels { everyDays lastDeliveredAt deliveredInPeriod dueOn status daysOverdue offering { id code category nameZh nameEn } }
  nextBestContact { channel reasonCode reasonParams { tierCode tierRank topRank assets preferredChannel } watchSectors
    offering { id code nameZh nameEn } } } }`;
const CLIENT_POINTS = `query ClientPoints($id: ID!) { client(id: $id) { id points { balance
  history(first: 50) { id occurredAt delta kind period note offering { id code nameZh nameEn } } } } }`;
const WORKLIST = `query Worklist($asOf: LocalDate, $first: Int!, $after: String) { worklist(asOf: $asOf, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { cursor node { kind dueOn status daysOverdue
    client { id name accountNo latestTotalAssets latestMetricsOn currentTier { ${TIER} }
      nextBestContact { channel reasonCode reason watchSectors offering { id code nameZh nameEn } } }
    followUp { id dueOn serviceLog { id occurredAt summary } }
    serviceLevel { everyDays dueOn status daysOverdue lastDeliveredAt offering { id code nameZh nameEn } } } } } }`;

const PAGE = 25; // the web app's book and worklist page size
const SORTS = ['LATEST_ASSETS_DESC', 'LATEST_ASSETS_ASC', 'LAST_CONTACT_OLDEST', 'LAST_CONTACT_NEWEST', 'NAME'] as const;

interface Case {
  label: string;
  who: 'adviser' | 'manager' | 'head';
  query: string;
  variables: Record<string, unknown>;
  /** A check of the first answer: a string says why the request is "not supported yet". */
  supported?: (r: Gql) => string | null;
}

const tokens = {
  adviser: await signIn('adviser@demo.local'),
  manager: await signIn('manager@demo.local'),
  head: await signIn('head@demo.local'),
};
const staffOf = async (email: string) => (await db.query('select id, branch_id from staff where email = $1', [email])).rows[0] as
  { id: string; branch_id: string };
const adviser = await staffOf('adviser@demo.local');
const manager = await staffOf('manager@demo.local');

// Search targets: a client of the manager's branch outside the adviser's book, in the middle of
// the assets range (not the first row of any sort).
const target = (await db.query(
  `select id, name, account_no, phone from client where branch_id = $1 and adviser_id <> $2 and status = 'ACTIVE'
     and char_length(name) >= 3 order by id limit 1`,
  [manager.branch_id, adviser.id],
)).rows[0] as { id: string; name: string; account_no: string; phone: string };
const ownClient = (await db.query(
  `select id from client where adviser_id = $1 and status = 'ACTIVE' order by latest_total_assets desc nulls last, id limit 1`,
  [adviser.id],
)).rows[0] as { id: string };
const tiers = (await db.query(`select t.id, t.code from tier t join tier_policy p on p.id = t.policy_id
                                  where p.status = 'ACTIVE' order by t.rank desc`)).rows as { id: string; code: string }[];
const butler = tiers[0];
if (!target || !ownClient || !butler) throw new Error('the database has no demo data (seed it first)');

/**
 * Pinyin initials of the target's name (张伟 → zw): a Chinese character's initial is the last
 * letter whose first character (in pinyin collation, ICU's default for zh) it sorts at or after.
 */
const initials = pinyinInitials(target.name);
function pinyinInitials(name: string): string {
  const collator = new Intl.Collator('zh');
  const anchors: [string, string][] = [['a', '吖'], ['b', '八'], ['c', '嚓'], ['d', '咑'], ['e', '妸'], ['f', '发'], ['g', '旮'], ['h', '铪'],
    ['j', '丌'], ['k', '咔'], ['l', '垃'], ['m', '妈'], ['n', '拏'], ['o', '噢'], ['p', '妑'], ['q', '七'], ['r', '呥'], ['s', '仨'],
    ['t', '他'], ['w', '屲'], ['x', '夕'], ['y', '丫'], ['z', '帀']];
  let out = '';
  for (const ch of name) {
    let letter = /[a-z]/i.test(ch) ? ch.toLowerCase() : '';
    if (!letter) for (const [l, a] of anchors) if (collator.compare(ch, a) >= 0) letter = l;
    out += letter;
  }
  return out;
}

const searchSupport = (wanted: string) => (r: Gql): string | null => {
  if (r.errors?.length) return `error ${r.errors[0]?.extensions?.code ?? ''} ${r.errors[0]?.message ?? ''}`.trim();
  const total = r.data?.['clients']?.totalCount as number | undefined;
  return total ? null : `no client matches ${wanted}`;
};

// what every request costs before its own work: HTTP, GraphQL, the session, the acting transaction
const cases: Case[] = [{ label: 'baseline: me (adviser)', who: 'adviser', query: 'query { me { id name role } }', variables: {} }];
for (const orderBy of SORTS) {
  cases.push({ label: `adviser book ${orderBy}`, who: 'adviser', query: BOOK, variables: { first: PAGE, orderBy } });
}
for (const orderBy of SORTS) {
  cases.push({ label: `branch book ${orderBy}`, who: 'manager', query: BOOK, variables: { first: PAGE, orderBy } });
}
for (const [name, filter] of [
  ['status DORMANT', { status: 'DORMANT' }], ['status CLOSED', { status: 'CLOSED' }],
  [`tierCode ${butler.code}`, { tierCode: butler.code }], [`tierId (${butler.code})`, { tierId: butler.id }],
  [`tierCode ${tiers[tiers.length - 1]?.code ?? ''}`, { tierCode: tiers[tiers.length - 1]?.code }],
] as const) {
  for (const orderBy of ['LATEST_ASSETS_DESC', 'NAME'] as const) {
    cases.push({ label: `branch book ${name} ${orderBy}`, who: 'manager', query: BOOK, variables: { first: PAGE, orderBy, filter } });
  }
}
const nameFragment = [...target.name].slice(1, 3).join('');
const searches: [string, string, boolean][] = [
  [`name contains "${nameFragment}"`, nameFragment, false],
  [`account prefix "${target.account_no.slice(0, 9)}"`, target.account_no.slice(0, 9), false],
  [`phone last four "${target.phone.slice(-4)}"`, target.phone.slice(-4), true],
  [`pinyin initials "${initials}"`, initials, true],
];
for (const who of ['manager', 'head'] as const) {
  for (const [label, search, mayBeUnsupported] of searches) {
    cases.push({
      label: `${who === 'manager' ? 'branch' : 'all'} search ${label}`, who, query: BOOK,
      variables: { first: PAGE, orderBy: 'LATEST_ASSETS_DESC', filter: { search } },
      ...(mayBeUnsupported ? { supported: searchSupport(search) } : {}),
    });
  }
}
for (const [who, id] of [['adviser', ownClient.id], ['manager', target.id], ['head', target.id]] as const) {
  cases.push({ label: `client page profile (${who})`, who, query: CLIENT_DETAIL, variables: { id } });
  cases.push({ label: `client page assets 365d (${who})`, who, query: CLIENT_ASSETS, variables: { id, days: 365 } });
  cases.push({ label: `client page timeline (${who})`, who, query: CLIENT_TIMELINE, variables: { id, first: 20 } });
  cases.push({ label: `client page service (${who})`, who, query: CLIENT_SERVICE, variables: { id } });
  cases.push({ label: `client page points (${who})`, who, query: CLIENT_POINTS, variables: { id } });
}
cases.push({ label: 'adviser worklist', who: 'adviser', query: WORKLIST, variables: { first: PAGE } });
cases.push({ label: 'branch worklist', who: 'manager', query: WORKLIST, variables: { first: PAGE } });

const selected = values.only ? cases.filter((c) => c.label.includes(values.only ?? '')) : cases;
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;

/** Statements worth explaining: not the transaction, the acting-as, nor the session lookup. */
const isMain = (s: Sent) => !/^\s*(begin|commit|rollback|savepoint|release)\b/i.test(s.text)
  && !/set_config\('role'/.test(s.text) && !/\b(auth_session|sign_in_throttle)\b/.test(s.text);
const BIG_TABLES = ['client', 'daily_metric', 'service_log', 'tier_change', 'follow_up', 'points_entry', 'client_assignment', 'quality_review'];

interface Row {
  c: Case; status: string; median?: number; p95?: number; dbMedian?: number; statements?: number; flags: string[]; sent: Sent[]; runs?: number;
}
const rows: Row[] = [];
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
process.stdout.write(`${dbUrl.replace(/\/\/[^@]*@/, '//')}: ${selected.length} requests × ${runs} runs (after one warm-up); load average ${load()}\n`);
process.stdout.write(`search target: a branch client named ${target.name.length} characters, pinyin initials "${initials}"\n`);
for (const c of selected) {
  capturing = [];
  const warmStart = performance.now();
  const first = await gql(c.query, c.variables, tokens[c.who]);
  const warmMs = performance.now() - warmStart;
  const sent = capturing;
  capturing = null;
  const why = c.supported?.(first) ?? null;
  if (why) {
    rows.push({ c, status: `not supported yet (${why})`, flags: [], sent: [] });
    process.stdout.write(`  ${c.label}: not supported yet\n`);
    continue;
  }
  if (first.errors?.length) {
    rows.push({ c, status: `error: ${first.errors[0]?.message ?? ''}`, flags: [], sent: [] });
    process.stdout.write(`  ${c.label}: error ${first.errors[0]?.message ?? ''}\n`);
    continue;
  }
  const times: number[] = [];
  const dbTimes: number[] = [];
  // a request that takes seconds is over the limit whatever the exact median: fewer runs keep the whole run short
  const n = warmMs > SLOW_WARM_UP_MS ? Math.min(runs, FEW_RUNS) : runs;
  for (let i = 0; i < n; i++) {
    timing = { ms: 0 };
    const t = performance.now();
    const r = await gql(c.query, c.variables, tokens[c.who]);
    times.push(performance.now() - t);
    dbTimes.push(timing.ms);
    timing = null;
    if (r.errors?.length) throw new Error(`${c.label}: ${r.errors[0]?.message}`);
  }
  times.sort((a, b) => a - b);
  dbTimes.sort((a, b) => a - b);
  const row: Row = {
    c, status: 'ok', median: quantile(times, 0.5), p95: quantile(times, 0.95), dbMedian: quantile(dbTimes, 0.5),
    statements: first.extensions?.sqlStatements, flags: [], sent, runs: n,
  };
  rows.push(row);
  process.stdout.write(`  ${c.label}: median ${row.median?.toFixed(1)} ms\n`);
}

/** EXPLAIN (ANALYZE, BUFFERS) of each main statement, as the request's role with its settings. */
async function explain(row: Row): Promise<string[]> {
  const actAs = row.sent.find((s) => /set_config\('role'/.test(s.text));
  const out: string[] = [];
  for (const s of row.sent.filter(isMain)) {
    await db.query('begin');
    try {
      if (actAs) await db.query(actAs.text, actAs.values);
      const plan = (await db.query(`explain (analyze, buffers) ${s.text}`, s.values)).rows.map((r) => String(r['QUERY PLAN']));
      const text = plan.join('\n');
      // a month partition of daily_metric counts as daily_metric (its default partition stays empty)
      for (const t of BIG_TABLES) {
        if (new RegExp(`Seq Scan on ${t}(?:_y\\d{4}m\\d{2})? `).test(text)) row.flags.push(`seq scan ${t}`);
      }
      // a Sort node's estimate is the rows it takes in (a top-N sort under a Limit puts out only the page)
      for (const m of text.matchAll(/\bSort {2}\(cost=[\d.]+ rows=(\d+)/g)) {
        if (Number(m[1]) > 5000) row.flags.push(`sort of ~${m[1]} rows`);
      }
      const exec = /Execution Time: ([\d.]+) ms/.exec(text)?.[1];
      out.push(`-- ${Number(exec ?? 0).toFixed(1)} ms: ${s.text.replace(/\s+/g, ' ').slice(0, 300)}${s.text.length > 300 ? ' …' : ''}`, text);
    } catch (err) {
      out.push(`-- could not explain: ${s.text.slice(0, 200)}: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      await db.query('rollback');
    }
  }
  row.flags = [...new Set(row.flags)];
  return out;
}

const plans: string[] = [];
if (!values['no-explain']) {
  for (const row of rows.filter((r) => r.status === 'ok')) {
    const out = await explain(row);
    const slow = (row.median ?? 0) > LIMIT_MS || row.flags.length > 0;
    if (slow || values['explain-all']) {
      plans.push(`\n=== ${row.c.label} (${row.c.who}) median ${row.median?.toFixed(1)} ms ${row.flags.join(', ')}`, ...out);
    }
  }
}

const width = Math.max(...rows.map((r) => r.c.label.length));
const lines = [
  '',
  `${'request'.padEnd(width)}  ${'median'.padStart(8)}  ${'p95'.padStart(8)}  ${'in db'.padStart(8)}  sql  plan`,
  ...rows.map((r) => (r.status === 'ok'
    ? `${r.c.label.padEnd(width)}  ${r.median!.toFixed(1).padStart(8)}  ${r.p95!.toFixed(1).padStart(8)}  ${r.dbMedian!.toFixed(1).padStart(8)}  `
      + `${String(r.statements ?? '?').padStart(3)}  `
      + `${(r.median ?? 0) > LIMIT_MS ? `OVER ${LIMIT_MS} MS ` : ''}${r.runs !== runs ? `(${r.runs} runs) ` : ''}${r.flags.join(', ')}`
    : `${r.c.label.padEnd(width)}  ${r.status}`)),
  '',
  `${rows.filter((r) => (r.median ?? 0) > LIMIT_MS).length} of ${rows.filter((r) => r.status === 'ok').length} requests over ${LIMIT_MS} ms (median); `
    + `${rows.filter((r) => r.status !== 'ok').length} not run (not supported yet / error). ms over HTTP, ${runs} runs each; `
    + `load average now ${load()} (on a busy machine every figure grows). `
    + '"in db": median time from sending each statement to its answer, summed over the request; sql: statements per request.',
];
process.stdout.write(`${lines.join('\n')}\n`);
if (plans.length) process.stdout.write(`\nPlans of the requests over ${LIMIT_MS} ms or with a seq scan / big sort${values['explain-all'] ? ' (all: --explain-all)' : ''}:${plans.join('\n')}\n`);

await db.end();
await server.close();
await orm.close(true);
process.exit(0);
