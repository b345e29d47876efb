import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import compression from 'compression';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from './config.js';
import { actAsViewer, createContext, type Context } from './context.js';
import { buildCrmSchema } from './schema.js';
import { formatError } from './shared/errors.js';
import { requestScope } from './shared/request-scope.js';
import { GRAPHQL_LIMITS, costLimitPlugin, limitValidationRules } from './shared/graphql-limits.js';
import { graphqlHttpErrorHandler, graphqlMethodNotAllowed, graphqlNotFound } from './shared/http-errors.js';
import { requestLogPlugin } from './shared/request-log.js';
import { endActingTransaction } from './modules/auth/access/acting-transaction.js';
import { startWorker, type JobWorker } from './jobs/worker.js';
import { healthRoutes } from './health.js';
import { webAppRoutes } from './web-app.js';
import { logger } from './logger.js';

export interface CrmServer {
  httpServer: Server;
  url: string;
  /** Stops taking requests, lets in-flight ones finish, then stops the job worker (see main's bound). */
  close(): Promise<void>;
}

/** Serves GraphQL at /graphql and the built web app at / on one port. */
export async function startServer(orm: MikroORM, config: Config): Promise<CrmServer> {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.TRUST_PROXY);
  const production = config.NODE_ENV === 'production';
  const httpServer = createServer(app);

  const apollo = new ApolloServer<Context>({
    schema: await buildCrmSchema(),
    formatError,
    // the schema is the contract of the web app, not something to publish to strangers
    introspection: !production,
    // no "Did you mean …" field suggestions in production
    hideSchemaDetailsFromClientErrors: production,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    parseOptions: { maxTokens: GRAPHQL_LIMITS.tokens },
    validationRules: limitValidationRules,
    // main owns SIGTERM/SIGINT (requests, then jobs, then the pool, within a bound)
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // GET /graphql without a query answers JSON, not an HTML sandbox page
      ApolloServerPluginLandingPageDisabled(),
      // Apollo installs its cache-control plugin unless told not to: a willResolveField hook on
      // every field of every answer (Apollo then wraps every resolver of the schema to call it),
      // for cache hints nothing here reads (no CDN, no response cache; answers are per viewer)
      ApolloServerPluginCacheControlDisabled(),
      costLimitPlugin,
      requestLogPlugin,
      {
        // each request acts as its viewer inside one transaction (row-level security)
        // (opened when execution starts: a document refused by parsing, validation or the limits
        // never takes a connection)
        async requestDidStart() {
          return {
            async executionDidStart({ contextValue }) {
              await actAsViewer(contextValue);
            },
            async willSendResponse({ response, contextValue: ctx, errors, operation }) {
              const failed = (errors?.length ?? 0) > 0 || (response.body.kind === 'single' && (response.body.singleResult.errors?.length ?? 0) > 0);
              // a query writes nothing: its loaded entities need no change-set pass at commit
              await endActingTransaction(ctx.em, failed || operation?.operation === 'query');
              const scope = requestScope.get();
              if (config.EXPOSE_SQL_COUNT && scope && response.body.kind === 'single') {
                response.body.singleResult.extensions = { ...response.body.singleResult.extensions, sqlStatements: scope.sqlStatements };
              }
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  const health = healthRoutes(app, orm, config);

  const graphql = expressMiddleware(apollo, { context: ({ req, res }) => createContext(orm, config, req, res) });
  // Every answer under /graphql is JSON in GraphQL's error format, including body-parser
  // failures, wrong methods and unknown sub-paths (Express would answer those in HTML).
  const router = express.Router();
  router.use((req, res, next) => {
    const requestId = (req.headers['x-request-id'] as string | undefined)?.slice(0, 64).replace(/[^\w.:-]/g, '') || randomUUID();
    res.setHeader('x-request-id', requestId);
    next();
  });
  // answers over 1 KB (a page of the book is ~10–20 KB of JSON) go out gzip/brotli-compressed;
  // see README "Web app weight" for what that costs and saves
  router.use(compression());
  router.all('/', graphqlMethodNotAllowed, express.json({ limit: config.BODY_LIMIT }), (req, res, next) => {
    requestScope.run(res.getHeader('x-request-id') as string, () => graphql(req, res, next));
  });
  router.use(graphqlNotFound);
  router.use(graphqlHttpErrorHandler);
  app.use('/graphql', router);

  webAppRoutes(app, config);

  const worker: JobWorker | null = config.RUN_WORKER ? await startWorker(orm, config) : null;
  await new Promise<void>((resolve) => httpServer.listen(config.PORT, config.HOST, resolve));
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  return {
    httpServer,
    url: `http://localhost:${port}`,
    async close() {
      health.stopping();
      // the drain plugin closes the listener and waits for in-flight requests; jobs in parallel
      await Promise.all([
        apollo.stop().then(() => logger.info('HTTP server drained')),
        worker?.stop().then(() => logger.info('job worker stopped')),
      ]);
    },
  };
}
