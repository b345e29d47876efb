import { beforeAll, describe, expect, it } from 'vitest';
import { useTestWorld } from '../setup/test-server.js';
import { count, newBranchTeam, newStaff } from '../factories/index.js';

const world = useTestWorld();

const POLICY_FIELDS = `id version status name matchRule windowDays downgradeAfter
  tiers { code rank minAvgAssets } entitlements { tier { code } offering { code } everyDays } pointsRule { per10kAvgAssets perReferral }`;
const CREATE = `mutation($input: TierPolicyInput!) { createTierPolicyDraft(input: $input) { ${POLICY_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: TierPolicyInput!) { updateTierPolicyDraft(id: $id, input: $input) { ${POLICY_FIELDS} } }`;
const ACTIVATE = 'mutation($id: ID!) { activateTierPolicy(id: $id) { id status version } }';
const SIMULATE = `query($id: ID!) { simulateTierPolicy(id: $id) {
  clientsReviewed
  matrix { fromTier { code } toTier { code } clients assets }
  before { tier { code } clients assets revenue12m }
  after { tier { code } clients assets revenue12m }
  movers(first: 5) { totalCount edges { node { client { id } fromTier { rank } toTier { rank } avgAssets } } }
} }`;

const tier = (code: string, nameZh: string, a: string, c: string) => ({ code, nameZh, nameEn: code, minAvgAssets: a, minCommission12m: c, minPoints: 0 });
const draft = () => ({
  name: '三档方案 2027', matchRule: 'ANY', windowDays: 60, downgradeAfter: 3,
  tiers: [tier('MASS', '大众', '0', '0'), tier('AFFLUENT', '富裕', '500000', '10000'), tier('HNW', '高净值', '6000000', '60000')],
  entitlements: [{ tierCode: 'HNW', offeringCode: 'ONE_TO_ONE_CALL', everyDays: 14 }, { tierCode: 'AFFLUENT', offeringCode: 'RESEARCH_REPORT', everyDays: 7 }],
  pointsRule: { per10kAvgAssets: 1, per100Commission: 2, perTenureYear: 50, perReferral: 500 },
});

