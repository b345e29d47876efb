import pg from 'pg';
import { MikroORM } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { FEATURES } from '../modules/index.js';
import { featureEntities } from '../shared/feature-module.js';
import { sqlMigrations } from './migrations.js';
import { JOB_DB_ROLE } from '../modules/auth/access/acting-transaction.js';
import { migrateQueue, QUEUE_SCHEMA } from '../jobs/queue.js';
import { requestScope } from '../shared/request-scope.js';

/** Every feature's entities, collected from modules/index.ts. */
export const ENTITIES = featureEntities(FEATURES);

export type Orm = MikroORM;

/**
 * Connects MikroORM to `url`. Entities are listed explicitly (no folder scanning, no reflection).
 * `statementTimeoutMs` sets PostgreSQL's statement_timeout on every pooled connection, so no
 * request holds a connection longer (the server passes config.STATEMENT_TIMEOUT_MS;
 * migrations and batch jobs run without it).
 */
export function initOrm(
  url: string,
  opts: { poolMax?: number; statementTimeoutMs?: number; acquireTimeoutMs?: number } = {},
): Promise<MikroORM> {
  return MikroORM.init({
    clientUrl: url,
    entities: ENTITIES,
    extensions: [Migrator],
    // every request forks its own EntityManager; using the global one is a bug
    allowGlobalContext: false,
    forceUtcTimezone: true,
    pool: { min: 0, max: opts.poolMax ?? 10, ...(opts.acquireTimeoutMs ? { acquireTimeoutMillis: opts.acquireTimeoutMs } : {}) },
    // set by PostgreSQL on each pooled connection at connect
    ...(opts.statementTimeoutMs ? { driverOptions: { connection: { statement_timeout: opts.statementTimeoutMs } } } : {}),
    onQuery: (sql, params) => requestScope.countQuery(sql, params),
    migrations: {
      migrationsList: sqlMigrations(),
      tableName: 'crm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
    discovery: { warnWhenNoEntities: true },
  });
}

/** Applies pending migrations under an advisory lock, so two starting processes don't race. */
export async function migrate(orm: MikroORM, url: string): Promise<string[]> {
  // the lock lives on its own connection: pooled statements may land on any connection
  const lock = new pg.Client({ connectionString: url });
  await lock.connect();
  try {
    await lock.query('select pg_advisory_lock(7281001)');
    const applied = await orm.getMigrator().up();
    // the job queue's own tables (graphile-worker's migrator), so a migrated database is complete
    await migrateQueue(url);
    await grantQueueToJobRole(lock);
    return applied.map((m) => m.name);
  } finally {
    await lock.end();
  }
}

/**
 * Jobs act as crm_job (row-level security lets it see every client): it works the queue too
 * (a dead review is recognised by its job; a handed-back review gets a new one). Granted after
 * graphile-worker's migrator made its schema; idempotent.
 */
async function grantQueueToJobRole(db: pg.Client): Promise<void> {
  await db.query(`grant usage on schema ${QUEUE_SCHEMA} to ${JOB_DB_ROLE}`);
  await db.query(`grant select, insert, update, delete on all tables in schema ${QUEUE_SCHEMA} to ${JOB_DB_ROLE}`);
  await db.query(`grant usage, select on all sequences in schema ${QUEUE_SCHEMA} to ${JOB_DB_ROLE}`);
  await db.query(`grant execute on all functions in schema ${QUEUE_SCHEMA} to ${JOB_DB_ROLE}`);
}

/** What a production start refuses to run with: migrations not applied yet (ours, or the queue's schema). */
export async function pendingMigrations(orm: MikroORM): Promise<string[]> {
  const pending = (await orm.getMigrator().getPendingMigrations()).map((m) => m.name);
  const [queue] = await orm.em.getConnection().execute<{ ok: boolean }[]>(
    `select to_regclass('${QUEUE_SCHEMA}.jobs') is not null as ok`,
  );
  if (!queue?.ok) pending.push(`${QUEUE_SCHEMA} (the job queue's schema)`);
  return pending;
}
