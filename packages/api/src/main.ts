import 'reflect-metadata';
import { loadConfig } from './config.js';
import { logger } from './logger.js';
import { prepare, StartRefused } from './boot.js';
import { startServer } from './server.js';
import { DEMO_PASSWORD, DEMO_SIGN_INS } from './demo/demo-data.js';

// config → database → ORM → migrations (+ demo data on first start; in production: checks
// only) → HTTP server and the job queue's worker
const config = loadConfig();
const production = config.NODE_ENV === 'production';
let prepared: Awaited<ReturnType<typeof prepare>>;
try {
  prepared = await prepare(config, { demo: !production && config.DEMO_CLIENTS > 0 });
} catch (err) {
  if (!(err instanceof StartRefused)) throw err;
  logger.fatal(err.message);
  process.stderr.write(`${err.message}\n`);
  process.exit(1);
}
const { db, orm } = prepared;
const server = await startServer(orm, config);

const lines = production
  ? ['', `  Adviser CRM (production) is running at ${server.url}`, '']
  : [
      '',
      `  Adviser CRM is running at ${server.url}`,
      `  GraphQL API: ${server.url}/graphql`,
      `  Database: ${db.embedded ? `embedded PostgreSQL (data in ${config.DATA_DIR})` : 'DATABASE_URL'}`,
      '',
      `  Demo sign-ins (password: ${DEMO_PASSWORD}):`,
      ...DEMO_SIGN_INS.map((s) => `    ${s.role.padEnd(12)} ${s.email}`),
      '',
      '  Stop with Ctrl+C; data is kept for the next start.',
      '',
    ];
process.stdout.write(`${lines.join('\n')}\n`);

/**
 * SIGTERM/SIGINT: stop accepting, let in-flight requests finish, let running jobs finish (or
 * hand them back to the queue past JOB_SHUTDOWN_GRACE_MS), close the pool. Past
 * SHUTDOWN_TIMEOUT_MS the process exits 1 anyway: the queue gives unfinished work to the next worker.
 */
let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down');
  const deadline = setTimeout(() => {
    logger.error({ ms: config.SHUTDOWN_TIMEOUT_MS }, 'shutdown took too long; exiting');
    process.exit(1);
  }, config.SHUTDOWN_TIMEOUT_MS);
  deadline.unref();
  await server.close().catch((err) => logger.error({ err }, 'closing HTTP server'));
  await orm.close().catch((err) => logger.error({ err }, 'closing ORM'));
  await db.stop().catch((err) => logger.error({ err }, 'stopping PostgreSQL'));
  logger.info('stopped');
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