describe('tier policies', () => {
  let head: string;
  beforeAll(async () => {
    head = await world.signIn((await newStaff(world.db, 'HEAD_OFFICE', null)).email);
  });

  it('takes a draft from creation through editing and simulation to activation', async () => {
    const created = await world.gql(CREATE, { input: draft() }, head);
    expect(created.errors).toBeUndefined();
    const p = created.data!.createTierPolicyDraft;
    expect(p).toMatchObject({ version: 2, status: 'DRAFT', tiers: [{ code: 'MASS', rank: 1 }, { code: 'AFFLUENT', rank: 2 }, { code: 'HNW', rank: 3 }] });
    expect(p.pointsRule).toEqual({ per10kAvgAssets: 1, perReferral: 500 });

    const edited = await world.gql(UPDATE, { id: p.id, input: { ...draft(), name: '三档方案 2027 修订', downgradeAfter: 2 } }, head);
    expect(edited.data!.updateTierPolicyDraft).toMatchObject({ name: '三档方案 2027 修订', downgradeAfter: 2 });

    // a simulation writes nothing
    const changes = await count(world.db, 'select 1 from tier_change');
    const tiers = (await world.db.query('select md5(string_agg(current_tier_id::text, \',\' order by id)) as h from client')).rows[0].h;
    const sim = (await world.gql(SIMULATE, { id: p.id }, head)).data!.simulateTierPolicy;
    expect(await count(world.db, 'select 1 from tier_change')).toBe(changes);
    expect((await world.db.query('select md5(string_agg(current_tier_id::text, \',\' order by id)) as h from client')).rows[0].h).toBe(tiers);

    const reviewable = await count(world.db, "select 1 from client where status in ('ACTIVE', 'DORMANT')");
    expect(sim.clientsReviewed).toBe(reviewable);
    const sum = (xs: { clients: number }[]) => xs.reduce((n, x) => n + x.clients, 0);
    expect(sum(sim.matrix)).toBe(reviewable);
    expect(sum(sim.before)).toBe(reviewable);
    expect(sum(sim.after)).toBe(reviewable);
    expect(sim.after.map((t: any) => t.tier.code).sort()).toEqual(expect.arrayContaining(['MASS']));
    for (const t of sim.after) expect(t.revenue12m).toMatch(/^\d+\.\d{2}$/);
    // four tiers → three: everyone whose rank differs moves; the movers list is that set
    const moved = sim.matrix.filter((c: any) => c.fromTier?.code && rankOf(c.fromTier.code) !== rankOfNew(c.toTier.code)).reduce((n: number, c: any) => n + c.clients, 0);
    expect(sim.movers.totalCount).toBe(moved + sim.matrix.filter((c: any) => !c.fromTier).reduce((n: number, c: any) => n + c.clients, 0));
    for (const e of sim.movers.edges) expect(e.node.fromTier?.rank).not.toBe(e.node.toTier.rank);

    const activated = await world.gql(ACTIVATE, { id: p.id }, head);
    expect(activated.data!.activateTierPolicy).toMatchObject({ status: 'ACTIVE', version: 2 });
    const statuses = (await world.db.query('select version, status from tier_policy order by version')).rows;
    expect(statuses).toEqual([{ version: 1, status: 'RETIRED' }, { version: 2, status: 'ACTIVE' }]);

    // an active policy is never edited, and activation is not repeated
    expect((await world.gql(UPDATE, { id: p.id, input: draft() }, head)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await world.gql(ACTIVATE, { id: p.id }, head)).errors?.[0]?.extensions?.code).toBe('CONFLICT');

    // the way to change it: a new draft copied from it
    const copy = await world.gql('mutation($id: ID!) { copyTierPolicy(id: $id) { version status tiers { code } } }', { id: p.id }, head);
    expect(copy.data!.copyTierPolicy).toEqual({ version: 3, status: 'DRAFT', tiers: [{ code: 'MASS' }, { code: 'AFFLUENT' }, { code: 'HNW' }] });
  });

  const withTiers = (tiers: unknown[]) => ({ ...draft(), tiers });
  it.each([
    ['thresholds out of order between tiers', withTiers([tier('MASS', '大众', '0', '0'), tier('HNW', '高净值', '6000000', '60000'), tier('AFFLUENT', '富裕', '500000', '10000')]), 'tiers.2.minAvgAssets'],
    ['a negative threshold', withTiers([tier('MASS', '大众', '0', '-100')]), 'tiers.0.minCommission12m'],
    ['no tiers', withTiers([]), 'tiers'],
    ['an entitlement to an unknown offering', { ...draft(), entitlements: [{ tierCode: 'HNW', offeringCode: 'YACHT', everyDays: 14 }] }, 'entitlements.0.offeringCode'],
    ['a window of 0 days', { ...draft(), windowDays: 0 }, 'windowDays'],
  ])('refuses %s with BAD_USER_INPUT naming the field, writing nothing', async (_l, input, field) => {
    const before = await count(world.db, 'select 1 from tier_policy');
    const tiersBefore = await count(world.db, 'select 1 from tier');
    const r = await world.gql(CREATE, { input }, head);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await count(world.db, 'select 1 from tier_policy')).toBe(before);
    expect(await count(world.db, 'select 1 from tier')).toBe(tiersBefore);
  });

  it('lets only head office change policies; managers and compliance may read them', async () => {
    const team = await newBranchTeam(world.db);
    const adviser = await world.signIn(team.adviser.email);
    const manager = await world.signIn(team.manager.email);
    expect((await world.gql(CREATE, { input: draft() }, adviser)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await world.gql(CREATE, { input: draft() }, manager)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await world.gql('{ tierPolicies { version status } }', {}, manager)).data!.tierPolicies.length).toBeGreaterThan(0);
    expect((await world.gql('{ tierPolicies { version } }', {}, adviser)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

// ranks of the demo policy (v1) and of the draft above
const rankOf = (code: string) => ({ CHANNEL: 1, INFO: 2, CLASSIC: 3, BUTLER: 4 })[code];
const rankOfNew = (code: string) => ({ MASS: 1, AFFLUENT: 2, HNW: 3 })[code];

describe('editing a draft', () => {
  it('keeps the ids of tiers it keeps, so readers of the draft never lose them', async () => {
    const head = await world.signIn((await newStaff(world.db, 'HEAD_OFFICE', null)).email);
    const created = (await world.gql(CREATE, { input: draft() }, head)).data!.createTierPolicyDraft;
    const ids = async () => (await world.db.query('select code, id, rank from tier where policy_id = $1 order by rank', [created.id])).rows;
    const before = await ids();
    const input = draft();
    // drop the middle tier, add a new top one, rename nothing
    input.tiers = [input.tiers[0]!, input.tiers[2]!, tier('UHNW', '超高净值', '50000000', '500000')];
    input.entitlements = [{ tierCode: 'HNW', offeringCode: 'ONE_TO_ONE_CALL', everyDays: 14 }];
    const r = await world.gql(UPDATE, { id: created.id, input }, head);
    expect(r.errors).toBeUndefined();
    const after = await ids();
    expect(after.map((t) => [t.code, t.rank])).toEqual([['MASS', 1], ['HNW', 2], ['UHNW', 3]]);
    expect(after.find((t) => t.code === 'MASS').id).toBe(before.find((t) => t.code === 'MASS').id);
    expect(after.find((t) => t.code === 'HNW').id).toBe(before.find((t) => t.code === 'HNW').id);
  });
});
