import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ServerResponse } from 'node:http';
import type { Express } from 'express';
import expressStaticGzip from 'express-static-gzip';
import type { Config } from './config.js';

/** Vite names what it emits under assets/ `[name]-[hash].[ext]`: a new build is a new URL. */
const HASHED = /^assets\/.+-[\w-]{8,}\.\w+(\.(br|gz))?$/;

/**
 * The built web app (packages/web/dist) at /: hashed files under /assets/ as pre-compressed
 * brotli or gzip (written beside each file by the build, see packages/web/vite.config.ts) and
 * cached for a year, index.html revalidated on every load so a deploy is seen at once, and
 * client-side routes falling back to index.html. A missing /assets/ file is a 404, not the app
 * (a tab left open across a deploy asks for a chunk that is gone: HTML there would fail to parse).
 * Compressed copies are found when the server starts: rebuild before starting.
 */
export function webAppRoutes(app: Express, config: Config) {
  const dist = config.WEB_DIST;
  const index = join(dist, 'index.html');
  if (!existsSync(index)) {
    app.get('/', (_req, res) => {
      res.type('text').send('The web app is not built. Run: npx -y pnpm@10 build');
    });
    return;
  }
  app.use(
    expressStaticGzip(dist, {
      enableBrotli: true,
      // brotli is ~15 % smaller than gzip for the same file; both are made at build time
      orderPreference: ['br', 'gzip'],
      index: false,
      serveStatic: {
        index: false,
        cacheControl: false,
        setHeaders: (res: ServerResponse, path: string) => {
          const file = relative(dist, path).split(sep).join('/');
          res.setHeader('cache-control', HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache');
        },
      },
    }),
  );
  app.use('/assets', (_req, res) => {
    res.status(404).type('text').send('Not found');
  });
  app.get('/{*path}', (_req, res) => {
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  });
}
