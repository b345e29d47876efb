import { beforeAll, describe, expect, it } from 'vitest';
import { useTestWorld } from '../setup/test-server.js';
import { count, newBranchTeam, newClient, newStaff } from '../factories/index.js';
import { activeTierId, giveMetrics } from '../factories/tiers.js';
import { daysAgo } from '../factories/days.js';
import { enteredTierDaysAgo } from '../factories/service-logs.js';
import { openReview, closeReview, runTierReview } from '../../packages/api/src/modules/tiers/tier-review.job.js';

const world = useTestWorld();

const START = 'mutation($asOf: LocalDate) { startTierReview(asOf: $asOf) { id status } }';
const RUN = 'query($id: ID!) { tierReviewRun(id: $id) { status progress clientsReviewed changesWritten error } }';
const HISTORY = `query($id: ID!) { client(id: $id) { currentTier { code } overrideUntil
  tierHistory { reason effectiveOn note policyVersion fromTier { code } toTier { code } figures { avgAssets commission12m windowDays asOf } } } }`;

describe('tier review', () => {
  let head: string;
  let team: Awaited<ReturnType<typeof newBranchTeam>>;

  async function review(asOf: string) {
    const started = await world.gql(START, { asOf }, head);
    expect(started.errors).toBeUndefined();
    for (let i = 0; i < 200; i++) {
      const r = await world.gql(RUN, { id: started.data!.startTierReview.id }, head);
      if (r.data!.tierReviewRun.status !== 'RUNNING') return r.data!.tierReviewRun;
      await new Promise((res) => setTimeout(res, 100));
    }
    throw new Error('review did not finish');
  }

  beforeAll(async () => {
    const h = await newStaff(world.db, 'HEAD_OFFICE', null);
    head = await world.signIn(h.email);
    team = await newBranchTeam(world.db);
    // settle the demo book first, so the tests below see only their own clients move
    await review(daysAgo(3));
  });

  it('upgrades at the first review that qualifies, with the figures it used, and a second run changes nothing', async () => {
    const client = await newClient(world.db, team.branch.id, team.adviser.id, { tierCode: 'CHANNEL' });
    await giveMetrics(world.db, client.id, { assets: '7200000.00', commission: '10.00', days: 70, lastDay: daysAgo(2) });
    const changesBefore = await count(world.db, 'select 1 from tier_change');

    const first = await review(daysAgo(2));
    expect(first).toMatchObject({ status: 'SUCCEEDED', progress: 1 });
    expect(first.changesWritten).toBeGreaterThanOrEqual(1);
    expect(await count(world.db, 'select 1 from tier_change')).toBe(changesBefore + first.changesWritten);

    const token = await world.signIn(team.adviser.email);
    const h = (await world.gql(HISTORY, { id: client.id }, token)).data!.client;
    expect(h.currentTier.code).toBe('BUTLER');
    expect(h.tierHistory[0]).toMatchObject({
      reason: 'SCHEDULED_REVIEW', effectiveOn: daysAgo(2), policyVersion: 1, fromTier: { code: 'CHANNEL' }, toTier: { code: 'BUTLER' },
      figures: { avgAssets: '7200000.00', commission12m: '700.00', windowDays: 60, asOf: daysAgo(2) },
    });

    const again = await review(daysAgo(2));
    expect(again).toMatchObject({ status: 'SUCCEEDED', changesWritten: 0 });
    expect(await count(world.db, 'select 1 from tier_change')).toBe(changesBefore + first.changesWritten);
  });

  it('downgrades only after the policy\'s number of consecutive reviews below (hysteresis)', async () => {
    const client = await newClient(world.db, team.branch.id, team.adviser.id, { tierCode: 'CLASSIC' });
    await giveMetrics(world.db, client.id, { assets: '20000.00', days: 70, lastDay: daysAgo(1) });
    const tierOf = async () => (await world.db.query('select t.code from client c join tier t on t.id = c.current_tier_id where c.id = $1', [client.id])).rows[0].code;

    await review(daysAgo(2)); // first review below: stays (downgrade_after = 2)
    expect(await tierOf()).toBe('CLASSIC');
    await review(daysAgo(2)); // the same review again does not count twice
    expect(await tierOf()).toBe('CLASSIC');
    await review(daysAgo(1)); // second consecutive review below: down to what it qualifies for
    expect(await tierOf()).toBe('CHANNEL');
  });

  it('leaves a manual override alone until it ends, and records who set it and why', async () => {
    const client = await newClient(world.db, team.branch.id, team.adviser.id, { tierCode: 'INFO' });
    await giveMetrics(world.db, client.id, { assets: '5000.00', days: 70, lastDay: daysAgo(1) });
    const manager = await world.signIn(team.manager.email);
    const until = daysAgo(-30);
    const r = await world.gql(
      'mutation($input: OverrideTierInput!) { overrideClientTier(input: $input) { currentTier { code } overrideUntil } }',
      { input: { clientId: client.id, tierId: await activeTierId(world.db, 'BUTLER'), reason: '集团战略客户，总部批准', until } }, manager);
    expect(r.errors).toBeUndefined();
    expect(r.data!.overrideClientTier).toEqual({ currentTier: { code: 'BUTLER' }, overrideUntil: until });

    await review(daysAgo(1));
    await review(daysAgo(0));
    const token = await world.signIn(team.adviser.email);
    const h = (await world.gql(HISTORY, { id: client.id }, token)).data!.client;
    expect(h.currentTier.code).toBe('BUTLER');
    expect(h.tierHistory[0]).toMatchObject({ reason: 'MANUAL_OVERRIDE', note: '集团战略客户，总部批准', toTier: { code: 'BUTLER' } });
  });

  it('moves a client to its qualifying tier at the first review after its override ended, recorded as OVERRIDE_EXPIRED', async () => {
    const client = await newClient(world.db, team.branch.id, team.adviser.id, { tierCode: 'INFO' });
    await giveMetrics(world.db, client.id, { assets: '5000.00', days: 70, lastDay: daysAgo(1) });
    const manager = await world.signIn(team.manager.email);
    const r = await world.gql('mutation($input: OverrideTierInput!) { overrideClientTier(input: $input) { id } }',
      { input: { clientId: client.id, tierId: await activeTierId(world.db, 'BUTLER'), reason: '临时上调', until: daysAgo(-10) } }, manager);
    expect(r.errors).toBeUndefined();
    // time passes: the override ended the day before yesterday (the review state is where reviews read it)
    await world.db.query('update client_tier_state set override_until = $2 where client_id = $1', [client.id, daysAgo(2)]);

    await review(daysAgo(1));
    const token = await world.signIn(team.adviser.email);
    const h = (await world.gql(HISTORY, { id: client.id }, token)).data!.client;
    // not held at BUTLER through the downgrade hysteresis
    expect(h.currentTier.code).toBe('CHANNEL');
    expect(h.overrideUntil).toBeNull();
    // (the override itself is dated today, after this review's date: history sorts it first)
    expect(h.tierHistory.filter((c: any) => c.reason === 'OVERRIDE_EXPIRED')).toHaveLength(1);
    expect(h.tierHistory.find((c: any) => c.reason === 'OVERRIDE_EXPIRED')).toMatchObject({
      reason: 'OVERRIDE_EXPIRED', effectiveOn: daysAgo(1), fromTier: { code: 'BUTLER' }, toTier: { code: 'CHANNEL' },
      figures: { avgAssets: '5000.00', windowDays: 60, asOf: daysAgo(1) },
    });
    const changes = await count(world.db, 'select 1 from tier_change where client_id = $1', [client.id]);
    await review(daysAgo(0));
    expect(await count(world.db, 'select 1 from tier_change where client_id = $1', [client.id])).toBe(changes);
  });

  it.each([
    ['no reason', { reason: '  ' }, 'reason'],
    ['an end date in the past', { until: '2020-01-01' }, 'until'],
    ['an end date of today', { until: daysAgo(0) }, 'until'],
    ['a tier that is not in the active policy', { tierId: '00000000-0000-4000-8000-000000000000' }, 'tierId'],
  ])('refuses an override with %s, naming the field and writing nothing', async (_l, change, field) => {
    const client = await newClient(world.db, team.branch.id, team.adviser.id, { tierCode: 'INFO' });
    const manager = await world.signIn(team.manager.email);
    const before = await count(world.db, 'select 1 from tier_change');
    const input = { clientId: client.id, tierId: await activeTierId(world.db, 'BUTLER'), reason: '理由', until: daysAgo(-10), ...change };
    const r = await world.gql('mutation($input: OverrideTierInput!) { overrideClientTier(input: $input) { id } }', { input }, manager);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await count(world.db, 'select 1 from tier_change')).toBe(before);
  });

  it('lets neither an adviser nor a manager of another branch override', async () => {
    const client = await newClient(world.db, team.branch.id, team.adviser.id);
    const other = await newBranchTeam(world.db);
    const input = { clientId: client.id, tierId: await activeTierId(world.db, 'BUTLER'), reason: '理由', until: daysAgo(-10) };
    const M = 'mutation($input: OverrideTierInput!) { overrideClientTier(input: $input) { id } }';
    expect((await world.gql(M, { input }, await world.signIn(team.adviser.email))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await world.gql(M, { input }, await world.signIn(other.manager.email))).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('answers CONFLICT while another review runs', async () => {
    // hold the review lock the way a running review does
    await world.db.query('select pg_advisory_lock(7281002)');
    try {
      const r = await world.gql(START, { asOf: daysAgo(1) }, head);
      expect(r.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    } finally {
      await world.db.query('select pg_advisory_unlock(7281002)');
    }
  });

  it('commits whole or not at all: a run that dies part-way leaves nothing, and can be started again', async () => {
    const client = await newClient(world.db, team.branch.id, team.adviser.id, { tierCode: 'CHANNEL' });
    await giveMetrics(world.db, client.id, { assets: '900000.00', days: 70, lastDay: daysAgo(1) });
    const dbUrl = world.dbUrl;
    const policy = (await world.db.query("select id from tier_policy where status = 'ACTIVE'")).rows[0].id;
    const opened = await openReview(dbUrl, policy, daysAgo(1), null);
    if (opened.busy) throw new Error('busy');
    await expect(runTierReview(opened.db, dbUrl, opened.runId, { failAfter: 'clients' })).rejects.toThrow(/stopped after clients/);
    await closeReview(opened.db);

    expect(await count(world.db, 'select 1 from tier_change where review_run_id = $1', [opened.runId])).toBe(0);
    const run = (await world.db.query('select status, error from tier_review_run where id = $1', [opened.runId])).rows[0];
    expect(run.status).toBe('FAILED');
    expect((await world.db.query('select t.code from client c join tier t on t.id = c.current_tier_id where c.id = $1', [client.id])).rows[0].code).toBe('CHANNEL');

    const retry = await review(daysAgo(1));
    expect(retry.status).toBe('SUCCEEDED');
    expect((await world.db.query('select t.code from client c join tier t on t.id = c.current_tier_id where c.id = $1', [client.id])).rows[0].code).toBe('CLASSIC');
  });

  it('replaces a run left RUNNING by a process that died', async () => {
    const policy = (await world.db.query("select id from tier_policy where status = 'ACTIVE'")).rows[0].id;
    const dead = await world.db.query("insert into tier_review_run (policy_id, as_of) values ($1, $2) returning id", [policy, daysAgo(1)]);
    const r = await review(daysAgo(1));
    expect(r.status).toBe('SUCCEEDED');
    expect((await world.db.query('select status from tier_review_run where id = $1', [dead.rows[0].id])).rows[0].status).toBe('FAILED');
  });

  it('compares the exact average with a threshold: 499,999.9998 is not 500,000.00 (review and simulation)', async () => {
    // 60 days at 500,000.00 but one a cent short: the average rounds to 500,000.00 yet is below it
    const lastDay = daysAgo(0);
    const [below, at] = [await newClient(world.db, team.branch.id, team.adviser.id, { tierCode: 'INFO', latestTotalAssets: '9000000000001.00' }),
      await newClient(world.db, team.branch.id, team.adviser.id, { tierCode: 'INFO', latestTotalAssets: '9000000000000.00' })];
    for (const c of [below, at]) await giveMetrics(world.db, c.id, { assets: '500000.00', days: 60, lastDay });
    await world.db.query("update daily_metric set total_assets = 499999.99 where client_id = $1 and day = $2", [below.id, lastDay]);

    // the simulation of the active policy: only the client exactly at the threshold moves (INFO → CLASSIC)
    const policy = (await world.db.query("select id from tier_policy where status = 'ACTIVE'")).rows[0].id;
    const sim = await world.gql(`query($id: ID!, $asOf: LocalDate) { simulateTierPolicy(id: $id, asOf: $asOf) {
      movers(first: 5) { edges { node { client { id } toTier { code } avgAssets } } } } }`, { id: policy, asOf: lastDay }, head);
    expect(sim.errors).toBeUndefined();
    const moved = sim.data!.simulateTierPolicy.movers.edges.map((e: any) => e.node);
    expect(moved.find((m: any) => m.client.id === at.id)).toMatchObject({ toTier: { code: 'CLASSIC' }, avgAssets: '500000.00' });
    expect(moved.find((m: any) => m.client.id === below.id)).toBeUndefined();

    await review(lastDay);
    const token = await world.signIn(team.adviser.email);
    const b = (await world.gql(HISTORY, { id: below.id }, token)).data!.client;
    expect(b.currentTier.code).toBe('INFO');
    expect(b.tierHistory).toEqual([]);
    const a = (await world.gql(HISTORY, { id: at.id }, token)).data!.client;
    expect(a.currentTier.code).toBe('CLASSIC');
    // the figures show the average rounded for display
    expect(a.tierHistory[0]).toMatchObject({ reason: 'SCHEDULED_REVIEW', toTier: { code: 'CLASSIC' }, figures: { avgAssets: '500000.00' } });
  });

  it.each([['CLOSED'], ['TRANSFERRED_OUT']])('shows a %s client no current tier, its last tier in the history, and owes it nothing', async (status) => {
    const client = await newClient(world.db, team.branch.id, team.adviser.id, { tierCode: 'BUTLER', name: `不再服务${status}` });
    await enteredTierDaysAgo(world.db, client.id, 400);
    await world.db.query('update client set status = $2 where id = $1', [client.id, status]);
    await review(daysAgo(0));

    const token = await world.signIn(team.adviser.email);
    const c = (await world.gql(`query($id: ID!) { client(id: $id) { status currentTier { code } serviceLevels { status }
      tierHistory { toTier { code } } } }`, { id: client.id }, token)).data!.client;
    expect(c).toEqual({ status, currentTier: null, serviceLevels: [], tierHistory: [{ toTier: { code: 'BUTLER' } }] });

    // the book agrees: no current tier in the list, and a tier filter does not find it
    const BOOK = `query($filter: ClientFilter) { clients(first: 100, filter: $filter) { edges { node { id currentTier { code } } } } }`;
    const all = (await world.gql(BOOK, { filter: { search: `不再服务${status}` } }, token)).data!.clients.edges.map((e: any) => e.node);
    expect(all).toEqual([{ id: client.id, currentTier: null }]);
    const butlers = (await world.gql(BOOK, { filter: { tierCode: 'BUTLER' } }, token)).data!.clients.edges.map((e: any) => e.node.id);
    expect(butlers).not.toContain(client.id);
    const worklist = (await world.gql('{ worklist(first: 100) { edges { node { client { id } } } } }', {}, token)).data!.worklist.edges;
    expect(worklist.map((e: any) => e.node.client.id)).not.toContain(client.id);

    // and its tier cannot be overridden
    const r = await world.gql('mutation($input: OverrideTierInput!) { overrideClientTier(input: $input) { id } }',
      { input: { clientId: client.id, tierId: await activeTierId(world.db, 'CLASSIC'), reason: '理由', until: daysAgo(-10) } },
      await world.signIn(team.manager.email));
    expect(r.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(r.errors?.[0]?.extensions?.reason).toBe('CLIENT_NOT_SERVED');

    // nor are its points redeemed (regression: a closed client could still spend points), and nothing is written
    const offering = (await world.db.query('select id from service_offering where active and points_cost is not null order by points_cost limit 1')).rows[0].id;
    const before = (await world.db.query('select count(*)::int as n from points_entry where client_id = $1', [client.id])).rows[0].n;
    const redeemed = await world.gql('mutation($input: RedeemPointsInput!) { redeemPoints(input: $input) { id } }', { input: { clientId: client.id, offeringId: offering } }, token);
    expect(redeemed.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CLIENT_NOT_SERVED' });
    expect((await world.db.query('select count(*)::int as n from points_entry where client_id = $1', [client.id])).rows[0].n).toBe(before);
  });

  it('lets only head office start a review', async () => {
    const r = await world.gql(START, {}, await world.signIn(team.manager.email));
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
