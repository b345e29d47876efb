import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = fileURLToPath(new URL('..', import.meta.url));

// One run covers every test: API integration tests through GraphQL on real PostgreSQL,
// browser tests in headless Chromium against the built web app, and the unit specs that
// sit beside the code they test.
// Node loads `graphql` for type-graphql through its "main" (CommonJS) file, while Vite would
// pick the "module" (.mjs) file for our own code: two instances, and graphql refuses to mix
// them ("Cannot use GraphQLScalarType from another module or realm"). Point both at one file.
const graphqlMain = createRequire(new URL('../packages/api/package.json', import.meta.url)).resolve('graphql');

export default defineConfig({
  root,
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlMain }] },
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
