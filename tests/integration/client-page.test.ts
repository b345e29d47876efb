import { beforeAll, describe, expect, it } from 'vitest';
import { useTestWorld } from '../setup/test-server.js';
import { newBranchTeam, newClient } from '../factories/index.js';
import { businessDay } from '../../packages/api/src/shared/time.js';

const world = useTestWorld();

const PAGE = `query($id: ID!) { client(id: $id) {
  id name accountNo idNumberMasked phoneMasked status riskLevel investmentStyle preferredChannels openedOn
  branch { name } adviser { name } currentTier { code nameZh nameEn }
  tierHistory { reason effectiveOn changedAt policyVersion fromTier { code } toTier { code }
                figures { avgAssets commission12m windowDays asOf } }
  serviceLogs(first: 10) { occurredAt createdAt channel kind summary outcome offering { code } adviser { name } }
  assetHistory(days: 365) { day totalAssets }
} }`;

describe('the client page', () => {
  let team: Awaited<ReturnType<typeof newBranchTeam>>;
  let client: { id: string };
  let token: string;

  beforeAll(async () => {
    team = await newBranchTeam(world.db);
    client = await newClient(world.db, team.branch.id, team.adviser.id, { tierCode: 'CLASSIC' });
    const db = world.db;
    // the API's today (Asia/Shanghai), not the database's current_date (its zone is UTC)
    const today = businessDay();
    await db.query(
      `insert into tier_change (client_id, to_tier_id, policy_id, reason, effective_on, figures)
       select $1, t.id, p.id, 'SCHEDULED_REVIEW', $2::date - 30, '{"avgAssets":"812345.67","commission12m":"12000.00","windowDays":60,"asOf":"2026-10-31"}'
         from tier t join tier_policy p on p.id = t.policy_id where p.status = 'ACTIVE' and t.code = 'CLASSIC'`,
      [client.id, today],
    );
    await db.query(`select crm_ensure_metric_partitions($1::date - 400, $1::date)`, [today]);
    await db.query(
      `insert into daily_metric (client_id, day, total_assets, cash, market_value)
       select $1, d::date, 800000 + extract(doy from d), 100000, 700000 + extract(doy from d)
         from generate_series($2::date - 399, $2::date, interval '1 day') d`,
      [client.id, today],
    );
    await db.query(
      `insert into service_log (client_id, adviser_id, occurred_at, channel, kind, summary, outcome)
       values ($1, $2, now() - interval '3 days', 'PHONE', 'ADVISORY', '季度组合检视', 'RESOLVED')`,
      [client.id, team.adviser.id],
    );
    token = await world.signIn(team.adviser.email);
  });

  it('shows profile, tier history with its figures, the timeline and 12 months of assets', async () => {
    const r = await world.gql(PAGE, { id: client.id }, token);
    expect(r.errors).toBeUndefined();
    const c = r.data!.client;
    expect(c.currentTier.code).toBe('CLASSIC');
    expect(c.tierHistory[0]).toMatchObject({
      reason: 'SCHEDULED_REVIEW', policyVersion: 1, toTier: { code: 'CLASSIC' },
      figures: { avgAssets: '812345.67', commission12m: '12000.00', windowDays: 60, asOf: '2026-10-31' },
    });
    expect(Date.parse(c.tierHistory[0].changedAt)).not.toBeNaN();
    expect(c.serviceLogs[0]).toMatchObject({ summary: '季度组合检视', channel: 'PHONE', adviser: { name: expect.any(String) } });
    expect(c.serviceLogs[0].occurredAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(c.assetHistory).toHaveLength(365);
    expect(c.assetHistory[0].day < c.assetHistory[364].day).toBe(true);
    expect(c.assetHistory[0].totalAssets).toMatch(/^\d+\.\d{2}$/);
  });
});

const TIMELINE = `query($id: ID!, $first: Int, $after: String) { client(id: $id) {
  serviceLogsConnection(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id occurredAt summary } }
  }
} }`;

// regression: the client page showed at most 50 contacts, silently (55 showed as 50)
describe('the timeline of a client with 55 contacts', () => {
  let client: { id: string };
  let token: string;
  let expected: string[];

  beforeAll(async () => {
    const team = await newBranchTeam(world.db);
    client = await newClient(world.db, team.branch.id, team.adviser.id);
    // 55 contacts; five pairs share an instant, and two differ by one microsecond, which a
    // millisecond cursor (a JS Date) would lose
    await world.db.query(
      `insert into service_log (client_id, adviser_id, occurred_at, channel, kind, summary, outcome)
       select $1::uuid, $2::uuid, timestamptz '2026-06-01 10:00:00.000001+08' - (i / 2) * interval '1 hour', 'PHONE', 'ADVISORY', '联系 ' || i, 'INFORMED'
         from generate_series(1, 10) i
       union all
       select $1::uuid, $2::uuid, timestamptz '2026-05-01 10:00:00+08' - i * interval '1 day', 'PHONE', 'ADVISORY', '联系 ' || i, 'INFORMED'
         from generate_series(11, 54) i
       union all
       select $1::uuid, $2::uuid, timestamptz '2026-05-01 10:00:00.000001+08' - 20 * interval '1 day', 'PHONE', 'ADVISORY', '联系 55', 'INFORMED'`,
      [client.id, team.adviser.id],
    );
    expected = (await world.db.query('select id from service_log where client_id = $1 order by occurred_at desc, id desc', [client.id])).rows.map((r) => r.id);
    token = await world.signIn(team.adviser.email);
  });

  async function walk(first: number) {
    const seen: string[] = [];
    let after: string | null = null;
    const pages: any[] = [];
    do {
      const r: any = await world.gql(TIMELINE, { id: client.id, first, after }, token);
      expect(r.errors).toBeUndefined();
      const conn = r.data.client.serviceLogsConnection;
      pages.push(conn);
      seen.push(...conn.edges.map((e: any) => e.node.id));
      after = conn.pageInfo.hasNextPage ? conn.pageInfo.endCursor : null;
    } while (after && pages.length < 60);
    return { seen, pages };
  }

  it('pages through all 55 newest first with keyset cursors and says how many there are', async () => {
    const { seen, pages } = await walk(20);
    expect(pages.map((p) => p.edges.length)).toEqual([20, 20, 15]);
    expect(pages.every((p) => p.totalCount === 55)).toBe(true);
    expect(pages.map((p) => p.pageInfo.hasPreviousPage)).toEqual([false, true, true]);
    expect(seen).toEqual(expected);
  });

  it('neither skips nor repeats an entry across a page boundary, also between entries of the same instant or a microsecond apart', async () => {
    const { seen, pages } = await walk(1);
    expect(pages).toHaveLength(55);
    expect(seen).toEqual(expected);
  });

  it('keeps the deprecated list working as before', async () => {
    const r = await world.gql('query($id: ID!) { client(id: $id) { serviceLogs(first: 50) { id } } }', { id: client.id }, token);
    expect(r.data!.client.serviceLogs.map((l: any) => l.id)).toEqual(expected.slice(0, 50));
  });

  it('refuses a malformed cursor and a page over 100, naming the argument', async () => {
    const bad = await world.gql(TIMELINE, { id: client.id, after: 'bm9wZQ' }, token);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const big = await world.gql(TIMELINE, { id: client.id, first: 101 }, token);
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});

describe('sorting the book by name', () => {
  it('sorts Chinese names by pinyin, also when filtered by tier', async () => {
    const team = await newBranchTeam(world.db);
    for (const name of ['张伟', '阿娇', '王芳', '李娜']) await newClient(world.db, team.branch.id, team.adviser.id, { name, tierCode: 'INFO' });
    const token = await world.signIn(team.adviser.email);
    const r = await world.gql(
      '{ clients(first: 10, orderBy: NAME, filter: { tierCode: "INFO" }) { edges { node { name } } } }', {}, token,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.clients.edges.map((e: any) => e.node.name)).toEqual(['阿娇', '李娜', '王芳', '张伟']);
  });
});
