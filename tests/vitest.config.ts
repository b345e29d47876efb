import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

// One run covers every test: API integration tests through GraphQL on real PostgreSQL,
// browser tests in headless Chromium against the built web app, and the unit specs that
// sit beside the code they test.
export default defineConfig({
  root,
  test: {
    include: ['tests/**/*.test.ts', 'packages/*/src/**/*.spec.ts'],
    globalSetup: ['tests/setup/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 180_000,
    teardownTimeout: 30_000,
    reporters: ['default'],
    env: { NODE_ENV: 'test', LOG_LEVEL: 'silent' },
  },
});
