import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  Kind, parse, print, specifiedRules, validate, getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType,
  type DefinitionNode, type FragmentDefinitionNode, type GraphQLInputType, type GraphQLSchema, type OperationDefinitionNode,
} from 'graphql';
import { REPO_ROOT } from '../../packages/api/src/config.js';
import { buildCrmSchema } from '../../packages/api/src/schema.js';
import { GRAPHQL_LIMITS, limitValidationRules, operationCost } from '../../packages/api/src/shared/graphql-limits.js';
import { useTestWorld, type GqlResult } from '../setup/test-server.js';
import { newStaff } from '../factories/index.js';

const world = useTestWorld();

/** Every GraphQL document the web app sends: the template literals of packages/web/src/**\/*.graphql.ts. */
function webDocuments(): { name: string; source: string; operation: OperationDefinitionNode }[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (e.name.endsWith('.graphql.ts')) files.push(join(dir, e.name));
    }
  };
  walk(join(REPO_ROOT, 'packages/web/src'));
  const definitions: DefinitionNode[] = files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/graphql\(`([\s\S]*?)`\)/g)].flatMap((m) => parse(m[1]!).definitions));
  const fragments = new Map(definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  const spreadsOf = (node: unknown, into = new Set<string>()): Set<string> => {
    const text = print(node as OperationDefinitionNode);
    for (const m of text.matchAll(/\.\.\.(\w+)/g)) {
      if (m[1] === 'on' || into.has(m[1]!)) continue;
      into.add(m[1]!);
      spreadsOf(fragments.get(m[1]!), into);
    }
    return into;
  };
  return definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((op) => ({ name: op.name!.value, operation: op, source: [op, ...[...spreadsOf(op)].map((n) => fragments.get(n)!)].map((d) => print(d)).join('\n') }));
}

/** Variables for an operation at the largest page sizes the API accepts: the costliest way the web app can call it. */
function worstCaseVariables(schema: GraphQLSchema, op: OperationDefinitionNode): Record<string, unknown> {
  const sample = (type: GraphQLInputType, name: string): unknown => {
    if (isNonNullType(type)) return sample(type.ofType, name);
    if (isListType(type)) return [sample(type.ofType, name)];
    if (isEnumType(type)) return type.getValues()[0]!.value;
    if (isInputObjectType(type)) {
      return Object.fromEntries(Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined).map((f) => [f.name, sample(f.type, f.name)]));
    }
    if (isScalarType(type)) {
      if (type.name === 'Int') return name === 'first' ? 100 : name === 'days' ? 3660 : 1;
      if (type.name === 'Boolean') return true;
      if (type.name === 'ID') return '00000000-0000-4000-8000-000000000000';
      if (type.name === 'LocalDate') return '2026-11-30';
      if (type.name === 'Decimal') return '1';
      return 'x';
    }
    return null;
  };
  return Object.fromEntries(
    (op.variableDefinitions ?? []).map((v) => {
      const t = schema.getType(getNamedTypeName(v.type))!;
      const wrapped = v.type.kind === Kind.LIST_TYPE || (v.type.kind === Kind.NON_NULL_TYPE && v.type.type.kind === Kind.LIST_TYPE);
      const value = sample(getNamedType(t as GraphQLInputType) as GraphQLInputType, v.variable.name.value);
      return [v.variable.name.value, wrapped ? [value] : value];
    }),
  );
}
const getNamedTypeName = (t: OperationDefinitionNode['variableDefinitions'] extends readonly (infer V)[] | undefined ? V extends { type: infer T } ? T : never : never): string =>
  t.kind === Kind.NAMED_TYPE ? t.name.value : getNamedTypeName(t.type);

