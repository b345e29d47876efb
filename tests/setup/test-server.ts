import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig } from '../../packages/api/src/config.js';
import { initOrm } from '../../packages/api/src/db/orm.js';
import { startServer, type CrmServer } from '../../packages/api/src/server.js';

export interface GqlResult<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string; [k: string]: unknown } }[];
  extensions?: { sqlStatements?: number };
}

export interface TestWorld {
  url: string;
  /** a pg client on this file's own database, for arranging rows and asserting on them */
  db: pg.Client;
  /** the URL of this file's database */
  dbUrl: string;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult<T>>;
  /** signs in and returns the bearer token */
  signIn(email: string, password?: string): Promise<string>;
}

const TEST_PASSWORD = 'demo-password';

/**
 * Gives the calling test file its own database (a copy of the migrated, demo-loaded
 * template) and its own API server on a free port, torn down after the file.
 * `overrides` are environment variables for that server's config (NODE_ENV=production, limits…).
 */
export function useTestWorld(overrides: Record<string, string> = {}): TestWorld {
  const world = {} as TestWorld;
  let orm: MikroORM;
  let server: CrmServer;
  let dbName: string;
  const adminUrl = inject('adminUrl');

  beforeAll(async () => {
    dbName = `crm_test_${randomBytes(4).toString('hex')}_${inject('templateDb').split('_').pop()}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    // two files copying the template at the same instant can collide; try again briefly
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`create database ${dbName} template ${inject('templateDb')}`);
        break;
      } catch (err) {
        if (attempt >= 20) throw err;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
    await admin.end();

    const url = new URL(adminUrl);
    url.pathname = `/${dbName}`;
    const config = loadConfig({ ...process.env, DATABASE_URL: url.toString(), PORT: '0', HOST: '127.0.0.1', EXPOSE_SQL_COUNT: 'true', NODE_ENV: 'test', ...overrides });
    orm = await initOrm(url.toString(), { poolMax: 4, statementTimeoutMs: config.STATEMENT_TIMEOUT_MS });
    server = await startServer(orm, config);
    world.url = server.url.replace('localhost', '127.0.0.1');
    world.dbUrl = url.toString();
    world.db = new pg.Client({ connectionString: url.toString() });
    await world.db.connect();

    world.gql = async (query, variables, token) => {
      const res = await fetch(`${world.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as GqlResult<any>;
    };
    world.signIn = async (email, password = TEST_PASSWORD) => {
      const r = await world.gql<{ signIn: { token: string } }>(
        'mutation($input: SignInInput!) { signIn(input: $input) { token } }',
        { input: { email, password } },
      );
      if (!r.data?.signIn) throw new Error(`sign-in failed for ${email}: ${JSON.stringify(r.errors)}`);
      return r.data.signIn.token;
    };
  });

  afterAll(async () => {
    await world.db?.end();
    await server?.close();
    server?.httpServer.closeAllConnections();
    await orm?.close(true);
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    // the job worker's pool may still be closing its connections after its stop resolved; a
    // forced drop would terminate them under it (57P01, an unhandled error that fails the run)
    for (let waited = 0; ; waited += 100) {
      const { rows } = await admin.query('select count(*)::int as n from pg_stat_activity where datname = $1', [dbName]);
      if (rows[0].n === 0) break;
      if (waited >= 5000) {
        console.warn(`${rows[0].n} connection(s) to ${dbName} still open 5 s after the server closed`);
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    await admin.query(`drop database if exists ${dbName} with (force)`);
    await admin.end();
  });

  return world;
}
