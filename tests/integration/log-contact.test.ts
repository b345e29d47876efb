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
  ])('refuses %s with BAD_USER_INPUT naming the field, writing nothing', async (_label, change, field) => {
    const before = await count(world.db, 'select 1 from service_log');
    const followUps = await count(world.db, 'select 1 from follow_up');
    const r = await world.gql(LOG, { input: { ...valid(), ...change } }, token);
    expect(r.data?.logContact ?? null).toBeNull();
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await count(world.db, 'select 1 from service_log')).toBe(before);
    expect(await count(world.db, 'select 1 from follow_up')).toBe(followUps);
  });

  it('keeps service logs append-only in the database itself', async () => {
    const r = await world.gql(LOG, { input: valid() }, token);
    await expect(world.db.query('update service_log set summary = $1 where id = $2', ['篡改', r.data!.logContact.id])).rejects.toThrow(/append-only/);
    await expect(world.db.query('delete from service_log where id = $1', [r.data!.logContact.id])).rejects.toThrow(/append-only/);
  });
});
