import { beforeAll, describe, expect, it } from 'vitest';
import { useTestWorld } from '../setup/test-server.js';
import { count, newStaff } from '../factories/index.js';
import { daysAgo } from '../factories/days.js';

const world = useTestWorld();

const START = 'mutation($asOf: LocalDate) { startTierReview(asOf: $asOf) { id } }';
const RUN = 'query($id: ID!) { tierReviewRun(id: $id) { status changesWritten error } }';
const COPY = 'mutation($id: ID!) { copyTierPolicy(id: $id) { id version } }';
const ACTIVATE = 'mutation($id: ID!) { activateTierPolicy(id: $id) { id status } }';
const WORKLIST = `query($after: String) { worklist(first: 100, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { kind dueOn status daysOverdue client { id } serviceLevel { offering { code } } followUp { id } } } } }`;

/**
 * Activating a new policy version that keeps a client's tier code is not a change of tier:
 * regression for "财富管家 → 财富管家" rows written for every client on a version switch, which
 * restarted every never-delivered entitlement's clock (the head-office worklist shrank with
 * nothing delivered).
 */
describe('switching policy versions', () => {
  let head: string;
  const asOf = daysAgo(0);

  async function review() {
    const started = await world.gql(START, { asOf }, head);
    expect(started.errors).toBeUndefined();
    for (let i = 0; i < 300; i++) {
      const r = (await world.gql(RUN, { id: started.data!.startTierReview.id }, head)).data!.tierReviewRun;
      if (r.status !== 'RUNNING') {
        expect(r).toMatchObject({ status: 'SUCCEEDED' });
        return r.changesWritten as number;
      }
      await new Promise((res) => setTimeout(res, 100));
    }
    throw new Error('review did not finish');
  }

  /** Every DUE and OVERDUE item head office sees, with its due day and days overdue. */
  async function worklist() {
    const items: string[] = [];
    let after: string | undefined;
    for (;;) {
      const r = await world.gql(WORKLIST, { after }, head);
      expect(r.errors).toBeUndefined();
      const w = r.data!.worklist;
      for (const e of w.edges) {
        // entitlements and follow-ups alike: a version switch must move neither
        const n = e.node;
        const what = n.kind === 'FOLLOW_UP' ? `follow-up ${n.followUp.id}` : n.serviceLevel.offering.code;
        items.push(`${n.client.id} ${what} ${n.dueOn} ${n.status} ${n.daysOverdue}`);
      }
      if (!w.pageInfo.hasNextPage) return { total: w.totalCount as number, items: items.sort() };
      after = w.pageInfo.endCursor;
    }
  }

  async function copyAndActivate(fromId: string, edit?: (input: any) => void) {
    const copy = (await world.gql(COPY, { id: fromId }, head)).data!.copyTierPolicy;
    if (edit) {
      const p = (await world.gql(`query($id: ID!) { tierPolicy(id: $id) { name matchRule windowDays downgradeAfter
        tiers { code nameZh nameEn minAvgAssets minCommission12m minPoints }
        entitlements { tier { code } offering { code } everyDays }
        pointsRule { per10kAvgAssets per100Commission perTenureYear perReferral } } }`, { id: copy.id }, head)).data!.tierPolicy;
      const input = {
        name: p.name, matchRule: p.matchRule, windowDays: p.windowDays, downgradeAfter: p.downgradeAfter, tiers: p.tiers,
        entitlements: p.entitlements.map((e: any) => ({ tierCode: e.tier.code, offeringCode: e.offering.code, everyDays: e.everyDays })),
        pointsRule: p.pointsRule,
      };
      edit(input);
      const u = await world.gql('mutation($id: ID!, $input: TierPolicyInput!) { updateTierPolicyDraft(id: $id, input: $input) { id } }',
        { id: copy.id, input }, head);
      expect(u.errors).toBeUndefined();
    }
    expect((await world.gql(ACTIVATE, { id: copy.id }, head)).data!.activateTierPolicy.status).toBe('ACTIVE');
    return copy.id as string;
  }

  beforeAll(async () => {
    head = await world.signIn((await newStaff(world.db, 'HEAD_OFFICE', null)).email);
    // settle the demo book under the active policy on the review date
    await review();
  });

  it('changes no overdue item and writes no tier change when the new version is an exact copy; a changed threshold does', async () => {
    const v1 = (await world.db.query("select id from tier_policy where status = 'ACTIVE'")).rows[0].id;
    const before = await worklist();
    expect(before.total).toBeGreaterThan(0);
    expect(before.items.some((i) => i.includes(' OVERDUE '))).toBe(true);
    const changes = await count(world.db, 'select 1 from tier_change');

    const v2 = await copyAndActivate(v1);
    expect(await review()).toBe(0);
    expect(await count(world.db, 'select 1 from tier_change')).toBe(changes);
    expect(await worklist()).toEqual(before);
    // the version each client is under: its current tier is now the new version's tier of the same code
    const notMoved = await count(world.db, `
      select 1 from client c join tier t on t.id = c.current_tier_id
       where c.status in ('ACTIVE', 'DORMANT') and t.policy_id <> $1
         and not exists (select 1 from client_tier_state s where s.client_id = c.id and s.override_until >= $2::date)`, [v2, asOf]);
    expect(notMoved).toBe(0);
    // and a repeated review writes nothing
    expect(await review()).toBe(0);
    expect(await count(world.db, 'select 1 from tier_change')).toBe(changes);

    // a real change of threshold still moves clients, each a change of tier code
    const v3 = await copyAndActivate(v2, (input) => {
      const classic = input.tiers.find((t: any) => t.code === 'CLASSIC');
      classic.minAvgAssets = '300000.00';
    });
    const written = await review();
    expect(written).toBeGreaterThan(0);
    const rows = (await world.db.query(`
      select ft.code as from_code, tt.code as to_code, tc.policy_id from tier_change tc
        join tier tt on tt.id = tc.to_tier_id left join tier ft on ft.id = tc.from_tier_id
       order by tc.changed_at desc limit $1`, [written])).rows;
    for (const r of rows) {
      expect(r.policy_id).toBe(v3);
      expect(r.from_code).not.toBe(r.to_code);
    }
    expect(rows.some((r) => r.to_code === 'CLASSIC')).toBe(true);
  });
});
