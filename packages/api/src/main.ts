import 'reflect-metadata';
import { loadConfig } from './config.js';
import { logger } from './logger.js';
import { prepare } from './boot.js';
import { startServer } from './server.js';
import { DEMO_PASSWORD, DEMO_SIGN_INS } from './modules/demo/demo-data.js';

// config → database → ORM → migrations (+ demo data on first start) → HTTP server
const config = loadConfig();
const { db, orm } = await prepare(config, { demo: config.DEMO_CLIENTS > 0 });
const server = await startServer(orm, config);

const lines = [
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

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down');
  await server.close().catch((err) => logger.error({ err }, 'closing HTTP server'));
  await orm.close().catch((err) => logger.error({ err }, 'closing ORM'));
  await db.stop().catch((err) => logger.error({ err }, 'stopping PostgreSQL'));
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
