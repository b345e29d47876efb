import { beforeAll, describe, expect, it } from 'vitest';
import { buildCrmSchema } from '../../packages/api/src/schema.js';
import { useTestWorld } from '../setup/test-server.js';
import { count, newBranchTeam, newClient, newStaff } from '../factories/index.js';

// Walks the built schema: every argument of every query and mutation, and every field of
// every input object reachable from one, at any depth. Each String gets an over-long value,
// a NUL byte and a bidi override; each ID inside an input a malformed id. Each is sent
// through the real operation and must answer BAD_USER_INPUT naming the field — never
// INTERNAL_SERVER_ERROR, never success. A new input field is covered without editing this.


// graphql-js is the API's dependency, not the tests': its types are told apart by their
// toStringTag (GraphQLNonNull, GraphQLList, GraphQLInputObjectType, …).
type GraphQLSchema = Awaited<ReturnType<typeof buildCrmSchema>>;
type GraphQLField = ReturnType<NonNullable<ReturnType<GraphQLSchema['getQueryType']>>['getFields']>[string];
type GraphQLInputType = GraphQLField['args'][number]['type'];
const kind = (t: unknown) => Object.prototype.toString.call(t).slice(8, -1);
const getNullableType = (t: any): any => (kind(t) === 'GraphQLNonNull' ? t.ofType : t);
const getNamedType = (t: any): any => (t.ofType ? getNamedType(t.ofType) : t);
const isListType = (t: any) => kind(t) === 'GraphQLList';
const isEnumType = (t: any) => kind(t) === 'GraphQLEnumType';
const isInputObjectType = (t: any) => kind(t) === 'GraphQLInputObjectType';
const isScalarType = (t: any) => kind(t) === 'GraphQLScalarType';
const isObjectType = (t: any) => kind(t) === 'GraphQLObjectType';

const world = useTestWorld();

/** Longer than any declared maximum: the rule is that every String input declares one, at most this. */
const OVER_LONG = 'x'.repeat(10_001);
const BAD_ID = 'not-a-uuid';
const SOME_ID = '00000000-0000-4000-8000-000000000000';

/** A well-formed value of a type; only its shape matters, validation refuses before any service runs. */
function sample(type: GraphQLInputType): unknown {
  const t = getNullableType(type);
  if (isListType(t)) return [sample(t.ofType)];
  if (isEnumType(t)) return t.getValues()[0]!.value;
  if (isInputObjectType(t)) {
    return Object.fromEntries(Object.values(t.getFields() as Record<string, any>).map((f) => [f.name, sample(f.type)]));
  }
  const byScalar: Record<string, unknown> = {
    ID: SOME_ID, String: 'x', Int: 1, Float: 1, Boolean: true, Decimal: '1', LocalDate: '2026-01-01', DateTimeISO: '2026-01-01T00:00:00Z',
  };
  if (isScalarType(t) && t.name in byScalar) return byScalar[t.name];
  throw new Error(`no sample for ${String(t)}: add one`);
}

interface Case { operation: string; path: (string | number)[]; kind: 'String' | 'ID'; inInput: boolean }

/** Every String and ID leaf under an argument, with its path (list items at index 0). */
function leaves(type: GraphQLInputType, path: (string | number)[], inInput: boolean, out: Omit<Case, 'operation'>[]) {
  const t = getNullableType(type);
  if (isListType(t)) return leaves(t.ofType, [...path, 0], inInput, out);
  if (isInputObjectType(t)) {
    for (const f of Object.values(t.getFields() as Record<string, any>)) leaves(f.type, [...path, f.name], true, out);
  } else if (isScalarType(t) && (t.name === 'String' || t.name === 'ID')) {
    out.push({ path, kind: t.name, inInput });
  }
}

function rootFields(schema: GraphQLSchema): { op: 'query' | 'mutation'; field: GraphQLField }[] {
  return [
    ...Object.values(schema.getQueryType()!.getFields()).map((field) => ({ op: 'query' as const, field })),
    ...Object.values(schema.getMutationType()!.getFields()).map((field) => ({ op: 'mutation' as const, field })),
  ].filter(({ field }) => field.args.length > 0);
}

function document(op: string, field: GraphQLField): string {
  const defs = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `${op}(${defs}) { ${field.name}(${args})${selection} }`;
}

function setAt(target: Record<string, unknown>, path: (string | number)[], value: unknown) {
  let node: any = target;
  for (const key of path.slice(0, -1)) node = node[key];
  node[path.at(-1)!] = value;
}

const expectedField = (path: (string | number)[]) => (path[0] === 'input' ? path.slice(1) : path).join('.');

let schema: GraphQLSchema;
let token: string;

beforeAll(async () => {
  schema = await buildCrmSchema();
  const headOffice = await newStaff(world.db, 'HEAD_OFFICE', null);
  token = await world.signIn(headOffice.email);
});

