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
