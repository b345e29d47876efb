import { beforeAll, describe, expect, it } from 'vitest';
import { useTestWorld, type GqlResult } from '../setup/test-server.js';
import { newBranchTeam, newClient, newStaff } from '../factories/index.js';
import { backfillNameInitials, nameInitials } from '../../packages/api/src/modules/clients/client-initials.js';
import { NAME_GRAM_WALK_FROM } from '../../packages/api/src/modules/clients/client-list.sql.js';

// The book at scale: keyset cursors over every sort (ties and NULLs included), the four kinds of
// search within each viewer's scope, exact vs estimated counts, a constant statement count.
const world = useTestWorld();

const LIST = `query($first: Int!, $after: String, $filter: ClientFilter, $orderBy: ClientOrder) {
  clients(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount totalCountIsEstimate
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { id name accountNo phoneMasked } }
  }
}`;

const ORDERS = ['LATEST_ASSETS_DESC', 'LATEST_ASSETS_ASC', 'LAST_CONTACT_OLDEST', 'LAST_CONTACT_NEWEST', 'NAME'] as const;
// Written apart from the API's sort keys (plain columns, NULLS clauses): what each order means.
// Ties go by id in the order's direction.
const EXPECTED_ORDER: Record<(typeof ORDERS)[number], string> = {
  LATEST_ASSETS_DESC: 'latest_total_assets desc nulls last, id desc',
  LATEST_ASSETS_ASC: 'latest_total_assets asc nulls last, id asc',
  LAST_CONTACT_OLDEST: 'last_contact_at asc nulls first, id asc',
  LAST_CONTACT_NEWEST: 'last_contact_at desc nulls last, id desc',
  NAME: 'name asc, id asc',
};

type Team = Awaited<ReturnType<typeof newBranchTeam>>;
let team: Team;
let other: Team;
const tokens: Record<'adviser' | 'manager' | 'otherManager' | 'head' | 'bigAdviser', string> = {} as never;
let bigAdviserId: string;

async function walk(token: string, orderBy: string, first: number, filter?: object) {
  const ids: string[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 500; pages++) {
    const r: GqlResult = await world.gql(LIST, { first, after, orderBy, filter }, token);
    expect(r.errors).toBeUndefined();
    const c: any = r.data!.clients;
    expect(c.pageInfo.hasPreviousPage).toBe(after !== null);
    ids.push(...c.edges.map((e: any) => e.node.id));
    if (!c.pageInfo.hasNextPage) return ids;
    after = c.pageInfo.endCursor;
  }
  throw new Error('no last page');
}

const search = async (token: string, text: string) => {
  const r = await world.gql(LIST, { first: 100, filter: { search: text } }, token);
  expect(r.errors).toBeUndefined();
  return r.data!.clients.edges.map((e: any) => e.node) as { id: string; name: string; accountNo: string; phoneMasked: string }[];
};

const ids = async (sql: string, params: unknown[]) => (await world.db.query<{ id: string }>(sql, params)).rows.map((r) => r.id);

const named: Record<string, string> = {};

