import { beforeAll, describe, expect, it } from 'vitest';
import { useTestWorld } from '../setup/test-server.js';
import { newBranchTeam, newClient, count } from '../factories/index.js';
import { daysAhead } from '../factories/days.js';

const world = useTestWorld();

const LOG = `mutation($input: LogContactInput!) {
  logContact(input: $input) { id occurredAt channel kind summary outcome followUpOn adviser { email } offering { code } }
}`;
const TIMELINE = 'query($id: ID!) { client(id: $id) { lastContactAt serviceLogs(first: 5) { id summary } } }';

describe('logging a contact', () => {
  let team: Awaited<ReturnType<typeof newBranchTeam>>;
  let client: { id: string };
  let token: string;
  const valid = () => ({ clientId: client.id, channel: 'PHONE', kind: 'ADVISORY', summary: '讨论组合配置，客户有意加仓红利基金', outcome: 'NEEDS_FOLLOW_UP' });

  beforeAll(async () => {
    team = await newBranchTeam(world.db);
    client = await newClient(world.db, team.branch.id, team.adviser.id);
    token = await world.signIn(team.adviser.email);
  });

  it('records the contact, its follow-up and the last contact time; the entry heads the timeline at once', async () => {
    const offering = await world.db.query("select id from service_offering where code = 'ONE_TO_ONE_CALL'");
    const tomorrow = daysAhead(1);
    const r = await world.gql(LOG, { input: { ...valid(), offeringId: offering.rows[0].id, followUpOn: tomorrow } }, token);
    expect(r.errors).toBeUndefined();
    expect(r.data!.logContact).toMatchObject({ channel: 'PHONE', kind: 'ADVISORY', followUpOn: tomorrow, adviser: { email: team.adviser.email }, offering: { code: 'ONE_TO_ONE_CALL' } });

    const t = await world.gql(TIMELINE, { id: client.id }, token);
    expect(t.data!.client.serviceLogs[0].id).toBe(r.data!.logContact.id);
    expect(t.data!.client.lastContactAt).toBe(r.data!.logContact.occurredAt);
    expect(await count(world.db, "select 1 from follow_up where service_log_id = $1 and status = 'OPEN'", [r.data!.logContact.id])).toBe(1);
  });

  it('is safe to retry: the same idempotency key returns the first entry, even when the retries race', async () => {
    const input = { ...valid(), summary: '重试测试', idempotencyKey: 'retry-key-1' };
    const results = await Promise.all([1, 2, 3, 4].map(() => world.gql(LOG, { input }, token)));
    const ids = new Set(results.map((r) => r.data?.logContact.id));
    expect(ids.size).toBe(1);
    expect(await count(world.db, "select 1 from service_log where summary = '重试测试'")).toBe(1);
  });

  const future = () => new Date(Date.now() + 3 * 3_600_000).toISOString();
  it.each([
    ['an empty summary', { summary: '   ' }, 'summary'],
    ['a contact time in the future', { occurredAt: future() }, 'occurredAt'],
    ['an unknown channel', { channel: 'CARRIER_PIGEON' }, 'channel'],
    ['a follow-up before the contact', { occurredAt: '2026-01-10T02:00:00.000Z', followUpOn: '2026-01-09' }, 'followUpOn'],
    ['an unknown offering', { offeringId: '00000000-0000-4000-8000-000000000000' }, 'offeringId'],
    ['a summary over 2000 characters', { summary: '长'.repeat(2001) }, 'summary'],
    // regression: a contact dated 1900-01-01 was accepted, long before the account was opened (2020-01-02)
    ['a contact before the account was opened', { occurredAt: '1900-01-01T00:00:00.000Z' }, 'occurredAt'],
    // 23:30 on 2020-01-01 in Shanghai is still the day before the opening day
    ['a contact late on the Shanghai day before the opening', { occurredAt: '2020-01-01T15:30:00.000Z' }, 'occurredAt'],
  ])('refuses %s with BAD_USER_INPUT naming the field, writing nothing', async (_label, change, field) => {
    const before = await count(world.db, 'select 1 from service_log');
    const followUps = await count(world.db, 'select 1 from follow_up');
    const r = await world.gql(LOG, { input: { ...valid(), ...change } }, token);
    expect(r.data?.logContact ?? null).toBeNull();
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await count(world.db, 'select 1 from service_log')).toBe(before);
    expect(await count(world.db, 'select 1 from follow_up')).toBe(followUps);
  });

  it('accepts a contact on the opening day in Shanghai (00:30 there is still the previous day in UTC)', async () => {
    const r = await world.gql(LOG, { input: { ...valid(), occurredAt: '2020-01-01T16:30:00.000Z' } }, token);
    expect(r.errors).toBeUndefined();
    expect(r.data!.logContact.occurredAt).toBe('2020-01-01T16:30:00.000Z');
  });

  describe('idempotency keys', () => {
    const LOG_ID = 'mutation($input: LogContactInput!) { logContact(input: $input) { id summary } }';

    it('answers a replay of the same request with the first entry', async () => {
      const input = { ...valid(), summary: '同键同请求', occurredAt: '2026-01-05T02:00:00.000Z', idempotencyKey: 'same-request-key' };
      const first = await world.gql(LOG_ID, { input }, token);
      const again = await world.gql(LOG_ID, { input }, token);
      expect(first.errors).toBeUndefined();
      expect(again.errors).toBeUndefined();
      expect(again.data!.logContact.id).toBe(first.data!.logContact.id);
      expect(await count(world.db, "select 1 from service_log where summary = '同键同请求'")).toBe(1);
    });

    // regression: a key reused for a contact with another client answered the first entry as
    // success, and the second contact was silently never recorded
    it.each([
      ['another client', async () => ({ clientId: (await newClient(world.db, team.branch.id, team.adviser.id)).id })],
      ['another summary', async () => ({ summary: '另一次联系' })],
      ['another follow-up date', async () => ({ followUpOn: '2026-02-01' })],
    ])('refuses the same key with %s: CONFLICT IDEMPOTENCY_KEY_REUSED, nothing written', async (_label, change) => {
      const key = `reused-${Math.random()}`;
      const input = { ...valid(), summary: '第一次联系', occurredAt: '2026-01-05T02:00:00.000Z', idempotencyKey: key };
      const first = await world.gql(LOG_ID, { input }, token);
      expect(first.errors).toBeUndefined();
      const logs = await count(world.db, 'select 1 from service_log');
      const followUps = await count(world.db, 'select 1 from follow_up');
      const r = await world.gql(LOG_ID, { input: { ...input, ...(await change()) } }, token);
      expect(r.data?.logContact ?? null).toBeNull();
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' });
      expect(r.errors?.[0]?.message).toMatch(/already used for another request/);
      expect(await count(world.db, 'select 1 from service_log')).toBe(logs);
      expect(await count(world.db, 'select 1 from follow_up')).toBe(followUps);
    });

    it('refuses a different request racing under the same key: one entry, the other CONFLICT', async () => {
      const base = { ...valid(), occurredAt: '2026-01-05T02:00:00.000Z', idempotencyKey: 'racing-different' };
      const results = await Promise.all(['竞争甲', '竞争乙', '竞争甲', '竞争乙'].map((summary) => world.gql(LOG_ID, { input: { ...base, summary } }, token)));
      const ok = results.filter((r) => r.data?.logContact);
      const refused = results.filter((r) => r.errors?.[0]?.extensions?.reason === 'IDEMPOTENCY_KEY_REUSED');
      expect(ok.length + refused.length).toBe(4);
      expect(new Set(ok.map((r) => r.data!.logContact.summary)).size).toBe(1);
      expect(refused.length).toBe(2);
      expect(await count(world.db, "select 1 from service_log where idempotency_key = 'racing-different'")).toBe(1);
    });
  });

  it('keeps service logs append-only in the database itself', async () => {
    const r = await world.gql(LOG, { input: valid() }, token);
    await expect(world.db.query('update service_log set summary = $1 where id = $2', ['篡改', r.data!.logContact.id])).rejects.toThrow(/append-only/);
    await expect(world.db.query('delete from service_log where id = $1', [r.data!.logContact.id])).rejects.toThrow(/append-only/);
  });
});
