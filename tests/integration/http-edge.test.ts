import { beforeAll, describe, expect, it } from 'vitest';
import { useTestWorld } from '../setup/test-server.js';
import { newBranchTeam, newClient } from '../factories/index.js';

const world = useTestWorld();

/** Raw fetch to /graphql (or below it): the edge is what is under test, not the helper. */
async function send(body: string | undefined, init: { method?: string; path?: string; headers?: Record<string, string> } = {}) {
  const res = await fetch(`${world.url}${init.path ?? '/graphql'}`, {
    method: init.method ?? 'POST',
    headers: { 'content-type': 'application/json', ...init.headers },
    body,
  });
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', text: await res.text() };
}

/** JSON in GraphQL's error format, with a code, and nothing of the server's insides. */
function expectJsonError(r: Awaited<ReturnType<typeof send>>, status: number, code: string) {
  expect(r.status).toBe(status);
  expect(r.contentType).toMatch(/^application\/(graphql-response\+)?json/);
  const body = JSON.parse(r.text) as { errors: { message: string; extensions: { code: string } }[] };
  expect(body.errors[0]!.extensions.code).toBe(code);
  expect(body.errors[0]!.message).toBeTruthy();
  expect(r.text).not.toMatch(/<html|<pre|\bat [\w.<>]+ \(|node_modules|\/work\/|\.ts:\d+|stacktrace/i);
}

describe('every answer from /graphql is JSON in GraphQL error format (regression: HTML pages with stack traces and file paths)', () => {
  it.each([
    ['malformed JSON', '{"query": "{ me { id } }"'],
    ['a JSON string', '"{ me { id } }"'],
    ['a JSON number', '42'],
    ['JSON null', 'null'],
  ])('answers %s with 400 BAD_REQUEST', async (_what, body) => {
    expectJsonError(await send(body), 400, 'BAD_REQUEST');
  });

  it('refuses a batch (an array body): batching is off', async () => {
    const r = await send(JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]));
    expectJsonError(r, 400, 'BAD_REQUEST');
  });

  it('answers a body over the size limit with 413 PAYLOAD_TOO_LARGE', async () => {
    const r = await send(JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(9 * 1024 * 1024) } }));
    expectJsonError(r, 413, 'PAYLOAD_TOO_LARGE');
  });

  it('accepts a body of a few MB (a batch of 10,000 metric rows is about that size)', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => ({ clientId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, day: '2026-11-30', totalAssets: '1234567.89', commission: '123.45', tradeCount: 3, notes: 'x'.repeat(200) }));
    const body = JSON.stringify({ query: '{ me { id } }', variables: { rows } });
    expect(body.length).toBeGreaterThan(3_000_000);
    const r = await send(body);
    expect(r.status).toBe(200);
    expect(JSON.parse(r.text)).toMatchObject({ data: { me: null } });
    expect(JSON.parse(r.text).errors).toBeUndefined();
  });

  it.each([
    ['an unknown path below /graphql', 'POST', '/graphql/nope', 404, 'NOT_FOUND'],
    ['an unknown nested path', 'GET', '/graphql/a/b', 404, 'NOT_FOUND'],
    ['PUT', 'PUT', '/graphql', 405, 'METHOD_NOT_ALLOWED'],
    ['DELETE', 'DELETE', '/graphql', 405, 'METHOD_NOT_ALLOWED'],
    ['PATCH', 'PATCH', '/graphql', 405, 'METHOD_NOT_ALLOWED'],
  ])('answers %s with JSON', async (_what, method, path, status, code) => {
    expectJsonError(await send(method === 'GET' ? undefined : '{}', { method, path }), status, code);
  });

  it('answers GET /graphql without a query with JSON, not a landing page', async () => {
    expectJsonError(await send(undefined, { method: 'GET', headers: { 'apollo-require-preflight': 'true' } }), 400, 'BAD_REQUEST');
    // what a browser sends when someone opens /graphql: 406 in JSON, not the Apollo sandbox page
    expectJsonError(await send(undefined, { method: 'GET', headers: { 'apollo-require-preflight': 'true', accept: 'text/html' } }), 406, 'BAD_REQUEST');
  });

  it('keeps CSRF prevention on: a simple GET without a preflight header is refused, as JSON', async () => {
    const r = await send(undefined, { method: 'GET', path: '/graphql?query=%7Bme%7Bid%7D%7D', headers: { 'content-type': 'text/plain' } });
    expectJsonError(r, 400, 'BAD_REQUEST');
  });

  it('answers a POST with an empty object as JSON', async () => {
    expectJsonError(await send('{}'), 400, 'BAD_REQUEST');
  });

  describe('a field over its length limit is BAD_USER_INPUT naming the field, not a 413', () => {
    let token: string;
    let clientId: string;
    beforeAll(async () => {
      const team = await newBranchTeam(world.db);
      clientId = (await newClient(world.db, team.branch.id, team.adviser.id)).id;
      token = await world.signIn(team.adviser.email);
    });

    it('logContact with a 2,001-character summary', async () => {
      const r = await fetch(`${world.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          query: 'mutation($input: LogContactInput!) { logContact(input: $input) { id } }',
          variables: { input: { clientId, channel: 'PHONE', kind: 'ADVISORY', summary: '长'.repeat(2001), outcome: 'RESOLVED' } },
        }),
      });
      expect(r.status).toBe(200);
      const body = (await r.json()) as { errors: { extensions: { code: string; field: string } }[] };
      expect(body.errors[0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'summary' });
      expect((await world.db.query('select count(*)::int as n from service_log where client_id = $1', [clientId])).rows[0].n).toBe(0);
    });

    it('a variable that does not coerce is still BAD_USER_INPUT naming the field (the cost check must not turn it into an internal error)', async () => {
      const r = await world.gql(
        'mutation($input: LogContactInput!) { logContact(input: $input) { id } }',
        { input: { clientId, channel: 'PHONE', kind: 'ADVISORY', summary: 'ok', outcome: 'NOT_AN_OUTCOME' } },
        token,
      );
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'outcome' });
    });
  });
});
