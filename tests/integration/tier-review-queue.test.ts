import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { newStaff } from '../factories/index.js';
import { daysAgo } from '../factories/days.js';
import { killSpawned, API_SRC_MAIN, makeDatabase, startServerProcess, type ServerProcess } from '../setup/server-process.js';

// Tier reviews run on the PostgreSQL job queue, in a worker inside the API process. These
// tests run the API as a process of its own so they can kill it or stop it mid-review.
const START = 'mutation($asOf: LocalDate) { startTierReview(asOf: $asOf) { id status } }';
const TSX = ['--import', 'tsx', API_SRC_MAIN];
const SLOW = { TEST_SLOW_JOB_MS: '120000' };

describe('tier reviews on the job queue', () => {
  let db: Awaited<ReturnType<typeof makeDatabase>>;
  let sql: pg.Client;
  let headEmail: string;

  const start = async (env: Record<string, string> = {}) => {
    return startServerProcess(TSX, { NODE_ENV: 'test', DATABASE_URL: db.url, TSX_TSCONFIG_PATH: 'packages/api/tsconfig.json', ...env });
  };
  const gql = async (s: ServerProcess, query: string, variables: Record<string, unknown>, token?: string) => {
    const res = await fetch(`${s.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] };
  };
  const signIn = async (s: ServerProcess) =>
    (await gql(s, 'mutation($input: SignInInput!) { signIn(input: $input) { token } }', { input: { email: headEmail, password: 'demo-password' } })).data!.signIn.token as string;
  const runRow = async (id: string) =>
    (await sql.query('select status, picked_at, error from tier_review_run where id = $1', [id])).rows[0] as { status: string; picked_at: Date | null; error: string | null };
  const waitFor = async (what: string, check: () => Promise<boolean>, ms = 90_000) => {
    const deadline = Date.now() + ms;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  };

  beforeAll(async () => {
    db = await makeDatabase(inject('adminUrl'), inject('templateDb'), { copy: true });
    sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
    headEmail = (await newStaff(sql, 'HEAD_OFFICE', null)).email;
  });

  afterAll(async () => {
    killSpawned();
    await sql?.end();
    await db?.drop();
  });

  it('a review whose worker is killed mid-run is marked FAILED when a new worker starts, answers CONFLICT meanwhile, and can be started again', { timeout: 300_000 }, async () => {
    const a = await start(SLOW);
    const token = await signIn(a);
    const started = await gql(a, START, { asOf: daysAgo(1) }, token);
    expect(started.errors).toBeUndefined();
    const runId = started.data.startTierReview.id as string;
    await waitFor('the worker to pick the review', async () => (await runRow(runId)).picked_at !== null);

    expect((await gql(a, START, { asOf: daysAgo(1) }, token)).errors?.[0]?.extensions?.code).toBe('CONFLICT');

    a.proc.kill('SIGKILL');
    await a.exited;
    expect((await runRow(runId)).status).toBe('RUNNING');
    // the database notices the dead connection (client_connection_check_interval) and frees the review lock
    await waitFor('the review lock to be freed', async () =>
      (await sql.query(`select 1 from pg_locks where locktype = 'advisory' and objid = 7281002 and database = (select oid from pg_database where datname = current_database())`)).rowCount === 0);

    const b = await start();
    const failed = await runRow(runId);
    expect(failed.status).toBe('FAILED');
    expect(failed.error).toMatch(/interrupted/);
    expect(Number((await sql.query('select count(*) from tier_change where review_run_id = $1', [runId])).rows[0].count)).toBe(0);

    const again = await gql(b, START, { asOf: daysAgo(1) }, await signIn(b));
    expect(again.errors).toBeUndefined();
    const againId = again.data.startTierReview.id as string;
    await waitFor('the new review to finish', async () => (await runRow(againId)).status !== 'RUNNING');
    expect((await runRow(againId)).status).toBe('SUCCEEDED');
    b.proc.kill('SIGTERM');
    expect(await b.exited).toBe(0);
  });

  it('a worker stopped by SIGTERM past its grace period hands the review back, and the next worker finishes the same run', { timeout: 300_000 }, async () => {
    const c = await start({ ...SLOW, JOB_SHUTDOWN_GRACE_MS: '500' });
    const started = await gql(c, START, { asOf: daysAgo(1) }, await signIn(c));
    expect(started.errors).toBeUndefined();
    const runId = started.data.startTierReview.id as string;
    await waitFor('the worker to pick the review', async () => (await runRow(runId)).picked_at !== null);

    const signalled = Date.now();
    c.proc.kill('SIGTERM');
    expect(await c.exited).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(20_000);
    const handedBack = await runRow(runId);
    expect(handedBack).toMatchObject({ status: 'RUNNING', picked_at: null });

    await start();
    await waitFor('the handed-back review to finish', async () => (await runRow(runId)).status !== 'RUNNING');
    expect((await runRow(runId)).status).toBe('SUCCEEDED');
  });
});
