// Compiles the API to plain JavaScript under packages/api/dist for the production start:
// `node packages/api/dist/main.js` needs no tsx. esbuild bundles our sources (one pass,
// about a second) and leaves every package in node_modules external. It honours the
// tsconfig's experimentalDecorators and emits no decorator metadata, which is fine: every
// type-graphql and MikroORM decorator names its type explicitly (no reflection types).
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(pkg, 'dist');
rmSync(outdir, { recursive: true, force: true });
const started = Date.now();
await build({
  absWorkingDir: pkg,
  entryPoints: { main: 'src/main.ts', 'cli/migrate': 'src/cli/migrate.ts', 'cli/tier-review': 'src/cli/tier-review.ts', 'cli/backfill-initials': 'src/cli/backfill-initials.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  packages: 'external',
  sourcemap: true,
  tsconfig: join(pkg, 'tsconfig.json'),
  logLevel: 'warning',
});
process.stdout.write(`API compiled to ${outdir} in ${Date.now() - started} ms\n`);
