import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../packages/api/src/config.js';
import { buildCrmSchema, printCrmSchema } from '../../packages/api/src/schema.js';

describe('packages/schema/schema.graphql', () => {
  it('matches the schema the API builds (regenerate: npx -y pnpm@10 schema:emit)', async () => {
    const checkedIn = readFileSync(join(REPO_ROOT, 'packages/schema/schema.graphql'), 'utf8');
    expect(checkedIn).toBe(printCrmSchema(await buildCrmSchema()));
  });
});
