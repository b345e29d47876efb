import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { visualizer } from 'rollup-plugin-visualizer';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/**
 * Writes `file.br` and `file.gz` beside every emitted JS/CSS/SVG file over 1 KB, at the
 * strongest settings (done once per build, not per request); the API serves them with
 * Content-Encoding through express-static-gzip (packages/api/src/web-app.ts).
 */
function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'crm:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async writeBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((f) => /\.(js|css|svg)$/.test(f));
      await Promise.all(
        files.map(async (f) => {
          const path = join(outDir, f);
          const raw = await readFile(path);
          if (raw.length < 1024) return;
          const [br, gzipped] = await Promise.all([
            brotli(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
            gz(raw, { level: 9 }),
          ]);
          await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gzipped)]);
        }),
      );
    },
  };
}

// In development the API runs on :4000 and Vite proxies /graphql to it, so the session
// cookie stays same-origin exactly as in production, where the API serves dist/ itself.
// (recharts is split off by a lazy import in the client page, not by manualChunks: forced
// chunks of React and its dependants can initialise in the wrong order.)
// ANALYZE=1 vite build writes dist/.stats.html: what each chunk is made of.
export default defineConfig({
  plugins: [
    react(),
    precompress(),
    process.env.ANALYZE ? visualizer({ filename: 'dist/.stats.html', template: 'treemap', gzipSize: true, brotliSize: true }) : null,
  ],
  server: {
    proxy: {
      '/graphql': { target: 'http://localhost:4000', changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // dist/.vite/manifest.json: which chunks each entry and lazy page load (the weight test reads it)
    manifest: true,
  },
});
