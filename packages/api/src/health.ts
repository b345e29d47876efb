import type { Express } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from './config.js';
import { pendingMigrations } from './db/orm.js';
import { logger } from './logger.js';

/**
 * /healthz: the process is up (liveness). /readyz: the database answers and every migration
 * is applied, else 503 (readiness: a load balancer sends no traffic). During shutdown
 * /readyz answers 503 so traffic moves away while in-flight requests finish.
 */
export function healthRoutes(app: Express, orm: MikroORM, config: Config) {
  let shuttingDown = false;
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  app.get('/readyz', async (_req, res) => {
    res.setHeader('cache-control', 'no-store');
    if (shuttingDown) return void res.status(503).json({ ok: false, reason: 'shutting down' });
    try {
      const pending = await pendingMigrations(orm);
      if (pending.length) return void res.status(503).json({ ok: false, reason: 'migrations pending', pending });
      res.json({ ok: true });
    } catch (err) {
      logger.warn({ err }, 'readiness check failed');
      res.status(503).json({ ok: false, reason: 'database unreachable' });
    }
  });
  if (config.ENABLE_TEST_HOOKS) {
    // test-only: a request held open by the database, to prove shutdown lets it finish
    app.get('/__test/sleep', async (req, res) => {
      const ms = Math.min(Number(req.query.ms) || 1000, 60_000);
      await orm.em.getConnection().execute('select pg_sleep(?)', [ms / 1000]);
      res.json({ slept: ms });
    });
  }
  return {
    stopping() {
      shuttingDown = true;
    },
  };
}
