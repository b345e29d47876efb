import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { applyAccessRules } from './modules/auth/access/field-guard.js';
import { assertEveryFieldHasARule } from './modules/auth/access/rule-check.js';
import { FEATURES } from './modules/index.js';
import { featureResolvers } from './shared/feature-module.js';
import { validateArguments } from './shared/validation.js';
import { DateTimeScalar } from './shared/scalars.js';

/** Every feature's resolvers, collected from modules/index.ts. */
export const RESOLVERS = featureResolvers(FEATURES);

/** Builds the schema; refuses to when any resolver field lacks an access rule (deny by default). */
export async function buildCrmSchema(): Promise<GraphQLSchema> {
  assertEveryFieldHasARule(RESOLVERS);
  const schema = await buildSchema({
    resolvers: RESOLVERS as [Function, ...Function[]],
    // no authChecker: the rules are applied to the built schema once (field-guard.ts)
    // Every argument, at every depth: free-text rules, ids, class-validator (shared/validation.ts).
    validateFn: validateArguments,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
  });
  applyAccessRules(schema);
  return schema;
}

/** The SDL checked in at packages/schema/schema.graphql: sorted, so diffs show real changes. */
export function printCrmSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