function cases(): (Case & { query: string; variables: () => Record<string, unknown> })[] {
  const all: (Case & { query: string; variables: () => Record<string, unknown> })[] = [];
  for (const { op, field } of rootFields(schema)) {
    const found: Omit<Case, 'operation'>[] = [];
    for (const arg of field.args) leaves(arg.type, [arg.name], false, found);
    for (const c of found) {
      all.push({
        ...c, operation: field.name, query: document(op, field),
        variables: () => Object.fromEntries(field.args.map((a) => [a.name, sample(a.type)])),
      });
    }
  }
  return all;
}

describe('every argument at every depth is validated (walks the schema)', () => {
  it('finds the nested inputs it must cover', async () => {
    const names = cases().map((c) => `${c.operation}:${expectedField(c.path)}`);
    // A guard on the walk itself: these are the nested fields that once escaped validation.
    expect(names).toEqual(expect.arrayContaining(['clients:filter.search', 'clients:filter.tierId', 'createTierPolicyDraft:tiers.0.nameZh', 'overrideClientTier:tierId']));
  });

  it('refuses a bad value in every String and every ID with BAD_USER_INPUT naming the field', async () => {
    const failures: string[] = [];
    for (const c of cases()) {
      const bads: [string, unknown, string[]][] = c.kind === 'ID'
        // A top-level id names the thing to read or change: malformed, it is as unknown as
        // any id outside the viewer's scope, and answers NOT_FOUND (client-scope.test.ts) —
        // unless the service first refuses the sample input beside it (BAD_USER_INPUT on
        // another field; updateTierPolicyDraft checks the policy before loading the draft).
        ? [['a malformed id', BAD_ID, c.inInput ? ['BAD_USER_INPUT'] : ['NOT_FOUND', 'BAD_USER_INPUT']]]
        : [
          ['an over-long value', OVER_LONG, ['BAD_USER_INPUT']],
          ['a NUL byte', 'a\u0000b', ['BAD_USER_INPUT']],
          ['a right-to-left override', 'abc\u202Edef', ['BAD_USER_INPUT']],
        ];
      for (const [label, bad, codes] of bads) {
        const variables = c.variables();
        setAt(variables, c.path, bad);
        const r = await world.gql(c.query, variables, token);
        const ext = r.errors?.[0]?.extensions;
        const ok = ext?.code !== undefined && codes.includes(ext.code)
          && (ext.code !== 'BAD_USER_INPUT' || ext.field === expectedField(c.path) || !c.inInput && c.kind === 'ID');
        if (!ok) failures.push(`${c.operation} ${expectedField(c.path)} with ${label}: ${JSON.stringify(ext ?? r.data)}`);
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
});

describe('nested filter (regressions)', () => {
  const CLIENTS = 'query($filter: ClientFilter) { clients(filter: $filter) { totalCount } }';
  it.each([
    ['a search over 50 characters was accepted', { search: '张'.repeat(51) }, 'filter.search'],
    ['a malformed tierId answered INTERNAL_SERVER_ERROR', { tierId: 'not-a-uuid' }, 'filter.tierId'],
  ])('%s: now BAD_USER_INPUT naming the field', async (_label, filter, field) => {
    const r = await world.gql(CLIENTS, { filter }, token);
    expect(r.data ?? null).toBeNull();
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('still answers a valid filter', async () => {
    const r = await world.gql(CLIENTS, { filter: { search: '张'.repeat(50), tierId: SOME_ID } }, token);
    expect(r.errors).toBeUndefined();
  });
});

describe('dates outside any sensible range (were INTERNAL_SERVER_ERROR)', () => {
  const BAD_DAYS = ['0000-01-01', '1899-12-31', '2101-01-01', '2026-02-30', '2026-13-01'];
  const BAD_INSTANTS = ['0000-01-01T00:00:00Z', '2101-01-01T00:00:00Z', '2026-02-30T08:00:00Z', '2026-01-01', '2026-01-01T25:00:00Z'];
  const operations: [string, (v: string) => [string, Record<string, unknown>], string][] = [
    ['worklist(asOf) as a literal', (d) => [`{ worklist(asOf: "${d}") { __typename } }`, {}], 'asOf'],
    ['worklist(asOf) as a variable', (d) => ['query($day: LocalDate) { worklist(asOf: $day) { __typename } }', { day: d }], 'asOf'],
    ['Client.serviceLevels(asOf) as a literal', (d) => [`{ client(id: "${SOME_ID}") { serviceLevels(asOf: "${d}") { __typename } } }`, {}], 'asOf'],
    ['Client.serviceLevels(asOf) as a variable', (d) => ['query($id: ID!, $d: LocalDate) { client(id: $id) { serviceLevels(asOf: $d) { __typename } } }', { id: SOME_ID, d }], 'asOf'],
    ['simulateTierPolicy(asOf)', (d) => ['query($d: LocalDate) { simulateTierPolicy(id: "' + SOME_ID + '", asOf: $d) { __typename } }', { d }], 'asOf'],
    ['startTierReview(asOf)', (d) => ['mutation($d: LocalDate) { startTierReview(asOf: $d) { __typename } }', { d }], 'asOf'],
    ['overrideClientTier(input.until) as a literal', (d) => [`mutation { overrideClientTier(input: { clientId: "${SOME_ID}", tierId: "${SOME_ID}", reason: "r", until: "${d}" }) { __typename } }`, {}], 'until'],
    ['logContact(input.followUpOn)', (d) => ['mutation($input: LogContactInput!) { logContact(input: $input) { __typename } }',
      { input: { clientId: SOME_ID, channel: 'PHONE', kind: 'ADVISORY', summary: 's', outcome: 'INFORMED', followUpOn: d } }], 'followUpOn'],
  ];
  const dayCases = operations.flatMap(([op, build, field]) => BAD_DAYS.map((d) => [op, d, build, field] as const));
  it.each(dayCases)('%s refuses %s with BAD_USER_INPUT naming the field', async (_op, day, build, field) => {
    const [query, variables] = build(day);
    const r = await world.gql(query, variables, token);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it.each(BAD_INSTANTS)('logContact(input.occurredAt) refuses %s with BAD_USER_INPUT naming the field', async (at) => {
    const r = await world.gql('mutation($input: LogContactInput!) { logContact(input: $input) { __typename } }',
      { input: { clientId: SOME_ID, channel: 'PHONE', kind: 'ADVISORY', summary: 's', outcome: 'INFORMED', occurredAt: at } }, token);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'occurredAt' });
  });

  it.each(['1900-01-01', '2100-12-31'])('accepts the edge of the range, %s', async (day) => {
    const r = await world.gql('query($day: LocalDate) { worklist(asOf: $day) { __typename } }', { day }, token);
    expect(r.errors).toBeUndefined();
  });
});

describe('free text', () => {
  const LOG = 'mutation($input: LogContactInput!) { logContact(input: $input) { id summary } }';
  let adviserToken: string;
  let clientId: string;
  const input = (over: Record<string, unknown>) => ({ clientId, channel: 'PHONE', kind: 'ADVISORY', summary: '回访', outcome: 'INFORMED', ...over });

  beforeAll(async () => {
    const team = await newBranchTeam(world.db);
    clientId = (await newClient(world.db, team.branch.id, team.adviser.id)).id;
    adviserToken = await world.signIn(team.adviser.email);
  });

  it('stores emoji (with ZWJ sequences, skin tones, flags), Chinese, line breaks and tabs byte for byte', async () => {
    const text = '客户说：“好的👍🏽”，全家 👨‍👩‍👧‍👦 🇨🇳 𠮷野家\n第二行\t缩进 — naïve café ①';
    const r = await world.gql(LOG, { input: input({ summary: text }) }, adviserToken);
    expect(r.errors).toBeUndefined();
    expect(r.data!.logContact.summary).toBe(text);
    const row = await world.db.query("select encode(convert_to(summary, 'UTF8'), 'hex') as hex from service_log where id = $1", [r.data!.logContact.id]);
    expect(row.rows[0].hex).toBe(Buffer.from(text, 'utf8').toString('hex'));
  });

  it.each([
    ['a NUL byte (was INTERNAL_SERVER_ERROR)', { summary: 'a\u0000b' }, 'summary'],
    ['a bell (C0)', { summary: 'a\u0007b' }, 'summary'],
    ['a carriage return', { summary: 'a\rb' }, 'summary'],
    ['a C1 control (NEL)', { summary: 'a\u0085b' }, 'summary'],
    ['a left-to-right embedding', { summary: 'a\u202Ab' }, 'summary'],
    ['a right-to-left override (was stored as sent)', { summary: '付款\u202E0001\u202C元' }, 'summary'],
    ['a first-strong isolate', { summary: 'a\u2068b' }, 'summary'],
    ['a pop-directional isolate', { summary: 'a\u2069b' }, 'summary'],
    ['a lone surrogate', { summary: 'a\uD800b' }, 'summary'],
    ['a line break in a single-line field', { idempotencyKey: 'key\nx' }, 'idempotencyKey'],
    ['a tab in a single-line field', { idempotencyKey: 'key\tx' }, 'idempotencyKey'],
  ])('refuses %s with BAD_USER_INPUT naming the field, writing nothing', async (_label, over, field) => {
    const before = await count(world.db, 'select 1 from service_log where client_id = $1', [clientId]);
    const r = await world.gql(LOG, { input: input(over) }, adviserToken);
    expect(r.data?.logContact ?? null).toBeNull();
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await count(world.db, 'select 1 from service_log where client_id = $1', [clientId])).toBe(before);
  });

  it('applies at depth: a bidi override in a tier name of a policy draft', async () => {
    const tier = { code: 'A', nameZh: '普通\u202E', nameEn: 'A', minAvgAssets: '0', minCommission12m: '0', minPoints: 0 };
    const r = await world.gql('mutation($input: TierPolicyInput!) { createTierPolicyDraft(input: $input) { id } }',
      { input: { name: 'p', matchRule: 'ANY', windowDays: 30, downgradeAfter: 1, tiers: [tier] } }, token);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'tiers.0.nameZh' });
  });
});
