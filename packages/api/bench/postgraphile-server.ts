import { createServer } from 'node:http';
import pg from 'pg';
import postgraphileModule from 'postgraphile';

/**
 * PostGraphile 4 serving the bench database, for bench-vs-postgraphile.ts (run as a child process:
 * DATABASE_URL, PORT, POOL_MAX from the environment). It connects as the database owner, with no
 * authentication, and the options a team would pick for speed in production:
 * - no watch mode, no GraphiQL, no query log, no extended errors or stacks;
 * - dynamicJson (jsonb as JSON, not strings), setofFunctionsContainNulls false (non-null items);
 * - connections only (simpleCollections 'omit', the default): the documents ask totalCount and pageInfo as ours do;
 * - orderByNullsLast, as our "latest assets desc" puts clients without metrics last;
 * - a pool the size of the API's (DB_POOL_MAX, 10 by default).
 * It prints "ready <url>" once it listens.
 */
const { postgraphile } = postgraphileModule as unknown as typeof import('postgraphile');

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required');
const pool = new pg.Pool({ connectionString: url, max: Number(process.env.POOL_MAX ?? 10) });

const middleware = postgraphile(pool, ['public', 'bench_pg'], {
  watchPg: false,
  graphiql: false,
  enhanceGraphiql: false,
  disableQueryLog: true,
  dynamicJson: true,
  setofFunctionsContainNulls: false,
  simpleCollections: 'omit',
  retryOnInitFail: false,
  showErrorStack: false,
  extendedErrors: [],
  enableQueryBatching: false,
  legacyRelations: 'omit',
  graphileBuildOptions: { orderByNullsLast: true },
});

const server = createServer(middleware);
server.listen(Number(process.env.PORT ?? 5000), '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.stdout.write(`ready http://127.0.0.1:${port}/graphql\n`);
});

const stop = () => server.close(() => void pool.end().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
