import { beforeAll, describe, expect, it } from 'vitest';
import { useTestWorld } from '../setup/test-server.js';
import { newBranchTeam, newClient } from '../factories/index.js';

const world = useTestWorld();

const BOOK = `query($first: Int!, $after: String, $filter: ClientFilter, $orderBy: ClientOrder) {
  clients(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      id name accountNo status latestTotalAssets lastContactAt daysSinceLastContact
      currentTier { code nameZh } adviser { name } branch { code }
    } }
  }
}`;

describe('my book', () => {
  let team: Awaited<ReturnType<typeof newBranchTeam>>;
  let token: string;

  beforeAll(async () => {
    team = await newBranchTeam(world.db);
    // 60 clients with distinct assets, a spread of tiers and contacts
    const tiers = ['CHANNEL', 'INFO', 'CLASSIC', 'BUTLER'];
    for (let i = 0; i < 60; i++) {
      await newClient(world.db, team.branch.id, team.adviser.id, {
        name: i === 7 ? '欧阳测试' : undefined,
        latestTotalAssets: `${(i + 1) * 10000}.50`,
        tierCode: tiers[i % 4],
        status: i % 10 === 0 ? 'DORMANT' : 'ACTIVE',
        lastContactAt: i % 3 === 0 ? null : new Date(Date.now() - i * 86_400_000),
      });
    }
    token = await world.signIn(team.adviser.email);
  });

  it('pages through the book with cursors, sorted by latest assets, money as decimal strings', async () => {
    const first = await world.gql(BOOK, { first: 25 }, token);
    const c = first.data!.clients;
    expect(c.totalCount).toBe(60);
    expect(c.edges).toHaveLength(25);
    expect(c.pageInfo.hasNextPage).toBe(true);
    expect(c.edges[0].node.latestTotalAssets).toBe('600000.50');
    expect(typeof c.edges[0].node.latestTotalAssets).toBe('string');
    const seen = new Set<string>(c.edges.map((e: any) => e.node.id));
    let after = c.pageInfo.endCursor;
    for (;;) {
      const page = (await world.gql(BOOK, { first: 25, after }, token)).data!.clients;
      page.edges.forEach((e: any) => seen.add(e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen.size).toBe(60);
  });

  it('filters by tier, status and name or account number', async () => {
    const butler = (await world.gql(BOOK, { first: 100, filter: { tierCode: 'BUTLER' } }, token)).data!.clients;
    expect(butler.totalCount).toBe(15);
    expect(butler.edges.every((e: any) => e.node.currentTier.code === 'BUTLER')).toBe(true);

    const dormant = (await world.gql(BOOK, { first: 100, filter: { status: 'DORMANT' } }, token)).data!.clients;
    expect(dormant.totalCount).toBe(6);

    const byName = (await world.gql(BOOK, { first: 100, filter: { search: '欧阳' } }, token)).data!.clients;
    expect(byName.edges.map((e: any) => e.node.name)).toEqual(['欧阳测试']);

    const account = byName.edges[0].node.accountNo as string;
    const byAccount = (await world.gql(BOOK, { first: 100, filter: { search: account.slice(0, 11) } }, token)).data!.clients;
    expect(byAccount.edges.map((e: any) => e.node.accountNo)).toContain(account);
  });

  it('sorts by last contact, never-contacted first, and says how many days ago', async () => {
    const r = (await world.gql(BOOK, { first: 60, orderBy: 'LAST_CONTACT_OLDEST' }, token)).data!.clients;
    const nodes = r.edges.map((e: any) => e.node);
    const firstContacted = nodes.findIndex((n: any) => n.lastContactAt !== null);
    expect(nodes.slice(0, firstContacted).every((n: any) => n.daysSinceLastContact === null)).toBe(true);
    const days = nodes.slice(firstContacted).map((n: any) => n.daysSinceLastContact);
    expect(days).toEqual([...days].sort((a, b) => b - a));
    expect(days.at(-1)).toBeGreaterThanOrEqual(0);
  });

  it('costs the same number of SQL statements for 5 rows as for 50 (no N+1)', async () => {
    // the book's own fields plus the per-client lists a dashboard might add: every
    // relation must be batched, not fetched row by row
    const WIDE = BOOK.replace('branch { code }', `branch { code } tierHistory { reason toTier { code } } serviceLogs(first: 2) { summary adviser { name } }
      serviceLogsConnection(first: 2) { totalCount pageInfo { endCursor } edges { node { summary adviser { name } } } }`);
    const five = await world.gql(WIDE, { first: 5 }, token);
    const fifty = await world.gql(WIDE, { first: 50 }, token);
    expect(five.errors).toBeUndefined();
    expect(five.data!.clients.edges).toHaveLength(5);
    expect(fifty.data!.clients.edges).toHaveLength(50);
    expect(five.extensions?.sqlStatements).toBeGreaterThan(0);
    expect(fifty.extensions?.sqlStatements).toBe(five.extensions?.sqlStatements);
  });

  it('rejects a page size over 100 naming the argument', async () => {
    const r = await world.gql(BOOK, { first: 500 }, token);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});
