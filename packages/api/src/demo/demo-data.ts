import { hashPassword } from '../modules/auth/password.js';
import { drawClient, type DemoClient } from './demo-clients.js';
import {
  CLIENT_READ_MODEL_SQL, DAY_TABLE_SQL, METRIC_CHUNK_BOUNDS_SQL, METRIC_PARTITIONS_SQL, PARAM_TABLE_SQL, TABLE_KEYS_SQL,
  metricChunkSql, REVIEW_TABLE_SQL, SEGMENT_SQL,
  SEGMENT_SUMS_SQL, TEMP_TABLES,
  TIER_HISTORY_SQL,
} from './demo-data.sql.js';
import { clientBatchStatements, orgStatements, planStatements } from './demo-load-org.js';
import { buildOrg, type OrgScale } from './demo-org.js';
import { addDays, seededFaker, shanghaiToday } from './demo-rand.js';
import {
  COMPLAINT_CALL_BACK_SQL, FOLLOW_UP_SQL, PLAN_TABLE_SQL, POINTS_EARN_SQL, POINTS_REDEEM_SQL, QUALITY_REVIEW_SQL, SERVICE_LOG_SQL,
} from './demo-service.sql.js';
import { REVIEW_FINDINGS } from './demo-text.js';

export interface DemoOptions {
  clients: number;
  days: number;
  seed: number;
  /** YYYY-MM-DD, the last metric day. */
  asOf: string;
  /**
   * Staffing of a large demo (see OrgScale): both default to AUTO_SCALE when clients >=
   * AUTO_SCALE_FROM; below that, unless given, the organisation is the fixed default one.
   */
  clientsPerAdviser?: number;
  clientsPerBranch?: number;
}

/** From this many clients the organisation grows with them (the default demo keeps its 4 branches and 22 advisers). */
export const AUTO_SCALE_FROM = 100_000;
export const AUTO_SCALE = { clientsPerAdviser: 500, clientsPerBranch: 250_000 } as const;

/** The organisation's scale for these options, or undefined for the fixed default organisation. */
export function orgScaleOf(opts: DemoOptions): OrgScale | undefined {
  const given = opts.clientsPerAdviser !== undefined || opts.clientsPerBranch !== undefined;
  if (!given && opts.clients < AUTO_SCALE_FROM) return undefined;
  return {
    clients: opts.clients,
    clientsPerAdviser: opts.clientsPerAdviser ?? AUTO_SCALE.clientsPerAdviser,
    clientsPerBranch: opts.clientsPerBranch ?? AUTO_SCALE.clientsPerBranch,
  };
}

/** asOf is read when used, so a long-running process never seeds with a stale "today". */
export const DEMO_DEFAULTS: DemoOptions = {
  clients: 3000,
  days: 365,
  seed: 20091,
  get asOf() {
    return shanghaiToday();
  },
};

export const DEMO_PASSWORD = 'demo-password';

/** The fixed sign-ins, all with DEMO_PASSWORD. */
export const DEMO_SIGN_INS: { role: string; email: string }[] = [
  { role: 'ADVISER', email: 'adviser@demo.local' },
  { role: 'ADVISER', email: 'adviser2@demo.local' },
  { role: 'MANAGER', email: 'manager@demo.local' },
  { role: 'HEAD_OFFICE', email: 'head@demo.local' },
  { role: 'COMPLIANCE', email: 'compliance@demo.local' },
];

/** exec runs one SQL statement with $1.. params and returns rows. */
export type Exec = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

export interface DemoCounts { clients: number; metricRows: number; serviceLogs: number; tierChanges: number }

const CLIENT_BATCH = 5000;
/** Metric rows per INSERT … SELECT: keeps statements short and gives progress ticks. */
const METRIC_ROWS_PER_STATEMENT = 500_000;

function check(opts: DemoOptions): void {
  if (!Number.isInteger(opts.clients) || opts.clients < 1) throw new Error('clients must be a positive integer');
  if (!Number.isInteger(opts.days) || opts.days < 1 || opts.days > 3660) throw new Error('days must be between 1 and 3660');
  if (!Number.isInteger(opts.seed)) throw new Error('seed must be an integer');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(opts.asOf) || Number.isNaN(Date.parse(opts.asOf))) throw new Error('asOf must be YYYY-MM-DD');
  if (opts.clients > 99_999_999) throw new Error('account numbers have room for 99,999,999 clients');
  for (const [name, v] of [['clientsPerAdviser', opts.clientsPerAdviser], ['clientsPerBranch', opts.clientsPerBranch]] as const) {
    if (v !== undefined && (!Number.isInteger(v) || v < 1)) throw new Error(`${name} must be a positive integer`);
  }
}

const quoteIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`;

interface MetricPartition { name: string; lo: string; hi: string; bound: string; keys: { what: string; name: string; type: string; def: string }[] }

/**
 * Takes the (empty) monthly partitions of the window out of daily_metric and drops their keys,
 * so the metric rows go into plain tables: inserting 10^7+ rows one by one through a primary
 * key and a foreign-key trigger costs several times more than building the index with one sort
 * and checking the foreign key with one join afterwards (reattachMetricPartition). The
 * partitions are the same tables throughout (grants, owner, name), and the transaction
 * leaves them attached with the same keys, or rolls back.
 */
async function detachMetricPartitions(exec: Exec, start: string, asOf: string): Promise<MetricPartition[]> {
  const rows = await exec(METRIC_PARTITIONS_SQL, [start, asOf]);
  const parts: MetricPartition[] = rows.map((r) => ({
    name: String(r['name']), lo: String(r['lo']), hi: String(r['hi']), bound: String(r['bound']), keys: [],
  }));
  let covered = start;
  for (const p of parts) if (p.lo <= covered && p.hi > covered) covered = p.hi;
  if (covered <= asOf) throw new Error(`daily_metric has no partition for ${covered}`);
  for (const p of parts) {
    const table = quoteIdent(p.name);
    await exec(`alter table daily_metric detach partition ${table}`);
    const keys = await exec(TABLE_KEYS_SQL, [table]);
    p.keys = keys.map((k) => ({ what: String(k['what']), name: String(k['name']), type: String(k['type']), def: String(k['def']) }));
    for (const k of p.keys.filter((x) => x.type === 'f')) await exec(`alter table ${table} drop constraint ${quoteIdent(k.name)}`);
    for (const k of p.keys.filter((x) => x.what === 'constraint' && x.type !== 'f')) {
      await exec(`alter table ${table} drop constraint ${quoteIdent(k.name)}`);
    }
    for (const k of p.keys.filter((x) => x.what === 'index')) await exec(`drop index ${quoteIdent(k.name)}`);
  }
  return parts;
}

interface DroppedKeys { table: string; keys: MetricPartition['keys'] }

/**
 * Drops a table's foreign keys and the indexes that back no constraint (its primary key and
 * unique constraints stay: other tables' foreign keys need them), for restoreKeys to rebuild
 * after the load: one sort per index and one join per foreign key instead of a trigger call
 * and index insertions per row. Same definitions, same names, checked when added back.
 */
async function dropKeys(exec: Exec, name: string): Promise<DroppedKeys> {
  const table = quoteIdent(name);
  const keys = (await exec(TABLE_KEYS_SQL, [table]))
    .map((k) => ({ what: String(k['what']), name: String(k['name']), type: String(k['type']), def: String(k['def']) }))
    .filter((k) => k.type === 'f' || k.what === 'index');
  for (const k of keys) {
    await exec(k.what === 'index' ? `drop index ${quoteIdent(k.name)}` : `alter table ${table} drop constraint ${quoteIdent(k.name)}`);
  }
  return { table, keys };
}

async function restoreKeys(exec: Exec, { table, keys }: DroppedKeys): Promise<void> {
  await exec(`set local maintenance_work_mem = '512MB'`);
  for (const k of keys.filter((x) => x.what === 'index')) await exec(k.def);
  for (const k of keys.filter((x) => x.type === 'f')) await exec(`alter table ${table} add constraint ${quoteIdent(k.name)} ${k.def}`);
  await exec(`analyze ${table}`);
}

/** Rebuilds a loaded partition's keys (one sort per index, one join per foreign key) and attaches it again. */
async function reattachMetricPartition(exec: Exec, p: MetricPartition): Promise<void> {
  const table = quoteIdent(p.name);
  await exec(`set local maintenance_work_mem = '512MB'`);
  for (const k of p.keys.filter((x) => x.what === 'index')) await exec(k.def);
  for (const k of p.keys.filter((x) => x.what === 'constraint' && x.type !== 'f')) {
    await exec(`alter table ${table} add constraint ${quoteIdent(k.name)} ${k.def}`);
  }
  for (const k of p.keys.filter((x) => x.type === 'f')) await exec(`alter table ${table} add constraint ${quoteIdent(k.name)} ${k.def}`);
  await exec(`analyze ${table}`);
  await exec(`alter table daily_metric attach partition ${table} ${p.bound}`);
}

/**
 * Loads the demo data set into an empty, migrated database. The caller runs it inside one
 * transaction; everything here is deterministic in (seed, asOf, clients, days) except the
 * argon2 salt of the shared staff password hash.
 */
export async function loadDemoData(
  exec: Exec,
  opts: DemoOptions,
  onProgress: (step: string, done: number, total: number) => void = () => {},
): Promise<DemoCounts> {
  check(opts);
  const { asOf, days } = opts;
  const seed = String(opts.seed);
  const start = addDays(asOf, -(days - 1));
  const run = async (statements: readonly { sql: string; params: unknown[] }[]) => {
    for (const s of statements) await exec(s.sql, s.params);
  };

  onProgress('organisation', 0, 1);
  // SET LOCAL ends with the caller's transaction. Aggregations stay in memory longer;
  // JIT would spend ~1 s compiling each big statement for no gain on these row counts.
  await exec(`set local work_mem = '64MB'`);
  await exec('set local jit = off');
  for (const t of TEMP_TABLES) await exec(`drop table if exists pg_temp.${t}`);
  const f = seededFaker(opts.seed);
  const org = buildOrg(f, orgScaleOf(opts));
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await run(orgStatements(org, passwordHash, addDays(start, -3660), start));
  onProgress('organisation', 1, 1);

  onProgress('clients', 0, opts.clients);
  await exec(PARAM_TABLE_SQL);
  // the clients' own foreign keys and secondary indexes are rebuilt once the read models are written
  // client_name_gram: written by the client insert trigger (20261202006000), 4–5 rows a client
  const clientKeys = [await dropKeys(exec, 'client'), await dropKeys(exec, 'client_assignment'), await dropKeys(exec, 'client_name_gram')];
  const ctx = { org, asOf, days };
  for (let lo = 0; lo < opts.clients; lo += CLIENT_BATCH) {
    const batch: DemoClient[] = [];
    for (let i = lo; i < Math.min(lo + CLIENT_BATCH, opts.clients); i++) batch.push(drawClient(f, i, ctx));
    await run(clientBatchStatements(batch));
    onProgress('clients', lo + batch.length, opts.clients);
  }
  await exec('analyze pg_temp.demo_param');

  onProgress('metrics', 0, opts.clients);
  await exec(DAY_TABLE_SQL, [asOf, days, seed]);
  await exec(REVIEW_TABLE_SQL, [asOf, days]);
  for (const sql of SEGMENT_SQL) await exec(sql);
  await exec('select crm_ensure_metric_partitions($1::date, $2::date)', [start, asOf]);
  const perStatement = Math.max(1, Math.floor(METRIC_ROWS_PER_STATEMENT / days));
  const bounds = (await exec(METRIC_CHUNK_BOUNDS_SQL, [perStatement])).map((r) => String(r['lo']));
  const partitions = await detachMetricPartitions(exec, start, asOf);
  for (const [i, lo] of bounds.entries()) {
    for (const p of partitions) await exec(metricChunkSql(quoteIdent(p.name)), [lo, bounds[i + 1] ?? null, p.lo, p.hi]);
    onProgress('metrics', Math.min((i + 1) * perStatement, opts.clients), opts.clients);
  }
  onProgress('metric keys', 0, partitions.length);
  for (const [i, p] of partitions.entries()) {
    await reattachMetricPartition(exec, p);
    onProgress('metric keys', i + 1, partitions.length);
  }
  await exec(SEGMENT_SUMS_SQL);
  await exec('analyze pg_temp.demo_seg');

  onProgress('tiers', 0, 1);
  await exec(TIER_HISTORY_SQL, [seed, org.policyId]);
  await exec('analyze tier_change');
  onProgress('tiers', 1, 1);

  onProgress('service logs', 0, 4);
  for (const sql of PLAN_TABLE_SQL) await exec(sql);
  await run(planStatements(org.plan));
  await exec(SERVICE_LOG_SQL, [seed, asOf, days]);
  onProgress('service logs', 1, 4);
  await exec('analyze service_log');
  await exec(COMPLAINT_CALL_BACK_SQL, [seed, asOf]);
  onProgress('service logs', 2, 4);
  await exec(FOLLOW_UP_SQL, [seed, asOf]);
  onProgress('service logs', 3, 4);
  const [low, mid, high] = REVIEW_FINDINGS;
  await exec(QUALITY_REVIEW_SQL, [seed, asOf, low, mid, high]);
  onProgress('service logs', 4, 4);

  onProgress('points', 0, 1);
  await exec(POINTS_EARN_SQL, [seed, asOf, days]);
  await exec(POINTS_REDEEM_SQL, [seed, asOf]);
  onProgress('points', 1, 1);

  onProgress('read models', 0, 1);
  await exec(CLIENT_READ_MODEL_SQL, [asOf]);
  for (const keys of clientKeys) await restoreKeys(exec, keys);
  const [counts] = await exec(`select
      (select coalesce(sum(n), 0) from demo_seg)::bigint as metric_rows,
      (select count(*) from service_log) as service_logs,
      (select count(*) from tier_change) as tier_changes`);
  for (const t of TEMP_TABLES) await exec(`drop table if exists pg_temp.${t}`);
  onProgress('read models', 1, 1);
  return {
    clients: opts.clients,
    metricRows: Number(counts?.metric_rows ?? 0),
    serviceLogs: Number(counts?.service_logs ?? 0),
    tierChanges: Number(counts?.tier_changes ?? 0),
  };
}