beforeAll(async () => {
  team = await newBranchTeam(world.db);
  other = await newBranchTeam(world.db);
  const head = await newStaff(world.db, 'HEAD_OFFICE', null);
  const big = await newStaff(world.db, 'ADVISER', other.branch.id);
  bigAdviserId = big.id;
  const day = (n: number) => new Date(Date.UTC(2026, 10, 1 + n, 2, 0, 0));
  // the adviser's book: ties in assets and in contacts, NULLs in both, equal names
  for (let i = 0; i < 23; i++) {
    await newClient(world.db, team.branch.id, team.adviser.id, {
      name: ['张三', '李四', '王五'][i % 3],
      latestTotalAssets: i % 5 === 0 ? null : `${(i % 4) * 10000}.00`,
      lastContactAt: i % 4 === 0 ? null : day(i % 3),
    });
  }
  named['adviser张三丰'] = (await newClient(world.db, team.branch.id, team.adviser.id, { name: '张三丰', phone: '138 0000 5678' })).id;
  named['adviser欧阳'] = (await newClient(world.db, team.branch.id, team.adviser.id, { name: '欧阳测试', accountNo: '700012345678' })).id;
  named['adviser56789'] = (await newClient(world.db, team.branch.id, team.adviser.id, { name: '赵六', phone: '13800056789' })).id;
  // the same branch, another adviser; and another branch
  named['other张三丰'] = (await newClient(world.db, team.branch.id, team.otherAdviser.id, { name: '张三丰', phone: '13911115678' })).id;
  named['branch2张三丰'] = (await newClient(world.db, other.branch.id, other.adviser.id, { name: '张三丰', phone: '+86 137-2222-5678' })).id;
  // a book past the exact-count limit, for the estimate
  await world.db.query(
    `insert into client (account_no, name, id_number, phone, branch_id, adviser_id, risk_level, investment_style, opened_on, name_initials)
     select '6' || lpad(i::text, 11, '0'), '批量' || i, '440301199001019999', '13000000000', $1, $2, 'C3', 'MID_TERM', '2020-01-02', 'pl'
       from generate_series(1, 1200) i`,
    [other.branch.id, big.id],
  );
  await world.db.query('analyze client');
  tokens.adviser = await world.signIn(team.adviser.email);
  tokens.manager = await world.signIn(team.manager.email);
  tokens.otherManager = await world.signIn(other.manager.email);
  tokens.head = await world.signIn(head.email);
  tokens.bigAdviser = await world.signIn(big.email);
});

