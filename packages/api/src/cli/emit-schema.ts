import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../config.js';
import { buildCrmSchema, printCrmSchema } from '../schema.js';

// Writes packages/schema/schema.graphql from the resolvers; a test fails when it is stale.
const target = join(REPO_ROOT, 'packages/schema/schema.graphql');
writeFileSync(target, printCrmSchema(await buildCrmSchema()));
process.stdout.write(`wrote ${target}\n`);
