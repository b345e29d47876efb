import { beforeAll, describe, expect, it } from 'vitest';
import { useTestWorld } from '../setup/test-server.js';
import { newBranchTeam, newClient, newStaff } from '../factories/index.js';
import { enteredTierDaysAgo, newServiceLog } from '../factories/service-logs.js';
import { daysAhead } from '../factories/days.js';

const world = useTestWorld();

const WORKLIST = `query($first: Int, $after: String, $asOf: LocalDate) {
  worklist(first: $first, after: $after, asOf: $asOf) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node {
      client { id name latestTotalAssets }
      serviceLevel { offering { code } everyDays lastDeliveredAt deliveredInPeriod dueOn status daysOverdue }
    } }
  }
}`;
const LEVELS = `query($id: ID!, $asOf: LocalDate) { client(id: $id) { serviceLevels(asOf: $asOf) {
  offering { code } everyDays lastDeliveredAt deliveredInPeriod dueOn status daysOverdue } } }`;

const shanghaiDay = daysAhead;

describe('service levels and the worklist', () => {
  let team: Awaited<ReturnType<typeof newBranchTeam>>;
  let slaTier: string;
  let tokens: Record<'adviser' | 'otherAdviser' | 'manager' | 'compliance', string>;
  const c: Record<string, { id: string }> = {};

  /** A client of the test tier: entitled to a one-to-one call every 14 days, nothing else. */
  async function slaClient(adviserId: string, assets: string, branchId = team.branch.id) {
    const client = await newClient(world.db, branchId, adviserId, { latestTotalAssets: assets });
    await world.db.query('update client set current_tier_id = $1 where id = $2', [slaTier, client.id]);
    return client;
  }

  beforeAll(async () => {
    // a tier of a draft policy, so the active policy's tiers and entitlements stay as they are
    const policy = await world.db.query("insert into tier_policy (version, name) values (99, 'SLA test') returning id");
    slaTier = (await world.db.query(
      "insert into tier (policy_id, rank, code, name_zh, name_en) values ($1, 1, 'SLA', '测试级别', 'SLA test') returning id", [policy.rows[0].id],
    )).rows[0].id;
    await world.db.query(
      "insert into tier_entitlement (tier_id, offering_id, every_days) select $1, id, 14 from service_offering where code = 'ONE_TO_ONE_CALL'", [slaTier]);

    team = await newBranchTeam(world.db);
    const compliance = await newStaff(world.db, 'COMPLIANCE', null);
    tokens = {
      adviser: await world.signIn(team.adviser.email),
      otherAdviser: await world.signIn(team.otherAdviser.email),
      manager: await world.signIn(team.manager.email),
      compliance: await world.signIn(compliance.email),
    };
    const a = team.adviser.id;
    // last call 20 days ago (and one 40 days ago); a call 2 days ago went unanswered: OVERDUE by 6
    c.overdue = await slaClient(a, '900000.00');
    await newServiceLog(world.db, c.overdue.id, a, { offeringCode: 'ONE_TO_ONE_CALL', daysAgo: 40 });
    await newServiceLog(world.db, c.overdue.id, a, { offeringCode: 'ONE_TO_ONE_CALL', daysAgo: 20 });
    await newServiceLog(world.db, c.overdue.id, a, { offeringCode: 'ONE_TO_ONE_CALL', daysAgo: 2, outcome: 'NO_ANSWER' });
    // called 3 days ago: on track, not in the worklist; other offerings don't count
    c.recent = await slaClient(a, '800000.00');
    await newServiceLog(world.db, c.recent.id, a, { offeringCode: 'ONE_TO_ONE_CALL', daysAgo: 3 });
    c.otherOffering = await slaClient(a, '750000.00');
    await newServiceLog(world.db, c.otherOffering.id, a, { offeringCode: 'ONE_TO_ONE_CALL', daysAgo: 30 });
    await newServiceLog(world.db, c.otherOffering.id, a, { offeringCode: 'SMS_ALERT', daysAgo: 1 });
    await newServiceLog(world.db, c.otherOffering.id, a, { offeringCode: null, daysAgo: 1 });
    // called 10 days ago: due in 4 days
    c.due = await slaClient(a, '700000.00');
    await newServiceLog(world.db, c.due.id, a, { offeringCode: 'ONE_TO_ONE_CALL', daysAgo: 10 });
    // never called, entered the tier 30 days ago: due 16 days ago
    c.neverCalled = await slaClient(a, '600000.00');
    await enteredTierDaysAgo(world.db, c.neverCalled.id, 30);
    // never called, no tier change, opened 5 days ago: due in 9 days
    c.justOpened = await slaClient(a, '500000.00');
    await world.db.query('update client set opened_on = $1 where id = $2', [shanghaiDay(-5), c.justOpened.id]);
    // closed: owed nothing
    c.closed = await slaClient(a, '400000.00');
    await world.db.query("update client set status = 'CLOSED' where id = $1", [c.closed.id]);
    // the other adviser's overdue client
    c.others = await slaClient(team.otherAdviser.id, '10000000.00');
  });

  const items = (r: any) => r.data!.worklist.edges.map((e: any) => ({ client: e.node.client.id, ...e.node.serviceLevel }));

  it('lists due and overdue items matching the service logs, most valuable clients first', async () => {
    const r = await world.gql(WORKLIST, {}, tokens.adviser);
    expect(r.errors).toBeUndefined();
    const list = items(r);
    expect(list.map((i: any) => i.client)).toEqual([c.overdue!.id, c.otherOffering!.id, c.due!.id, c.neverCalled!.id]);
    expect(r.data!.worklist.totalCount).toBe(4);
    const lastCall = (await world.db.query(
      "select max(occurred_at) as at from service_log where client_id = $1 and outcome <> 'NO_ANSWER'", [c.overdue!.id])).rows[0].at as Date;
    expect(list[0]).toMatchObject({
      offering: { code: 'ONE_TO_ONE_CALL' }, everyDays: 14, status: 'OVERDUE', daysOverdue: 6, dueOn: shanghaiDay(-6),
      deliveredInPeriod: 0, lastDeliveredAt: lastCall.toISOString(),
    });
    expect(list[1]).toMatchObject({ status: 'OVERDUE', daysOverdue: 16, dueOn: shanghaiDay(-16) });
    expect(list[2]).toMatchObject({ status: 'DUE', daysOverdue: 0, dueOn: shanghaiDay(4), deliveredInPeriod: 1 });
    expect(list[3]).toMatchObject({ status: 'OVERDUE', daysOverdue: 16, dueOn: shanghaiDay(-16), lastDeliveredAt: null });
  });

  it('never shows another adviser\'s clients; the manager sees the branch; compliance sees all', async () => {
    expect(items(await world.gql(WORKLIST, { first: 100 }, tokens.adviser)).map((i: any) => i.client)).not.toContain(c.others!.id);
    expect(items(await world.gql(WORKLIST, { first: 100 }, tokens.otherAdviser)).map((i: any) => i.client)).toEqual([c.others!.id]);
    const branch = await world.gql(WORKLIST, { first: 100 }, tokens.manager);
    expect(branch.data!.worklist.totalCount).toBe(5);
    expect(items(branch)[0].client).toBe(c.others!.id);
    const all = await world.gql(WORKLIST, { first: 100 }, tokens.compliance);
    expect(all.data!.worklist.totalCount).toBeGreaterThan(5);
  });

  it('answers as of an earlier day from the logs up to that day', async () => {
    const r = await world.gql(WORKLIST, { asOf: shanghaiDay(-10) }, tokens.adviser);
    const overdue = items(r).find((i: any) => i.client === c.overdue!.id);
    // as of ten days ago the last call (20 days ago) was due in 4 days
    expect(overdue).toMatchObject({ status: 'DUE', dueOn: shanghaiDay(-6), daysOverdue: 0 });
    // the call 3 days ago had not happened; the one 30 days ago was due 16 days ago → OVERDUE by 6 then
    expect(items(r).find((i: any) => i.client === c.otherOffering!.id)).toMatchObject({ status: 'OVERDUE', daysOverdue: 6 });
  });

  it('pages with cursors', async () => {
    const first = await world.gql(WORKLIST, { first: 3 }, tokens.adviser);
    expect(first.data!.worklist.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await world.gql(WORKLIST, { first: 3, after: first.data!.worklist.pageInfo.endCursor }, tokens.adviser);
    expect(second.data!.worklist.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(second.data!.worklist.totalCount).toBe(4);
    expect([...items(first), ...items(second)].map((i: any) => i.client)).toEqual([c.overdue!.id, c.otherOffering!.id, c.due!.id, c.neverCalled!.id]);
    const past = await world.gql(WORKLIST, { first: 3, after: second.data!.worklist.pageInfo.endCursor }, tokens.adviser);
    expect(past.data!.worklist).toMatchObject({ totalCount: 4, edges: [] });
  });

  it.each([[0], [101]])('refuses first: %i naming the argument', async (first) => {
    const r = await world.gql(WORKLIST, { first }, tokens.adviser);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('shows a client entitled versus delivered, on track items included', async () => {
    const r = await world.gql(LEVELS, { id: c.recent!.id }, tokens.adviser);
    expect(r.data!.client.serviceLevels).toEqual([expect.objectContaining({
      offering: { code: 'ONE_TO_ONE_CALL' }, status: 'ON_TRACK', dueOn: shanghaiDay(11), deliveredInPeriod: 1, daysOverdue: 0,
    })]);
    expect((await world.gql(LEVELS, { id: c.justOpened!.id }, tokens.adviser)).data!.client.serviceLevels[0])
      .toMatchObject({ status: 'ON_TRACK', dueOn: shanghaiDay(9), lastDeliveredAt: null });
    expect((await world.gql(LEVELS, { id: c.closed!.id }, tokens.adviser)).data!.client.serviceLevels).toEqual([]);
  });

  it('computes every entitlement of a demo tier (BUTLER) from its own logs', async () => {
    const butler = await newClient(world.db, team.branch.id, team.adviser.id, { tierCode: 'BUTLER' });
    await enteredTierDaysAgo(world.db, butler.id, 5);
    await newServiceLog(world.db, butler.id, team.adviser.id, { offeringCode: 'ONE_TO_ONE_CALL', daysAgo: 20 });
    await newServiceLog(world.db, butler.id, team.adviser.id, { offeringCode: 'HOLDINGS_PUSH', daysAgo: 1 });
    await newServiceLog(world.db, butler.id, team.adviser.id, { offeringCode: 'HOLDINGS_PUSH', daysAgo: 3 });
    const levels = (await world.gql(LEVELS, { id: butler.id }, tokens.adviser)).data!.client.serviceLevels;
    const by = Object.fromEntries(levels.map((l: any) => [l.offering.code, l]));
    expect(Object.keys(by).sort()).toEqual(['BIRTHDAY_GREETING', 'HOLDINGS_PUSH', 'ONE_TO_ONE_CALL', 'PORTFOLIO_REVIEW', 'VIP_ROOM']);
    expect(by.ONE_TO_ONE_CALL).toMatchObject({ status: 'OVERDUE', daysOverdue: 6 });
    expect(by.HOLDINGS_PUSH).toMatchObject({ status: 'DUE', dueOn: shanghaiDay(6), deliveredInPeriod: 2 });
    expect(by.PORTFOLIO_REVIEW).toMatchObject({ status: 'ON_TRACK', dueOn: shanghaiDay(25) });
    expect(levels[0].offering.code).toBe('ONE_TO_ONE_CALL');
  });

  it('keeps a never-delivered item overdue from the day the client entered its tier code, not from a policy version switch', async () => {
    // older reviews wrote "SLA (v99) → SLA (v98)" rows on a version switch; such a row delivered nothing
    const other = await world.db.query("insert into tier_policy (version, name) values (98, 'SLA test, next version') returning id");
    const nextSla = (await world.db.query(
      "insert into tier (policy_id, rank, code, name_zh, name_en) values ($1, 1, 'SLA', '测试级别', 'SLA test') returning id", [other.rows[0].id],
    )).rows[0].id;
    await world.db.query(
      "insert into tier_entitlement (tier_id, offering_id, every_days) select $1, id, 14 from service_offering where code = 'ONE_TO_ONE_CALL'", [nextSla]);
    const own = await newBranchTeam(world.db);
    const client = await newClient(world.db, own.branch.id, own.adviser.id);
    await world.db.query('update client set current_tier_id = $1 where id = $2', [slaTier, client.id]);
    await enteredTierDaysAgo(world.db, client.id, 30);
    await world.db.query(
      `insert into tier_change (client_id, from_tier_id, to_tier_id, policy_id, reason, effective_on)
       values ($1, $2, $3, $4, 'SCHEDULED_REVIEW', $5)`, [client.id, slaTier, nextSla, other.rows[0].id, shanghaiDay(-2)]);
    await world.db.query('update client set current_tier_id = $1 where id = $2', [nextSla, client.id]);

    const token = await world.signIn(own.adviser.email);
    expect((await world.gql(LEVELS, { id: client.id }, token)).data!.client.serviceLevels).toEqual([expect.objectContaining({
      offering: { code: 'ONE_TO_ONE_CALL' }, status: 'OVERDUE', dueOn: shanghaiDay(-16), daysOverdue: 16, lastDeliveredAt: null,
    })]);
    const w = await world.gql(WORKLIST, {}, token);
    expect(items(w)).toEqual([expect.objectContaining({ client: client.id, status: 'OVERDUE', daysOverdue: 16 })]);
  });

  it('costs the same number of SQL statements for 5 worklist rows as for 50', async () => {
    const big = await newBranchTeam(world.db);
    for (let i = 0; i < 55; i++) {
      const client = await slaClient(big.adviser.id, `${100000 + i * 1000}.00`, big.branch.id);
      await newServiceLog(world.db, client.id, big.adviser.id, { offeringCode: 'ONE_TO_ONE_CALL', daysAgo: 15 + (i % 10) });
    }
    const token = await world.signIn(big.adviser.email);
    const WIDE = WORKLIST.replace('client { id name latestTotalAssets }',
      `client { id name currentTier { code } adviser { name } points { balance }
        nextBestContact { channel reasonCode offering { code } }
        serviceLevels { status offering { code } } }`);
    const five = await world.gql(WIDE, { first: 5 }, token);
    const fifty = await world.gql(WIDE, { first: 50 }, token);
    expect(five.errors).toBeUndefined();
    expect(five.data!.worklist.edges).toHaveLength(5);
    expect(fifty.data!.worklist.edges).toHaveLength(50);
    expect(fifty.data!.worklist.totalCount).toBe(55);
    expect(five.extensions?.sqlStatements).toBeGreaterThan(0);
    expect(fifty.extensions?.sqlStatements).toBe(five.extensions?.sqlStatements);
  });
});
