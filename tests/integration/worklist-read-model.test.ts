import { beforeAll, describe, expect, it } from 'vitest';
import { useTestWorld } from '../setup/test-server.js';
import { newBranchTeam, newClient, newStaff } from '../factories/index.js';
import { enteredTierDaysAgo, newServiceLog } from '../factories/service-logs.js';
import { activeTierId } from '../factories/tiers.js';
import { daysAgo, daysAhead } from '../factories/days.js';
import { WORKLIST_START, worklistParams, worklistReferenceSql, worklistSql, type WorklistKey } from '../../packages/api/src/modules/service-levels/service-levels.sql.js';

const world = useTestWorld();

const WORKLIST = `query($after: String, $asOf: LocalDate) { worklist(first: 100, after: $after, asOf: $asOf) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { kind dueOn status daysOverdue client { id }
    serviceLevel { offering { id } everyDays lastDeliveredAt deliveredInPeriod } followUp { id } } } } }`;
const LOG = 'mutation($input: LogContactInput!) { logContact(input: $input) { id } }';

const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};
const iso = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string).toISOString());
const normal = (rows: any[]) => rows.map((r) => ({
  total: r.total, kind: r.kind, client_id: r.client_id, offering_id: r.offering_id, every_days: r.every_days,
  last_at: iso(r.last_at), in_period: r.in_period, due_on: r.due_on, status: r.status, days_overdue: r.days_overdue,
  follow_up_id: r.follow_up_id, service_log_id: r.service_log_id, follow_up_adviser_id: r.follow_up_adviser_id,
  follow_up_created_at: iso(r.follow_up_created_at),
}));

/**
 * The worklist read from worklist_item (kept by triggers) against the query-time computation it
 * replaced (worklistReferenceSql), row for row and in order, for every scope kind and for past,
 * present and future as-of days, over the demo book and a branch of clients with mixed histories;
 * again after each kind of write that moves an item.
 */
