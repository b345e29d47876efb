import { beforeAll, describe, expect, it } from 'vitest';
import { useTestWorld } from '../setup/test-server.js';
import { newBranchTeam, newClient, newStaff } from '../factories/index.js';
import { enteredTierDaysAgo, newServiceLog } from '../factories/service-logs.js';
import { daysAgo, daysAhead } from '../factories/days.js';
import { worklistReferenceSql } from '../../packages/api/src/modules/service-levels/service-levels.sql.js';

const world = useTestWorld();

const WORKLIST = `query($first: Int, $after: String, $asOf: LocalDate) { worklist(first: $first, after: $after, asOf: $asOf) {
  totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  edges { cursor node { kind dueOn status daysOverdue client { id } serviceLevel { offering { id } } followUp { id } } } } }`;

const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};
const cursorOf = (text: string) => Buffer.from(text).toString('base64url');

/**
 * Keyset paging of the worklist (the cursor is the last item's key): walking every page with a
 * small `first` gives exactly the list the query-time reference computes, in order, for the
 * adviser, the manager and head office, today and on a past day (when items delivered since are
 * re-graded at read time and merged into the pages), in a constant number of statements a page.
 */
describe('worklist keyset paging', () => {
  let team: Awaited<ReturnType<typeof newBranchTeam>>;
  const tokens = {} as Record<'adviser' | 'manager' | 'head', string>;

  beforeAll(async () => {
    team = await newBranchTeam(world.db);
    tokens.adviser = await world.signIn(team.adviser.email);
    tokens.manager = await world.signIn(team.manager.email);
    tokens.head = await world.signIn((await newStaff(world.db, 'HEAD_OFFICE', null)).email);
    // 24 clients: many share their assets (the order falls to the due day, the client id, the kind
    // and the offering code), a few have none (last); deliveries spread over the last 40 days, so
    // as of 12 days ago a good part of the items are re-graded from the logs
    for (let i = 0; i < 24; i++) {
      const adviser = i % 3 === 0 ? team.otherAdviser.id : team.adviser.id;
      const assets = i % 7 === 6 ? null : `${(1 + (i % 4)) * 1_000_000}.00`;
      const client = await newClient(world.db, team.branch.id, adviser, {
        tierCode: i % 2 === 0 ? 'BUTLER' : 'CLASSIC', latestTotalAssets: assets,
      });
      await enteredTierDaysAgo(world.db, client.id, 60);
      for (const [k, offeringCode] of ['ONE_TO_ONE_CALL', 'HOLDINGS_PUSH', 'RESEARCH_REPORT'].entries()) {
        if ((i + k) % 4 === 3) continue;
        await newServiceLog(world.db, client.id, adviser, { offeringCode, daysAgo: 1 + ((i * 5 + k * 11) % 40) });
      }
      if (i % 5 === 0) {
        const log = await newServiceLog(world.db, client.id, adviser, { offeringCode: null, daysAgo: 2 });
        await world.db.query('insert into follow_up (client_id, service_log_id, adviser_id, due_on) values ($1, $2, $3, $4)',
          [client.id, log.id, adviser, daysAhead((i % 9) - 4)]);
      }
    }
  });

  const scopes = () => ({
    adviser: { sql: 'c.adviser_id = ?', params: [team.adviser.id] as unknown[] },
    manager: { sql: 'c.branch_id = ?', params: [team.branch.id] as unknown[] },
    head: { sql: 'true', params: [] as unknown[] },
  });
  const line = (kind: string, client: string, ref: string, dueOn: string, status: string, daysOverdue: number) =>
    [kind, client, ref, dueOn, status, daysOverdue].join(' ');

  async function reference(who: keyof typeof tokens, asOf: string): Promise<string[]> {
    const s = scopes()[who];
    const rows = (await world.db.query(numbered(worklistReferenceSql(s.sql)), [asOf, ...s.params, 100_000, 0])).rows;
    return rows.filter((r) => r.client_id !== null)
      .map((r) => line(r.kind, r.client_id, r.offering_id ?? r.follow_up_id, r.due_on, r.status, r.days_overdue));
  }

  /** Every page through GraphQL: the items, the statements each page cost, the page sizes. */
  async function walk(who: keyof typeof tokens, asOf: string, first: number) {
    const items: string[] = [];
    const statements: number[] = [];
    const sizes: number[] = [];
    let after: string | undefined;
    for (let page = 0; ; page++) {
      const r = await world.gql(WORKLIST, { first, after, asOf }, tokens[who]);
      expect(r.errors).toBeUndefined();
      const w = r.data!.worklist;
      expect(w.pageInfo.hasPreviousPage).toBe(page > 0);
      expect(w.pageInfo.startCursor).toBe(w.edges[0]?.cursor ?? null);
      expect(w.pageInfo.endCursor).toBe(w.edges.at(-1)?.cursor ?? null);
      for (const { node: n } of w.edges) {
        items.push(line(n.kind, n.client.id, n.serviceLevel?.offering.id ?? n.followUp.id, n.dueOn, n.status, n.daysOverdue));
      }
      statements.push(r.extensions?.sqlStatements as number);
      sizes.push(w.edges.length);
      if (!w.pageInfo.hasNextPage) return { items, statements, sizes, total: w.totalCount as number };
      after = w.pageInfo.endCursor;
      expect(page).toBeLessThan(1000);
    }
  }

  const cases = [
    ['adviser', 0], ['adviser', 12], ['manager', 0], ['manager', 12], ['head', 0], ['head', 12],
  ] as const;
  it.each(cases)("walks every page of the %s's worklist as of %i days ago: exactly the reference list, in order", async (who, ago) => {
    const asOf = daysAgo(ago);
    const ref = await reference(who, asOf);
    // a size that leaves a short last page, so the statement count is compared across page sizes too
    const first = [7, 6, 5, 4].find((n) => ref.length % n !== 0)!;
    const { items, statements, sizes, total } = await walk(who, asOf, first);
    expect(new Set(items).size, 'no item twice').toBe(items.length);
    expect(items).toEqual(ref);
    expect(total).toBe(ref.length);
    expect(sizes.length).toBeGreaterThan(3);
    expect(sizes.at(-1)).toBeLessThan(first);
    expect(statements[0]).toBeGreaterThan(0);
    expect(new Set(statements), 'statements a page').toEqual(new Set([statements[0]]));
  });

  it('re-grades, as of a past day, items of this branch delivered since (the pages above merge them in)', async () => {
    const late = await world.db.query(`select count(*)::int as n from worklist_item w
      where w.branch_id = $1 and w.last_delivered_at >= ($2::date + 1)::timestamp at time zone 'Asia/Shanghai'
        and w.assets_key in (select assets_key from worklist_item v where v.branch_id = $1 and v.client_id <> w.client_id)`,
    [team.branch.id, daysAgo(12)]);
    expect(late.rows[0].n).toBeGreaterThan(5);
  });

  const bad: [string, string][] = [
    ['not base64 of a key', 'not-a-cursor'],
    ['an offset cursor', cursorOf('o:10')],
    ['a day that does not exist', cursorOf('w:-100000000:2026-02-30:00000000-0000-0000-0000-000000000001:E:ONE_TO_ONE_CALL')],
    ['assets beyond bigint', cursorOf('w:-9223372036854775809:2026-02-01:00000000-0000-0000-0000-000000000001:E:ONE_TO_ONE_CALL')],
    ['a follow-up key without an id', cursorOf('w:-100000000:2026-02-01:00000000-0000-0000-0000-000000000001:F:ONE_TO_ONE_CALL')],
    ['too long', 'a'.repeat(201)],
  ];
  it.each(bad)('refuses a bad cursor (%s) naming `after`', async (_what, after) => {
    const r = await world.gql(WORKLIST, { first: 5, after }, tokens.manager);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(r.data?.worklist ?? null).toBeNull();
  });

  it('accepts a well-formed key of no item: the items after it', async () => {
    const ref = await reference('manager', daysAgo(0));
    const r = await world.gql(WORKLIST, { first: 100, after: cursorOf('w:-2500000000:1900-01-01:00000000-0000-0000-0000-000000000000:E:A') }, tokens.manager);
    expect(r.errors).toBeUndefined();
    // after 25,000,000.00 in assets: everything (the most any client here has is 4,000,000.00)
    expect(r.data!.worklist.edges).toHaveLength(Math.min(ref.length, 100));
  });
});
