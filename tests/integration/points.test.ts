import { beforeAll, describe, expect, it } from 'vitest';
import { useTestWorld } from '../setup/test-server.js';
import { count, newBranchTeam, newClient, newStaff } from '../factories/index.js';
import { businessDay } from '../../packages/api/src/shared/time.js';
import { givePoints, newMetricDay, newReferral, offeringId, setPointsRule } from '../factories/points.js';

const world = useTestWorld();

const RUN = 'mutation($period: String!) { runPoints(period: $period) { id period entriesWritten } }';
const REDEEM = `mutation($input: RedeemPointsInput!) {
  redeemPoints(input: $input) { id delta kind period note offering { code } }
}`;
const POINTS = `query($id: ID!) { client(id: $id) { points { balance history(first: 10) { kind delta period note offering { code } } } } }`;

const balanceOf = async (clientId: string) =>
  Number((await world.db.query('select coalesce(sum(delta), 0) as b from points_entry where client_id = $1', [clientId])).rows[0].b);

describe('points', () => {
  let team: Awaited<ReturnType<typeof newBranchTeam>>;
  let tokens: Record<'adviser' | 'otherAdviser' | 'manager' | 'headOffice' | 'compliance', string>;

  beforeAll(async () => {
    team = await newBranchTeam(world.db);
    const ho = await newStaff(world.db, 'HEAD_OFFICE', null);
    const compliance = await newStaff(world.db, 'COMPLIANCE', null);
    tokens = {
      adviser: await world.signIn(team.adviser.email),
      otherAdviser: await world.signIn(team.otherAdviser.email),
      manager: await world.signIn(team.manager.email),
      headOffice: await world.signIn(ho.email),
      compliance: await world.signIn(compliance.email),
    };
  });

  describe('a points run', () => {
    const PERIOD = '2025-06';
    let star: { id: string };
    let newcomer: { id: string };
    let closed: { id: string };

    beforeAll(async () => {
      await setPointsRule(world.db, { per10kAvgAssets: 5, per100Commission: 2, perTenureYear: 10, perReferral: 100 });
      star = await newClient(world.db, team.branch.id, team.adviser.id);
      newcomer = await newClient(world.db, team.branch.id, team.adviser.id);
      const later = await newClient(world.db, team.branch.id, team.adviser.id);
      const other = await newClient(world.db, team.branch.id, team.adviser.id);
      closed = await newClient(world.db, team.branch.id, team.adviser.id, { status: 'CLOSED' });
      // opened three years before the period, in its month: tenure 3 × 10
      await world.db.query("update client set opened_on = '2022-06-15' where id in ($1, $2)", [star.id, closed.id]);
      await world.db.query("update client set opened_on = '2025-06-10' where id = $1", [newcomer.id]);
      // 15 of June's 30 days at 200k: average daily assets 100,000 → 10 × 5 = 50; days outside June don't count
      for (let d = 1; d <= 15; d++) await newMetricDay(world.db, star.id, `2025-06-${String(d).padStart(2, '0')}`, '200000.00', d === 1 ? '1234.56' : '0');
      await newMetricDay(world.db, star.id, '2025-05-31', '9000000.00', '5000.00');
      await newMetricDay(world.db, star.id, '2025-07-01', '9000000.00', '5000.00');
      await newMetricDay(world.db, closed.id, '2025-06-03', '5000000.00', '900.00');
      // two referrals in June (2 × 100), one in July that belongs to the next run
      await newReferral(world.db, star.id, newcomer.id, '2025-06-10');
      await newReferral(world.db, star.id, other.id, '2025-06-30');
      await newReferral(world.db, star.id, later.id, '2025-07-01');
    });

    it('awards each kind by the rule for a hand-made client, skips zero-point rows and gone clients', async () => {
      const before = await count(world.db, 'select 1 from points_entry where period = $1', [PERIOD]);
      const r = await world.gql(RUN, { period: PERIOD }, tokens.headOffice);
      expect(r.errors).toBeUndefined();
      expect(r.data!.runPoints.period).toBe(PERIOD);
      const written = r.data!.runPoints.entriesWritten;
      expect(written).toBe((await count(world.db, 'select 1 from points_entry where period = $1', [PERIOD])) - before);

      const rows = await world.db.query('select kind, delta, note from points_entry where client_id = $1 order by kind', [star.id]);
      expect(rows.rows.map((x) => [x.kind, x.delta])).toEqual([
        ['EARN_ASSETS', 50], ['EARN_COMMISSION', 24], ['EARN_REFERRAL', 200], ['EARN_TENURE', 30],
      ]);
      expect(rows.rows[0].note).toContain('100000.00');
      // the newcomer has no metrics, no whole year, no referrals: nothing, not zero rows
      expect(await count(world.db, 'select 1 from points_entry where client_id = $1', [newcomer.id])).toBe(0);
      expect(await count(world.db, 'select 1 from points_entry where client_id = $1', [closed.id])).toBe(0);
      const run = await world.db.query('select entries_written, started_by from points_run where id = $1', [r.data!.runPoints.id]);
      expect(run.rows[0].entries_written).toBe(written);

      const p = await world.gql(POINTS, { id: star.id }, tokens.adviser);
      expect(p.data!.client.points.balance).toBe(304);
      expect(p.data!.client.points.history).toHaveLength(4);
      expect(p.data!.client.points.history.every((e: any) => e.period === PERIOD)).toBe(true);
    });

    it('is idempotent: running the same month again writes nothing', async () => {
      const entries = await count(world.db, 'select 1 from points_entry');
      const r = await world.gql(RUN, { period: PERIOD }, tokens.headOffice);
      expect(r.errors).toBeUndefined();
      expect(r.data!.runPoints.entriesWritten).toBe(0);
      expect(await count(world.db, 'select 1 from points_entry')).toBe(entries);
      expect(await count(world.db, 'select 1 from points_run where period = $1', [PERIOD])).toBe(2);
    });

    it.each([
      ['a malformed month', '2025-13', 'BAD_USER_INPUT'],
      ['a month that has not ended', businessDay().slice(0, 7), 'BAD_USER_INPUT'],
    ])('refuses %s naming the period', async (_label, period, code) => {
      const r = await world.gql(RUN, { period }, tokens.headOffice);
      expect(r.errors?.[0]?.extensions).toMatchObject({ code, field: 'period' });
    });

    it.each(['adviser', 'manager', 'compliance'] as const)('is for head office only: %s is FORBIDDEN', async (who) => {
      const runs = await count(world.db, 'select 1 from points_run');
      const r = await world.gql(RUN, { period: '2025-05' }, tokens[who]);
      expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await count(world.db, 'select 1 from points_run')).toBe(runs);
    });
  });

  describe('redeeming', () => {
    let researchReport: string;
    beforeAll(async () => {
      researchReport = await offeringId(world.db, 'RESEARCH_REPORT'); // costs 100
    });

    it('cannot overdraw under parallel redemptions: a balance for 3 gives exactly 3', async () => {
      const client = await newClient(world.db, team.branch.id, team.adviser.id);
      await givePoints(world.db, client.id, 350);
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          world.gql(REDEEM, { input: { clientId: client.id, offeringId: researchReport, idempotencyKey: `burst-${i}` } }, tokens.adviser)),
      );
      const ok = results.filter((r) => r.data?.redeemPoints);
      const refused = results.filter((r) => r.errors);
      expect(ok).toHaveLength(3);
      expect(refused).toHaveLength(7);
      for (const r of refused) expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'offeringId' });
      expect(await count(world.db, "select 1 from points_entry where client_id = $1 and kind = 'REDEEM'", [client.id])).toBe(3);
      expect(await balanceOf(client.id)).toBe(50);
      const p = await world.gql(POINTS, { id: client.id }, tokens.adviser);
      expect(p.data!.client.points.balance).toBe(50);
      expect(p.data!.client.points.history[0]).toMatchObject({ kind: 'REDEEM', delta: -100, offering: { code: 'RESEARCH_REPORT' } });
    });

    it('refuses more than the balance with BAD_USER_INPUT on offeringId, naming balance and cost, writing nothing', async () => {
      const client = await newClient(world.db, team.branch.id, team.adviser.id);
      await givePoints(world.db, client.id, 50);
      const r = await world.gql(REDEEM, { input: { clientId: client.id, offeringId: await offeringId(world.db, 'PORTFOLIO_REVIEW') } }, tokens.adviser);
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'offeringId' });
      expect(r.errors![0]!.message).toMatch(/50/);
      expect(r.errors![0]!.message).toMatch(/800/);
      expect(await count(world.db, 'select 1 from points_entry where client_id = $1', [client.id])).toBe(1);
    });

    it.each([
      ['an offering without a points cost', async () => offeringId(world.db, 'ONE_TO_ONE_CALL')],
      ['an unknown offering', async () => '00000000-0000-4000-8000-000000000000'],
      ['a withdrawn offering', async () => (await world.db.query(
        "insert into service_offering (code, name_zh, name_en, category, channel, points_cost, active) values ('OLD_GIFT', '旧礼品', 'Old gift', 'CARE', 'SMS', 10, false) returning id")).rows[0].id],
    ])('refuses %s with BAD_USER_INPUT on offeringId', async (_label, offering) => {
      const client = await newClient(world.db, team.branch.id, team.adviser.id);
      await givePoints(world.db, client.id, 5000);
      const r = await world.gql(REDEEM, { input: { clientId: client.id, offeringId: await offering() } }, tokens.adviser);
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'offeringId' });
      expect(await balanceOf(client.id)).toBe(5000);
    });

    it.each([
      ['compliance', 'FORBIDDEN'],
      ['otherAdviser', 'NOT_FOUND'],
    ] as const)('refuses %s (%s) and writes nothing', async (who, code) => {
      const client = await newClient(world.db, team.branch.id, team.adviser.id);
      await givePoints(world.db, client.id, 500);
      const r = await world.gql(REDEEM, { input: { clientId: client.id, offeringId: researchReport } }, tokens[who]);
      expect(r.errors?.[0]?.extensions?.code).toBe(code);
      expect(await balanceOf(client.id)).toBe(500);
    });

    it.each(['adviser', 'manager', 'headOffice'] as const)('lets %s redeem for a client in scope', async (who) => {
      const client = await newClient(world.db, team.branch.id, team.adviser.id);
      await givePoints(world.db, client.id, 100);
      const r = await world.gql(REDEEM, { input: { clientId: client.id, offeringId: researchReport } }, tokens[who]);
      expect(r.errors).toBeUndefined();
      expect(r.data!.redeemPoints).toMatchObject({ kind: 'REDEEM', delta: -100, period: null });
      expect(await balanceOf(client.id)).toBe(0);
    });

    it('returns the first entry for a retried idempotency key, even when the retries race', async () => {
      const client = await newClient(world.db, team.branch.id, team.adviser.id);
      await givePoints(world.db, client.id, 1000);
      const input = { clientId: client.id, offeringId: researchReport, idempotencyKey: 'retry-1' };
      const results = await Promise.all([1, 2, 3, 4].map(() => world.gql(REDEEM, { input }, tokens.adviser)));
      expect(results.every((r) => r.errors === undefined)).toBe(true);
      expect(new Set(results.map((r) => r.data!.redeemPoints.id)).size).toBe(1);
      const again = await world.gql(REDEEM, { input }, tokens.adviser);
      expect(again.data!.redeemPoints.id).toBe(results[0]!.data!.redeemPoints.id);
      expect(await balanceOf(client.id)).toBe(900);
    });
  });

  it('loads balances and histories of a whole page of clients in the same number of statements for 5 as for 50', async () => {
    const team2 = await newBranchTeam(world.db);
    for (let i = 0; i < 50; i++) {
      const c = await newClient(world.db, team2.branch.id, team2.adviser.id, { latestTotalAssets: `${1000 + i}.00` });
      await givePoints(world.db, c.id, 10 + i);
    }
    const token = await world.signIn(team2.adviser.email);
    const Q = `query($first: Int!) { clients(first: $first) { edges { node { id points { balance history(first: 2) { kind delta offering { code } } } } } } }`;
    const five = await world.gql(Q, { first: 5 }, token);
    const fifty = await world.gql(Q, { first: 50 }, token);
    expect(five.errors).toBeUndefined();
    expect(fifty.data!.clients.edges).toHaveLength(50);
    expect(fifty.data!.clients.edges[0].node.points.balance).toBe(59);
    expect(fifty.extensions?.sqlStatements).toBe(five.extensions?.sqlStatements);
  });
});