async function post(query: string, variables?: Record<string, unknown>, token?: string) {
  const started = performance.now();
  const res = await fetch(`${world.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  return { status: res.status, bytes: text.length, ms: Math.round(performance.now() - started), body: JSON.parse(text) as GqlResult };
}

const refusedBy = (r: Awaited<ReturnType<typeof post>>, limit: string) =>
  r.body.errors?.find((e) => e.extensions?.code === 'QUERY_TOO_COMPLEX' && e.extensions?.limit === limit);

const WORKLIST_ITEM = 'worklist(first: 50) { edges { node { client { id name latestTotalAssets } serviceLevel { daysOverdue } } } }';

describe('GraphQL limits: refused before execution with QUERY_TOO_COMPLEX', () => {
  let schema: GraphQLSchema;
  let token: string;
  beforeAll(async () => {
    schema = await buildCrmSchema();
    token = await world.signIn((await newStaff(world.db, 'HEAD_OFFICE', null)).email);
  });

  it('lets every document the web app sends through every limit, at the largest page sizes', () => {
    const docs = webDocuments();
    expect(docs.length).toBeGreaterThan(20);
    const report: string[] = [];
    for (const d of docs) {
      const document = parse(d.source, { maxTokens: GRAPHQL_LIMITS.tokens });
      const errors = validate(schema, document, [...specifiedRules, ...limitValidationRules]);
      expect(errors.map((e) => `${d.name}: ${e.message}`)).toEqual([]);
      const cost = operationCost(schema, document, worstCaseVariables(schema, d.operation), d.name);
      report.push(`${d.name}=${cost}`);
      expect(cost, d.name).toBeLessThanOrEqual(GRAPHQL_LIMITS.cost);
    }
    console.info(`worst-case cost of the web app's documents (limit ${GRAPHQL_LIMITS.cost}): ${report.join(', ')}`);
  });

  it('answers the web app\'s queries over HTTP without a limit error', async () => {
    for (const d of webDocuments().filter((x) => x.operation.operation === 'query')) {
      const r = await post(d.source, worstCaseVariables(schema, d.operation), token);
      expect(r.body.errors?.filter((e) => e.extensions?.code === 'QUERY_TOO_COMPLEX') ?? [], d.name).toEqual([]);
    }
  });

  it('refuses 1,000 aliases of the worklist (regression: ran 16 s and returned 12.9 MB) without running it', async () => {
    const query = `{ ${Array.from({ length: 1000 }, (_, i) => `w${i}: ${WORKLIST_ITEM}`).join(' ')} }`;
    const r = await post(query, undefined, token);
    console.info(`1,000-alias worklist: refused in ${r.ms} ms, ${r.bytes} bytes`);
    expect(r.status).toBe(400);
    // the token limit stops it while parsing; the alias limit would stop it during validation
    expect(r.body.errors?.map((e) => e.extensions?.code)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(r.body.data).toBeUndefined();
    expect(r.bytes).toBeLessThan(1000);
    // no statement at all: the session is looked up when execution starts, and this never executes
    expect(r.body.extensions?.sqlStatements ?? 0).toBe(0);
  });

  it('refuses more aliases than the limit, even in a short document', async () => {
    const query = `{ ${Array.from({ length: GRAPHQL_LIMITS.aliases + 1 }, (_, i) => `m${i}: me { id }`).join(' ')} }`;
    const r = await post(query, undefined, token);
    expect(r.status).toBe(400);
    expect(refusedBy(r, 'aliases')?.message).toBe(`Aliases limit of ${GRAPHQL_LIMITS.aliases} exceeded, found ${GRAPHQL_LIMITS.aliases + 1}.`);
    const tokensOfWorklist = `{ ${Array.from({ length: GRAPHQL_LIMITS.aliases + 1 }, (_, i) => `w${i}: ${WORKLIST_ITEM}`).join(' ')} }`;
    expect(refusedBy(await post(tokensOfWorklist, undefined, token), 'aliases')).toBeTruthy();
  });

  it('refuses a document nested deeper than the depth limit', async () => {
    let selection = 'id';
    for (let i = 0; i < GRAPHQL_LIMITS.depth; i++) selection = `branch { ${selection} }`;
    const r = await post(`{ me { ${selection} } }`, undefined, token);
    expect(refusedBy(r, 'depth')).toBeTruthy();
  });

  it('refuses a document whose cost (page size × items) is over the limit, counting `first` from variables', async () => {
    const query = 'query($first: Int!) { clients(first: $first) { edges { node { id serviceLogs(first: 50) { id } assetHistory(days: 365) { totalAssets } } } } }';
    const allowed = await post(query, { first: 20 }, token);
    expect(allowed.body.errors).toBeUndefined();
    const refused = await post(query, { first: 100 }, token);
    expect(refused.status).toBe(400);
    expect(refusedBy(refused, 'cost')?.message).toMatch(new RegExp(`^Query cost limit of ${GRAPHQL_LIMITS.cost} exceeded, found \\d+\\.$`));
    expect(refused.body.extensions?.sqlStatements ?? 0).toBe(0);
  });

  it('refuses a document with more tokens than the limit while parsing', async () => {
    const r = await post(`{ me { id ${'... on Staff { id } '.repeat(Math.ceil(GRAPHQL_LIMITS.tokens / 6))} } }`, undefined, token);
    expect(r.status).toBe(400);
    expect(refusedBy(r, 'tokens')?.message).toBe(`Token limit of ${GRAPHQL_LIMITS.tokens} exceeded.`);
  });

  it('refuses more directives than the limit', async () => {
    const spreads = Array.from({ length: GRAPHQL_LIMITS.directives + 1 }, () => '... on Staff @include(if: true) { id }').join(' ');
    const r = await post(`{ me { ${spreads} } }`, undefined, token);
    expect(refusedBy(r, 'directives')).toBeTruthy();
  });

  it('refuses the same field selected over and over', async () => {
    const r = await post(`{ me { ${'email '.repeat(GRAPHQL_LIMITS.duplicatedFields + 1)} } }`, undefined, token);
    expect(refusedBy(r, 'duplicatedFields')).toBeTruthy();
    expect((await post(`{ me { ${'email '.repeat(GRAPHQL_LIMITS.duplicatedFields)} } }`, undefined, token)).body.errors).toBeUndefined();
  });
});
