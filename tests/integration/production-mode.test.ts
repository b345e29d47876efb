import { describe, expect, it } from 'vitest';
import { setLogDestination } from '../../packages/api/src/logger.js';
import { loadConfig } from '../../packages/api/src/config.js';
import { initOrm } from '../../packages/api/src/db/orm.js';
import { useTestWorld } from '../setup/test-server.js';

const dev = useTestWorld();
const prod = useTestWorld({ NODE_ENV: 'production' });

const INTROSPECTION = '{ __schema { queryType { name } } }';

async function post(url: string, query: string, variables?: Record<string, unknown>, token?: string) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { requestId: res.headers.get('x-request-id'), text: await res.text() };
}

/** Log lines written while `fn` runs, at debug level. */
async function captureLogs(fn: () => Promise<void>): Promise<string> {
  const lines: string[] = [];
  const restore = setLogDestination({ write: (l: string) => lines.push(l) }, 'debug');
  try {
    await fn();
  } finally {
    restore();
  }
  return lines.join('');
}

describe('NODE_ENV=production', () => {
  it('turns introspection off (on in development and test)', async () => {
    expect(JSON.parse((await post(dev.url, INTROSPECTION)).text).data.__schema.queryType.name).toBe('Query');
    const r = JSON.parse((await post(prod.url, INTROSPECTION)).text);
    expect(r.data).toBeUndefined();
    expect(r.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.errors[0].message).toMatch(/introspection is not allowed/i);
  });

  it('gives no field suggestions ("Did you mean …") that would reveal the schema', async () => {
    expect((await post(dev.url, '{ mee { id } }')).text).toMatch(/Did you mean/);
    const r = await post(prod.url, '{ mee { id } }');
    expect(r.text).not.toMatch(/Did you mean|"me"/);
    expect(JSON.parse(r.text).errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('masks an unexpected error with a request id that finds its log line, which carries no SQL values', async () => {
    const token = await prod.signIn('head@demo.local');
    // a deterministic internal error: the table the query reads is gone
    await prod.db.query('alter table service_offering rename to service_offering_gone');
    try {
      let r!: Awaited<ReturnType<typeof post>>;
      const logs = await captureLogs(async () => {
        r = await post(prod.url, '{ serviceOfferings { id code } }', undefined, token);
      });
      const body = JSON.parse(r.text);
      expect(body.errors[0]).toEqual({
        message: `Internal error (request ${r.requestId})`,
        path: ['serviceOfferings'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: r.requestId },
      });
      expect(r.text).not.toMatch(/service_offering|select|relation/i);
      const line = logs.split('\n').find((l) => l.includes(r.requestId!) && l.includes('unhandled error'));
      expect(line, logs).toBeTruthy();
      expect(JSON.parse(line!).err).toMatchObject({ type: 'TableNotFoundException', code: '42P01' });
      expect(line).not.toMatch(/select|"service_offering"/i);
    } finally {
      await prod.db.query('alter table service_offering_gone rename to service_offering');
    }
  });
});

describe('logs never carry ID numbers, phones or SQL parameter values (debug level)', () => {
  it('sign-in, a client page, logContact, a failed write: none of it reaches the log', async () => {
    const adviser = (await dev.db.query("select id from staff where email = 'adviser@demo.local'")).rows[0].id as string;
    const clients = await dev.db.query<{ id: string; id_number: string; phone: string }>('select id, id_number, phone from client');
    const mine = (await dev.db.query("select client_id as id from client_assignment where adviser_id = $1 and assigned_to is null limit 1", [adviser])).rows[0].id as string;
    const summary = `log-probe-${Date.now()}-客户谈话内容`;
    const failing = `failing-probe-${Date.now()}`;
    // a constraint that turns the second logContact into a driver error carrying the row's values
    await dev.db.query(`alter table service_log add constraint log_probe check (summary <> '${failing}') not valid`);

    let requestIds: (string | null)[] = [];
    const logs = await captureLogs(async () => {
      const signIn = await post(dev.url, 'mutation($input: SignInInput!) { signIn(input: $input) { token } }', { input: { email: 'adviser@demo.local', password: 'demo-password' } });
      const token = JSON.parse(signIn.text).data.signIn.token as string;
      await post(dev.url, 'mutation($input: SignInInput!) { signIn(input: $input) { token } }', { input: { email: 'adviser@demo.local', password: 'wrong-password-probe' } });
      const page = await post(dev.url, 'query($id: ID!) { client(id: $id) { name idNumberMasked phoneMasked serviceLogs(first: 5) { summary } } }', { id: mine }, token);
      expect(JSON.parse(page.text).data.client.idNumberMasked).toContain('*');
      const input = { clientId: mine, channel: 'PHONE', kind: 'ADVISORY', outcome: 'RESOLVED' };
      const logged = await post(dev.url, 'mutation($input: LogContactInput!) { logContact(input: $input) { id } }', { input: { ...input, summary } }, token);
      expect(JSON.parse(logged.text).errors).toBeUndefined();
      const failed = await post(dev.url, 'mutation($input: LogContactInput!) { logContact(input: $input) { id } }', { input: { ...input, summary: failing } }, token);
      expect(JSON.parse(failed.text).errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
      requestIds = [signIn.requestId, page.requestId, logged.requestId, failed.requestId];
    });
    await dev.db.query('alter table service_log drop constraint log_probe');

    // the logs were written (SQL at debug, the failure at error), each findable by request id
    for (const id of requestIds) expect(logs).toContain(id);
    expect(logs).toMatch(/"msg":"sql"/);
    expect(logs).toMatch(/unhandled error in GraphQL request/);

    const leaks = [
      ...clients.rows.flatMap((c) => [c.id_number, c.phone]),
      summary, failing, 'demo-password', 'wrong-password-probe', 'adviser@demo.local',
    ].filter((v) => logs.includes(v));
    expect(leaks).toEqual([]);
    expect(clients.rows.length).toBeGreaterThan(100);
  });
});

describe('statement timeout on the API pool', () => {
  it('defaults to 5 s, and a statement over it is cancelled (SQLSTATE 57014) instead of holding the connection', async () => {
    expect(loadConfig({}).STATEMENT_TIMEOUT_MS).toBe(5000);
    const orm = await initOrm(dev.dbUrl, { poolMax: 1, statementTimeoutMs: loadConfig({ STATEMENT_TIMEOUT_MS: '200' }).STATEMENT_TIMEOUT_MS });
    try {
      const conn = orm.em.fork().getConnection();
      expect(await conn.execute('show statement_timeout')).toEqual([{ statement_timeout: '200ms' }]);
      const started = Date.now();
      await expect(conn.execute('select pg_sleep(3)')).rejects.toMatchObject({ code: '57014' });
      expect(Date.now() - started).toBeLessThan(2500);
    } finally {
      await orm.close(true);
    }
  });
});