describe('the precomputed worklist equals the query-time computation', () => {
  let team: Awaited<ReturnType<typeof newBranchTeam>>;
  let head: string;
  let manager: string;
  let adviser: string;
  const c = {} as Record<'butler' | 'twin' | 'noAssets' | 'dormant' | 'closed' | 'untiered', { id: string }>;
  let offering: Record<string, string>;

  const scopes = () => [
    { name: 'all', sql: (a: string) => 'true', params: [] as unknown[], counted: true },
    { name: 'branch', sql: (a: string) => `${a}.branch_id = ?`, params: [team.branch.id], counted: true },
    { name: 'adviser', sql: (a: string) => `${a}.adviser_id = ?`, params: [team.adviser.id], counted: false },
    { name: 'other adviser', sql: (a: string) => `${a}.adviser_id = ?`, params: [team.otherAdviser.id], counted: false },
  ];
  const DAYS = () => [daysAgo(40), daysAgo(10), daysAgo(1), daysAgo(0), daysAhead(10)];

  async function expectSame(when: string) {
    // the per-branch daily counts the totals use, against a recount of the items
    const drift = await world.db.query(`select coalesce(k.branch_id, w.branch_id) as branch_id, coalesce(k.due_on, w.due_on) as due_on, k.n, w.n as items
      from worklist_due_count k
      full join (select branch_id, due_on, count(*)::int as n from worklist_item group by 1, 2) w on w.branch_id = k.branch_id and w.due_on = k.due_on
     where coalesce(k.n, 0) <> coalesce(w.n, 0)`);
    expect(drift.rows, `${when}: worklist_due_count`).toEqual([]);
    let compared = 0;
    for (const s of scopes()) {
      for (const asOf of DAYS()) {
        // the whole list, then 3 items after the second (keyset: after the second item's key)
        let second: WorklistKey | null = null;
        for (const [limit, offset] of [[100_000, 0], [3, 2]] as const) {
          if (offset > 0 && !second) continue;
          const reference = await world.db.query(numbered(worklistReferenceSql(s.sql('c'))), [asOf, ...s.params, limit, offset]);
          const stored: { rows: any[] } = await world.db.query(numbered(worklistSql(s.sql('w'), s.counted ? s.sql('k') : null)),
            worklistParams(asOf, s.params, s.params, limit, offset === 0 ? WORKLIST_START : second!));
          expect(normal(stored.rows), `${when}: ${s.name} as of ${asOf}, limit ${limit} offset ${offset}`).toEqual(normal(reference.rows));
          compared += stored.rows.filter((r) => r.client_id !== null).length;
          const r: any = stored.rows[1];
          if (offset === 0 && r?.client_id) second = { assetsKey: r.assets_key, dueOn: r.due_on, clientId: r.client_id, kind: r.kind, tiebreak: r.tiebreak };
        }
      }
    }
    return compared;
  }

  /** The manager's worklist through GraphQL, every page, against the reference for the branch. */
  async function expectSameThroughGraphql(asOf: string) {
    const got: string[] = [];
    let after: string | undefined;
    let total = -1;
    for (;;) {
      const r = await world.gql(WORKLIST, { after, asOf }, manager);
      expect(r.errors).toBeUndefined();
      total = r.data!.worklist.totalCount;
      for (const { node: n } of r.data!.worklist.edges) {
        got.push([n.kind, n.client.id, n.serviceLevel?.offering.id ?? n.followUp.id, n.dueOn, n.status, n.daysOverdue,
          n.serviceLevel?.everyDays ?? '', n.serviceLevel?.lastDeliveredAt ?? '', n.serviceLevel?.deliveredInPeriod ?? ''].join(' '));
      }
      if (!r.data!.worklist.pageInfo.hasNextPage) break;
      after = r.data!.worklist.pageInfo.endCursor;
    }
    const ref = (await world.db.query(numbered(worklistReferenceSql('c.branch_id = ?')), [asOf, team.branch.id, 100_000, 0])).rows
      .filter((r) => r.client_id !== null)
      .map((r) => [r.kind, r.client_id, r.offering_id ?? r.follow_up_id, r.due_on, r.status, r.days_overdue,
        r.every_days ?? '', iso(r.last_at) ?? '', r.kind === 'ENTITLEMENT' ? r.in_period : ''].join(' '));
    expect(got).toEqual(ref);
    expect(total).toBe(ref.length);
    return ref.length;
  }

  beforeAll(async () => {
    team = await newBranchTeam(world.db);
    head = await world.signIn((await newStaff(world.db, 'HEAD_OFFICE', null)).email);
    manager = await world.signIn(team.manager.email);
    adviser = await world.signIn(team.adviser.email);
    offering = Object.fromEntries((await world.db.query('select code, id from service_offering')).rows.map((r) => [r.code, r.id]));
    const a = team.adviser.id;
    const o = team.otherAdviser.id;
    // a butler served unevenly: a call 20 days ago, pushes 1 and 3 days ago, an unanswered call yesterday
    c.butler = await newClient(world.db, team.branch.id, a, { tierCode: 'BUTLER', latestTotalAssets: '9000000.00' });
    await enteredTierDaysAgo(world.db, c.butler.id, 50);
    await newServiceLog(world.db, c.butler.id, a, { offeringCode: 'ONE_TO_ONE_CALL', daysAgo: 20 });
    await newServiceLog(world.db, c.butler.id, a, { offeringCode: 'ONE_TO_ONE_CALL', daysAgo: 1, outcome: 'NO_ANSWER' });
    await newServiceLog(world.db, c.butler.id, a, { offeringCode: 'HOLDINGS_PUSH', daysAgo: 1 });
    await newServiceLog(world.db, c.butler.id, a, { offeringCode: 'HOLDINGS_PUSH', daysAgo: 3 });
    await newServiceLog(world.db, c.butler.id, a, { offeringCode: null, daysAgo: 2 });
    // same assets as the butler: the order falls to the due day, then the client id
    c.twin = await newClient(world.db, team.branch.id, o, { tierCode: 'CLASSIC', latestTotalAssets: '9000000.00' });
    await newServiceLog(world.db, c.twin.id, o, { offeringCode: 'RESEARCH_REPORT', daysAgo: 12 });
    await newServiceLog(world.db, c.twin.id, o, { offeringCode: 'ONE_TO_ONE_CALL', daysAgo: 45 });
    // a delivery dated after today (loaded by hand): re-graded from the logs up to each as-of day
    await world.db.query(`insert into service_log (client_id, adviser_id, occurred_at, channel, kind, offering_id, summary, outcome)
      values ($1, $2, now() + interval '2 days', 'EMAIL', 'INFORMATION', $3, '预约推送', 'INFORMED')`, [c.twin.id, o, offering.RESEARCH_REPORT]);
    // no assets (last in the order), never served, entered its tier 20 days ago through a code change
    c.noAssets = await newClient(world.db, team.branch.id, a, { tierCode: 'INFO', latestTotalAssets: null });
    await world.db.query(`insert into tier_change (client_id, from_tier_id, to_tier_id, policy_id, reason, effective_on)
      select $1, $2, t.id, t.policy_id, 'SCHEDULED_REVIEW', $3 from tier t where t.id = $4`,
    [c.noAssets.id, await activeTierId(world.db, 'CHANNEL'), daysAgo(20), await activeTierId(world.db, 'INFO')]);
    c.dormant = await newClient(world.db, team.branch.id, a, { tierCode: 'CHANNEL', status: 'DORMANT', latestTotalAssets: '50000.00' });
    c.closed = await newClient(world.db, team.branch.id, a, { tierCode: 'CLASSIC', status: 'CLOSED', latestTotalAssets: '700000.00' });
    // an untiered client with an open follow-up, and a follow-up on the closed client: owed whatever the status
    c.untiered = await newClient(world.db, team.branch.id, a, { latestTotalAssets: '300000.00' });
    await world.db.query('update client set current_tier_id = null where id = $1', [c.untiered.id]);
    for (const [client, due] of [[c.untiered, 3], [c.closed, -5], [c.butler, 20], [c.dormant, -1]] as const) {
      const log = await newServiceLog(world.db, client.id, a, { offeringCode: null, daysAgo: 6 });
      await world.db.query('insert into follow_up (client_id, service_log_id, adviser_id, due_on) values ($1, $2, $3, $4)',
        [client.id, log.id, a, daysAhead(due)]);
    }
    // a follow-up already done: not an item
    const done = await newServiceLog(world.db, c.twin.id, o, { offeringCode: null, daysAgo: 8 });
    await world.db.query("insert into follow_up (client_id, service_log_id, adviser_id, due_on, status, closed_at) values ($1, $2, $3, $4, 'DONE', now())",
      [c.twin.id, done.id, o, daysAgo(2)]);
  });

  it('on the demo book and a branch of mixed histories, for every scope and as-of day', async () => {
    expect(await expectSame('initially')).toBeGreaterThan(100);
    expect(await expectSameThroughGraphql(daysAgo(0))).toBeGreaterThan(5);
    expect(await expectSameThroughGraphql(daysAgo(10))).toBeGreaterThan(5);
  });

  it('after a contact (a delivery, and a follow-up opened and then completed)', async () => {
    const call = await world.gql(LOG, { input: {
      clientId: c.butler.id, channel: 'PHONE', kind: 'ADVISORY', summary: '电话沟通持仓', outcome: 'NEEDS_FOLLOW_UP',
      offeringId: offering.ONE_TO_ONE_CALL, followUpOn: daysAhead(2),
    } }, adviser);
    expect(call.errors).toBeUndefined();
    await expectSame('after a call with a follow-up');
    const followUpId = (await world.db.query('select id from follow_up where service_log_id = $1', [call.data!.logContact.id])).rows[0].id;
    const done = await world.gql(LOG, { input: {
      clientId: c.butler.id, channel: 'WECHAT', kind: 'INFORMATION', summary: '推送持仓资讯', outcome: 'INFORMED',
      offeringId: offering.HOLDINGS_PUSH, completesFollowUpId: followUpId,
    } }, adviser);
    expect(done.errors).toBeUndefined();
    await expectSame('after a contact completing the follow-up');
    expect(await expectSameThroughGraphql(daysAgo(0))).toBeGreaterThan(5);
  });

  it('after a tier change, an override, a closing, a transfer and an entitlement edit', async () => {
    await world.db.query(`with t as (select id, policy_id from tier where id = $2)
      insert into tier_change (client_id, from_tier_id, to_tier_id, policy_id, reason, effective_on)
      select $1, $3, t.id, t.policy_id, 'SCHEDULED_REVIEW', $4 from t`,
    [c.dormant.id, await activeTierId(world.db, 'BUTLER'), await activeTierId(world.db, 'CHANNEL'), daysAgo(0)]);
    await world.db.query('update client set current_tier_id = $2 where id = $1', [c.dormant.id, await activeTierId(world.db, 'BUTLER')]);
    await expectSame('after a tier change');

    const o = await world.gql('mutation($input: OverrideTierInput!) { overrideClientTier(input: $input) { id } }', { input: {
      clientId: c.twin.id, tierId: await activeTierId(world.db, 'INFO'), reason: '客户要求降级服务', until: daysAhead(30),
    } }, manager);
    expect(o.errors).toBeUndefined();
    await expectSame('after an override');

    await world.db.query("update client set status = 'CLOSED', current_tier_id = null where id = $1", [c.noAssets.id]);
    await world.db.query('update client set adviser_id = $2, latest_total_assets = 12000000 where id = $1', [c.butler.id, team.otherAdviser.id]);
    await expectSame('after a closing and a transfer to the other adviser');

    // service_log is append-only: an unanswered call adds a row that delivers nothing
    await newServiceLog(world.db, c.twin.id, team.otherAdviser.id, { offeringCode: 'SMS_ALERT', daysAgo: 0, outcome: 'NO_ANSWER' });
    await world.db.query('update tier_entitlement set every_days = 3 where offering_id = $1 and tier_id = $2', [offering.SMS_ALERT, await activeTierId(world.db, 'INFO')]);
    await expectSame('after an unanswered call and an entitlement edited');
  });

  it('after a policy switch and the review that moves clients', async () => {
    const v1 = (await world.db.query("select id from tier_policy where status = 'ACTIVE'")).rows[0].id;
    const copy = (await world.gql('mutation($id: ID!) { copyTierPolicy(id: $id) { id } }', { id: v1 }, head)).data!.copyTierPolicy;
    const p = (await world.gql(`query($id: ID!) { tierPolicy(id: $id) { name matchRule windowDays downgradeAfter
      tiers { code nameZh nameEn minAvgAssets minCommission12m minPoints }
      entitlements { tier { code } offering { code } everyDays }
      pointsRule { per10kAvgAssets per100Commission perTenureYear perReferral } } }`, { id: copy.id }, head)).data!.tierPolicy;
    const input = {
      name: p.name, matchRule: p.matchRule, windowDays: p.windowDays, downgradeAfter: p.downgradeAfter, tiers: p.tiers,
      // CLASSIC loses its research report, BUTLER's call becomes weekly; CLASSIC's bar moves
      entitlements: p.entitlements
        .filter((e: any) => !(e.tier.code === 'CLASSIC' && e.offering.code === 'RESEARCH_REPORT'))
        .map((e: any) => ({ tierCode: e.tier.code, offeringCode: e.offering.code,
          everyDays: e.tier.code === 'BUTLER' && e.offering.code === 'ONE_TO_ONE_CALL' ? 7 : e.everyDays })),
      pointsRule: p.pointsRule,
    };
    input.tiers.find((t: any) => t.code === 'CLASSIC').minAvgAssets = '300000.00';
    const u = await world.gql('mutation($id: ID!, $input: TierPolicyInput!) { updateTierPolicyDraft(id: $id, input: $input) { id } }',
      { id: copy.id, input }, head);
    expect(u.errors).toBeUndefined();
    const activated = await world.gql('mutation($id: ID!) { activateTierPolicy(id: $id) { status } }', { id: copy.id }, head);
    expect(activated.errors).toBeUndefined();
    await expectSame('after activating a new policy version');

    const started = await world.gql('mutation($asOf: LocalDate) { startTierReview(asOf: $asOf) { id } }', { asOf: daysAgo(0) }, head);
    expect(started.errors).toBeUndefined();
    for (let i = 0; ; i++) {
      const r = (await world.gql('query($id: ID!) { tierReviewRun(id: $id) { status changesWritten } }',
        { id: started.data!.startTierReview.id }, head)).data!.tierReviewRun;
      if (r.status !== 'RUNNING') {
        expect(r.status).toBe('SUCCEEDED');
        expect(r.changesWritten).toBeGreaterThan(0);
        break;
      }
      expect(i).toBeLessThan(300);
      await new Promise((res) => setTimeout(res, 100));
    }
    await expectSame('after the review under the new version');
    expect(await expectSameThroughGraphql(daysAgo(0))).toBeGreaterThan(0);
  });
});
