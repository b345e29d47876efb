import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from './config.js';
import { createContext, type Context } from './context.js';
import { buildCrmSchema } from './schema.js';
import { formatError } from './shared/errors.js';
import { requestScope } from './shared/request-scope.js';
import { startWorker, type JobWorker } from './jobs/worker.js';
import { healthRoutes } from './health.js';
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
  const httpServer = createServer(app);

  const apollo = new ApolloServer<Context>({
    schema: await buildCrmSchema(),
    formatError,
    introspection: true,
    // main owns SIGTERM/SIGINT (requests, then jobs, then the pool, within a bound)
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      {
        async requestDidStart() {
          return {
            async willSendResponse({ response }) {
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
  app.use('/graphql', express.json({ limit: '1mb' }), (req, res, next) => {
    const requestId = (req.headers['x-request-id'] as string | undefined)?.slice(0, 64) || randomUUID();
    res.setHeader('x-request-id', requestId);
    requestScope.run(requestId, () => graphql(req, res, next));
  });

  // the built web app; client-side routes fall back to index.html
  const index = join(config.WEB_DIST, 'index.html');
  if (existsSync(index)) {
    app.use(express.static(config.WEB_DIST, { index: false, maxAge: '1h' }));
    app.get('/{*path}', (_req, res) => {
      res.setHeader('cache-control', 'no-cache');
      res.sendFile(index);
    });
  } else {
    app.get('/', (_req, res) => {
      res.type('text').send('The web app is not built. Run: npx -y pnpm@10 build');
    });
  }

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