describe('keyset paging', () => {
  it.each(ORDERS)('walks the adviser\'s book by %s in order, ties and NULLs included, without repeats or gaps', async (orderBy) => {
    const expected = await ids(`select id from client where adviser_id = $1 order by ${EXPECTED_ORDER[orderBy]}`, [team.adviser.id]);
    expect(expected.length).toBe(26);
    expect(await walk(tokens.adviser, orderBy, 4)).toEqual(expected);
  });

  it.each(ORDERS)('walks a manager\'s branch by %s, and a filtered one', async (orderBy) => {
    const expected = await ids(`select id from client where branch_id = $1 order by ${EXPECTED_ORDER[orderBy]}`, [team.branch.id]);
    expect(await walk(tokens.manager, orderBy, 5)).toEqual(expected);
    const served = await ids(`select id from client where branch_id = $1 and status = 'ACTIVE' and current_tier_id is not null
                                and name like '张%' order by ${EXPECTED_ORDER[orderBy]}`, [team.branch.id]);
    expect(served.length).toBeGreaterThan(3);
    expect(await walk(tokens.manager, orderBy, 3, { status: 'ACTIVE', tierCode: 'CHANNEL', search: '张' })).toEqual(served);
  });

  it.each(['LATEST_ASSETS_DESC', 'NAME'] as const)('walks head office\'s whole firm by %s', async (orderBy) => {
    const expected = await ids(`select id from client order by ${EXPECTED_ORDER[orderBy]}`, []);
    expect(await walk(tokens.head, orderBy, 100)).toEqual(expected);
  });

  it.each([
    ['garbage', 'not-a-cursor'],
    ['an offset cursor of the old kind', Buffer.from('o:25').toString('base64url')],
    ['a cursor of another order', 'OTHER_ORDER'],
    ['a cursor with a key that is no number', Buffer.from('k1:LATEST_ASSETS_DESC:00000000-0000-4000-8000-000000000000:1; drop table client').toString('base64url')],
  ])('refuses %s as BAD_USER_INPUT naming `after`', async (_label, cursor) => {
    let after = cursor;
    if (cursor === 'OTHER_ORDER') {
      after = (await world.gql(LIST, { first: 2, orderBy: 'NAME' }, tokens.adviser)).data!.clients.pageInfo.endCursor;
    }
    const r = await world.gql(LIST, { first: 2, after, orderBy: 'LATEST_ASSETS_DESC' }, tokens.adviser);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('search', () => {
  const sorted = (xs: string[]) => [...xs].sort();
  const idsOf = (nodes: { id: string }[]) => sorted(nodes.map((n) => n.id));

  it.each([
    ['adviser', '三丰', ['adviser张三丰']],
    ['manager', '三丰', ['adviser张三丰', 'other张三丰']],
    ['head', '三丰', ['adviser张三丰', 'other张三丰', 'branch2张三丰']],
    ['adviser', 'zsf', ['adviser张三丰']],
    ['manager', 'ZSF', ['adviser张三丰', 'other张三丰']],
    ['head', 'zsf', ['adviser张三丰', 'other张三丰', 'branch2张三丰']],
    ['adviser', '欧', ['adviser欧阳']],
    ['manager', '阳测', ['adviser欧阳']],
    ['manager', '7000123', ['adviser欧阳']],
    ['adviser', '5678', ['adviser张三丰']],
    ['manager', '5678', ['adviser张三丰', 'other张三丰']],
    ['otherManager', '5678', ['branch2张三丰']],
  ] as const)('%s searching %s finds exactly their own matches', async (who, text, expected) => {
    const nodes = await search(tokens[who], text);
    const inScope = idsOf(nodes).filter((id) => Object.values(named).includes(id));
    expect(inScope).toEqual(sorted(expected.map((k) => named[k]!)));
  });

  it('matches the phone\'s last four digits exactly and reveals nothing the mask does not show', async () => {
    const nodes = await search(tokens.head, '5678');
    const mine = nodes.find((n) => n.id === named['adviser张三丰'])!;
    expect(mine.phoneMasked).toBe('*** **** 5678');
    // a mainland number shows its last four (尾号): every phone found shows the digits searched
    expect(nodes.find((n) => n.id === named['other张三丰'])!.phoneMasked).toBe('*******5678');
    for (const n of nodes.filter((x) => !x.accountNo.startsWith('5678'))) expect(n.phoneMasked).toMatch(/5678$/);
    // 13800056789 ends in 6789: a phone containing 5678 elsewhere is no match, nor are fewer digits
    expect(nodes.map((n) => n.id)).not.toContain(named['adviser56789']);
    expect((await search(tokens.head, '678')).map((n) => n.id)).not.toContain(named['adviser张三丰']);
  });

  it('initials are a prefix: zs finds 张三 and 张三丰, zsf only 张三丰', async () => {
    const zs = await search(tokens.adviser, 'zs');
    expect(new Set(zs.map((n) => n.name))).toEqual(new Set(['张三', '张三丰']));
    expect((await search(tokens.adviser, 'zsf')).map((n) => n.name)).toEqual(['张三丰']);
  });

  it('a seeded client and a newly written one can be found by their pinyin initials', async () => {
    const seeded = (await world.db.query<{ id: string; name: string; name_initials: string | null }>(
      `select id, name, name_initials from client where account_no not like '6%' and branch_id not in ($1, $2) order by id limit 1`,
      [team.branch.id, other.branch.id],
    )).rows[0]!;
    expect(seeded.name_initials).toBe(nameInitials(seeded.name));
    expect((await search(tokens.head, seeded.name_initials!)).map((n) => n.id)).toContain(seeded.id);

    const fresh = await newClient(world.db, team.branch.id, team.adviser.id, { name: '司马光明' });
    expect((await search(tokens.adviser, 'smgm')).map((n) => n.id)).toEqual([fresh.id]);
  });

  it('a client written without initials, or renamed by SQL, is found after the backfill', async () => {
    const c = await newClient(world.db, team.branch.id, team.adviser.id, { name: '上官云' });
    await world.db.query('update client set name_initials = null where id = $1', [c.id]);
    expect(await search(tokens.adviser, 'sgy')).toEqual([]);
    const exec = async (sql: string, params: unknown[]) => (await world.db.query(sql, params)).rows;
    expect(await backfillNameInitials(exec)).toBeGreaterThanOrEqual(1);
    expect((await search(tokens.adviser, 'sgy')).map((n) => n.id)).toEqual([c.id]);

    await world.db.query(`update client set name = '夏侯云' where id = $1`, [c.id]);
    await backfillNameInitials(exec);
    expect((await search(tokens.adviser, 'xhy')).map((n) => n.id)).toEqual([c.id]);
    expect(await search(tokens.adviser, 'sgy')).toEqual([]);
  });
});

describe('counts and statements', () => {
  it('counts an adviser\'s book exactly, even past the estimate limit', async () => {
    const r = (await world.gql(LIST, { first: 5 }, tokens.bigAdviser)).data!.clients;
    expect(r).toMatchObject({ totalCount: 1200, totalCountIsEstimate: false });
  });

  it('counts a small branch exactly and estimates a large one, never below what it counted', async () => {
    const small = (await world.gql(LIST, { first: 5 }, tokens.manager)).data!.clients;
    const n = await ids('select id from client where branch_id = $1', [team.branch.id]);
    expect(small).toMatchObject({ totalCount: n.length, totalCountIsEstimate: false });

    const large = (await world.gql(LIST, { first: 5 }, tokens.otherManager)).data!.clients;
    expect(large.totalCountIsEstimate).toBe(true);
    expect(large.totalCount).toBeGreaterThan(1000);
    expect(large.totalCount).toBeLessThan(2500);

    const searched = (await world.gql(LIST, { first: 5, filter: { search: '批量12' } }, tokens.otherManager)).data!.clients;
    expect(searched).toMatchObject({ totalCount: 12, totalCountIsEstimate: false }); // 批量12, 批量120…129, 批量1200
  });

  it.each(['adviser', 'manager', 'otherManager', 'head'] as const)('%s: the same statements for 5 rows as for 50, on page one as deeper', async (who) => {
    const one = await world.gql(LIST, { first: 5 }, tokens[who]);
    const fifty = await world.gql(LIST, { first: 50 }, tokens[who]);
    const deeper = await world.gql(LIST, { first: 5, after: one.data!.clients.pageInfo.endCursor }, tokens[who]);
    expect(one.extensions?.sqlStatements).toBeGreaterThan(0);
    expect(fifty.extensions?.sqlStatements).toBe(one.extensions?.sqlStatements);
    expect(deeper.extensions?.sqlStatements).toBe(one.extensions?.sqlStatements);
  });
});

// Issue 9: part of a name under row-level security. A branch's or the firm's search looks its
// rarest gram up in client_name_gram (kept by triggers, under its own policies), or, for a gram
// NAME_GRAM_WALK_FROM clients in scope share (a common surname), walks the sort index with the
// substring as a filter; a rare status sorted by name reads the status-after-scope index.
describe('name search: the gram table and the walk of a common gram', () => {
  let crowd: Team;
  let crowdToken: string;
  const CROWD = NAME_GRAM_WALK_FROM + 50;

  beforeAll(async () => {
    crowd = await newBranchTeam(world.db);
    // a surname shared by more clients than the cap, all in one branch, plus one elsewhere
    await world.db.query(
      `insert into client (account_no, name, id_number, phone, branch_id, adviser_id, risk_level, investment_style, opened_on, status)
       select '5' || lpad(i::text, 11, '0'), '常' || i, '440301199001019999', '13000000000', $1, $2, 'C3', 'MID_TERM', '2020-01-02',
              case when i % 200 = 0 then 'TRANSFERRED_OUT' else 'ACTIVE' end
         from generate_series(1, ${CROWD}) i`,
      [crowd.branch.id, crowd.adviser.id],
    );
    named['team常'] = (await newClient(world.db, team.branch.id, team.adviser.id, { name: '常遇春' })).id;
    await world.db.query('analyze client; analyze client_name_gram');
    crowdToken = await world.signIn(crowd.manager.email);
  });

  it('keeps each client\'s grams and scope in client_name_gram through insert, rename and reassignment', async () => {
    const c = await newClient(world.db, team.branch.id, team.adviser.id, { name: '诸葛亮' });
    const grams = async () => (await world.db.query('select gram, branch_id from client_name_gram where client_id = $1 order by gram', [c.id])).rows;
    expect((await grams()).map((r) => r.gram)).toEqual(['亮', '葛', '葛亮', '诸', '诸葛'].sort());
    expect(await search(tokens.manager, '葛亮')).toEqual([expect.objectContaining({ id: c.id })]);

    await world.db.query(`update client set name = '司徒亮' where id = $1`, [c.id]);
    expect(await search(tokens.manager, '诸葛')).toEqual([]);
    expect((await search(tokens.manager, '司徒')).map((n) => n.id)).toEqual([c.id]);

    // moved to another branch: its old manager no longer finds it, its new one does
    await world.db.query('update client set branch_id = $1, adviser_id = $2 where id = $3', [other.branch.id, other.adviser.id, c.id]);
    expect((await grams()).every((r) => r.branch_id === other.branch.id)).toBe(true);
    expect(await search(tokens.manager, '司徒')).toEqual([]);
    expect((await search(tokens.otherManager, '司徒')).map((n) => n.id)).toEqual([c.id]);
    expect((await search(tokens.adviser, '司徒'))).toEqual([]);
  });

  it('finds a common surname by walking the sort index: the first page in order, only within scope, counted as an estimate', async () => {
    for (const orderBy of ['NAME', 'LATEST_ASSETS_DESC'] as const) {
      const expected = await ids(`select id from client where branch_id = $1 and strpos(name, '常') > 0
                                   order by ${EXPECTED_ORDER[orderBy]} limit 30`, [crowd.branch.id]);
      const r = await world.gql(LIST, { first: 30, orderBy, filter: { search: '常' } }, crowdToken);
      expect(r.errors).toBeUndefined();
      expect(r.data!.clients.edges.map((e: any) => e.node.id)).toEqual(expected);
      expect(r.data!.clients.totalCountIsEstimate).toBe(true);
      expect(r.data!.clients.totalCount).toBeGreaterThanOrEqual(NAME_GRAM_WALK_FROM);
    }
    // the branch with one 常 finds it through the gram table, counted exactly
    const team常 = (await world.gql(LIST, { first: 30, filter: { search: '常' } }, tokens.manager)).data!.clients;
    expect(team常.edges.map((e: any) => e.node.id)).toEqual([named['team常']]);
    expect(team常).toMatchObject({ totalCount: 1, totalCountIsEstimate: false });
    // head office walks the firm: the crowd and the other branch's client, in name order
    const firm = await ids(`select id from client where strpos(name, '常') > 0 order by name, id`, []);
    expect(firm).toContain(named['team常']);
    expect(await walk(tokens.head, 'NAME', 100, { search: '常' })).toEqual(firm);
    // nothing of the crowd for an adviser of another branch
    expect((await search(tokens.adviser, '常')).map((n) => n.id)).toEqual([named['team常']]);
  });

  it('rechecks the substring after the gram lookup: both pairs of 丰三丰 are in 三丰三, the text is not', async () => {
    const c = await newClient(world.db, team.branch.id, team.adviser.id, { name: '三丰三' });
    for (const who of ['manager', 'head'] as const) {
      expect((await search(tokens[who], '丰三')).map((n) => n.id)).toContain(c.id);
      expect((await search(tokens[who], '丰三丰')).map((n) => n.id)).not.toContain(c.id);
    }
  });

  it('walks a rare status by name within the branch, in order', async () => {
    const expected = await ids(`select id from client where branch_id = $1 and status = 'TRANSFERRED_OUT' order by name, id`, [crowd.branch.id]);
    expect(expected.length).toBe(Math.floor(CROWD / 200));
    expect(await walk(crowdToken, 'NAME', 3, { status: 'TRANSFERRED_OUT' })).toEqual(expected);
    const firm = await ids(`select id from client where status = 'TRANSFERRED_OUT' order by name, id`, []);
    expect(await walk(tokens.head, 'NAME', 4, { status: 'TRANSFERRED_OUT' })).toEqual(firm);
  });

  it.each([
    ['manager (gram table)', 'manager', '三丰'],
    ['manager of a common surname (walk)', 'crowd', '常'],
    ['head office (gram table)', 'head', '三丰'],
    ['head office of a common surname (walk)', 'head', '常'],
    ['adviser', 'adviser', '三丰'],
  ] as const)('%s: a name search costs the same statements for 5 rows as for 50, on page one as deeper', async (_label, who, text) => {
    const token = who === 'crowd' ? crowdToken : tokens[who];
    for (const orderBy of ['LATEST_ASSETS_DESC', 'NAME'] as const) {
      const one = await world.gql(LIST, { first: 5, orderBy, filter: { search: text } }, token);
      const fifty = await world.gql(LIST, { first: 50, orderBy, filter: { search: text } }, token);
      const after = one.data!.clients.pageInfo.endCursor;
      const deeper = await world.gql(LIST, { first: 5, after, orderBy, filter: { search: text } }, token);
      expect(one.extensions?.sqlStatements).toBeGreaterThan(0);
      expect(fifty.extensions?.sqlStatements, orderBy).toBe(one.extensions?.sqlStatements);
      expect(deeper.extensions?.sqlStatements, orderBy).toBe(one.extensions?.sqlStatements);
    }
  });
});
