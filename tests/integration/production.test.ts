import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { REPO_ROOT } from '../../packages/api/src/config.js';
import { seedDemoData } from '../../packages/api/src/boot.js';
import { TEST_DEMO } from '../setup/demo.js';
import { killSpawned, API_DIST_MAIN, makeDatabase, runNode, startServerProcess, type ServerProcess } from '../setup/server-process.js';

// The production path end to end: the compiled bundle (no tsx), NODE_ENV=production, an
// empty database migrated by the compiled migrate command.
const MIGRATE = join(REPO_ROOT, 'packages/api/dist/cli/migrate.js');

describe('production runtime', () => {
  let db: Awaited<ReturnType<typeof makeDatabase>>;
  let sql: pg.Client;
  let server: ServerProcess | undefined;
  const prodEnv = () => ({ NODE_ENV: 'production', DATABASE_URL: db.url, ENABLE_TEST_HOOKS: 'true' });

  beforeAll(async () => {
    execFileSync(process.execPath, [join(REPO_ROOT, 'packages/api/scripts/build.mjs')], { stdio: 'pipe' });
    db = await makeDatabase(inject('adminUrl'), inject('templateDb'), { copy: false });
    sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
  });

  afterAll(async () => {
    killSpawned();
    await sql?.end();
    await db?.drop();
  });

  it('refuses to start on a database with pending migrations, naming the migrate command', { timeout: 150_000 }, async () => {
    const run = runNode([API_DIST_MAIN], { ...prodEnv(), PORT: '0' });
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/migration\(s\) not applied.*pnpm@10 migrate/);
    // and applied nothing
    expect((await sql.query(`select to_regclass('public.staff') as t`)).rows[0].t).toBeNull();
  });

  it('starts after the compiled migrate command: ready, no demo data, healthz and readyz answer', { timeout: 150_000 }, async () => {
    const migrate = runNode([MIGRATE], prodEnv());
    expect(await migrate.exited, migrate.output()).toBe(0);
    server = await startServerProcess([API_DIST_MAIN], prodEnv());
    expect(server.output()).not.toMatch(/demo-password|@demo\.local/);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect((await sql.query('select count(*)::int as n from staff')).rows[0].n).toBe(0);
    expect((await sql.query('select count(*)::int as n from client')).rows[0].n).toBe(0);
  });

  it('answers 503 on /readyz while a migration is not applied', { timeout: 150_000 }, async () => {
    const last = (await sql.query('select name from crm_migrations order by id desc limit 1')).rows[0].name;
    await sql.query('delete from crm_migrations where name = $1', [last]);
    try {
      const r = await fetch(`${server!.url}/readyz`);
      expect(r.status).toBe(503);
      expect(await r.json()).toMatchObject({ reason: 'migrations pending', pending: [last] });
    } finally {
      await sql.query('insert into crm_migrations (name) values ($1)', [last]);
    }
    expect((await fetch(`${server!.url}/readyz`)).status).toBe(200);
  });

  it('on SIGTERM lets an in-flight request finish, refuses new ones and exits 0 within the bound', { timeout: 150_000 }, async () => {
    const inFlight = fetch(`${server!.url}/__test/sleep?ms=3000`);
    await new Promise((r) => setTimeout(r, 500));
    const signalled = Date.now();
    server!.proc.kill('SIGTERM');
    while (!server!.output().includes('shutting down')) await new Promise((r) => setTimeout(r, 50));
    // no longer ready: refused, or 503 on a connection opened before
    const ready = await fetch(`${server!.url}/readyz`).catch(() => null);
    expect(ready === null || ready.status === 503).toBe(true);
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ slept: 3000 });
    expect(await server!.exited).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(15_000);
    server = undefined;
  });

  it('refuses to start in production while demo accounts exist, saying so', { timeout: 150_000 }, async () => {
    await seedDemoData(db.url, { ...TEST_DEMO, clients: 20, days: 5 });
    const run = runNode([API_DIST_MAIN], { ...prodEnv(), PORT: '0' });
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/Refusing to start in production: demo accounts exist \(.*@demo\.local/);
  });
});
