import { beforeAll, describe, expect, it } from 'vitest';
import { daysAgo, daysAhead } from '../factories/days.js';
import { useTestWorld } from '../setup/test-server.js';
import { count, newBranchTeam, newClient, newStaff } from '../factories/index.js';

const world = useTestWorld();

const LOG = `mutation($input: LogContactInput!) { logContact(input: $input) { id followUpOn } }`;
const WORKLIST = `query($first: Int, $asOf: LocalDate) { worklist(first: $first, asOf: $asOf) { totalCount edges { node {
  kind dueOn status daysOverdue client { id }
  serviceLevel { offering { code } }
  followUp { id dueOn status dueStatus daysOverdue serviceLog { id summary } adviser { email } }
} } } }`;
const FOLLOW_UPS = `query($id: ID!, $closed: Boolean) { client(id: $id) { followUps(includeClosed: $closed) {
  id dueOn status dueStatus daysOverdue closedAt serviceLog { id } completedBy { id summary }
  history { kind fromDueOn toDueOn reason actor { email } serviceLog { id } }
} } }`;
const RESCHEDULE = `mutation($id: ID!, $dueOn: LocalDate!, $reason: String!) {
  rescheduleFollowUp(id: $id, dueOn: $dueOn, reason: $reason) { id dueOn status history { kind fromDueOn toDueOn reason actor { email } } }
}`;

const shanghaiDay = (offsetDays: number) => (offsetDays < 0 ? daysAgo(-offsetDays) : daysAhead(offsetDays));

describe('follow-ups', () => {
  let team: Awaited<ReturnType<typeof newBranchTeam>>;
  let tokens: Record<'adviser' | 'otherAdviser' | 'manager' | 'compliance', string>;
  let client: { id: string };
  let other: { id: string };

  const contact = (clientId: string, over: Record<string, unknown> = {}) =>
    ({ clientId, channel: 'PHONE', kind: 'ADVISORY', summary: '约定回电讨论调仓', outcome: 'NEEDS_FOLLOW_UP', ...over });

  /** A follow-up made by a contact logged `daysAgo` days back, due `dueIn` days from today (negative: past). */
  async function followUp(clientId: string, adviserId: string, daysAgo: number, dueIn: number) {
    const log = await world.db.query(
      `insert into service_log (client_id, adviser_id, occurred_at, channel, kind, summary, outcome, follow_up_on)
       values ($1, $2, now() - $3::int * interval '1 day', 'PHONE', 'ADVISORY', '客户要求稍后再联系', 'NEEDS_FOLLOW_UP', $4) returning id`,
      [clientId, adviserId, daysAgo, shanghaiDay(dueIn)],
    );
    const f = await world.db.query(
      'insert into follow_up (client_id, service_log_id, adviser_id, due_on) values ($1, $2, $3, $4) returning id',
      [clientId, log.rows[0].id, adviserId, shanghaiDay(dueIn)],
    );
    return { logId: log.rows[0].id as string, id: f.rows[0].id as string };
  }

  const followUpItems = (r: any) => r.data!.worklist.edges.map((e: any) => e.node).filter((n: any) => n.kind === 'FOLLOW_UP');

  beforeAll(async () => {
    team = await newBranchTeam(world.db);
    const compliance = await newStaff(world.db, 'COMPLIANCE', null);
    tokens = {
      adviser: await world.signIn(team.adviser.email),
      otherAdviser: await world.signIn(team.otherAdviser.email),
      manager: await world.signIn(team.manager.email),
      compliance: await world.signIn(compliance.email),
    };
    // a tier entitled to nothing, so the worklist shows follow-ups only
    client = await newClient(world.db, team.branch.id, team.adviser.id, { tierCode: 'CHANNEL', latestTotalAssets: '900000.00' });
    await world.db.query('update client set current_tier_id = null where id = $1', [client.id]);
    other = await newClient(world.db, team.branch.id, team.otherAdviser.id);
    await world.db.query('update client set current_tier_id = null where id = $1', [other.id]);
  });

  // regression: a follow-up date on a contact went nowhere: never on the worklist, never overdue
  it('puts a logged follow-up on the owner\'s worklist as DUE, with the contact that asked for it, and on the client page', async () => {
    const log = await world.gql(LOG, { input: contact(client.id, { followUpOn: shanghaiDay(3) }) }, tokens.adviser);
    expect(log.errors).toBeUndefined();
    const items = followUpItems(await world.gql(WORKLIST, { first: 100 }, tokens.adviser));
    const item = items.find((i: any) => i.followUp.serviceLog.id === log.data!.logContact.id);
    expect(item).toMatchObject({
      kind: 'FOLLOW_UP', dueOn: shanghaiDay(3), status: 'DUE', daysOverdue: 0, client: { id: client.id },
      serviceLevel: null, followUp: { status: 'OPEN', dueStatus: 'DUE', serviceLog: { summary: '约定回电讨论调仓' }, adviser: { email: team.adviser.email } },
    });
    const page = await world.gql(FOLLOW_UPS, { id: client.id }, tokens.adviser);
    expect(page.data!.client.followUps.map((f: any) => f.id)).toContain(item.followUp.id);
  });

  it('shows a past follow-up as OVERDUE by its days, and leaves one more than a week out off the worklist', async () => {
    const late = await followUp(client.id, team.adviser.id, 10, -5);
    const far = await followUp(client.id, team.adviser.id, 1, 30);
    const items = followUpItems(await world.gql(WORKLIST, { first: 100 }, tokens.adviser));
    expect(items.find((i: any) => i.followUp.id === late.id)).toMatchObject({ status: 'OVERDUE', daysOverdue: 5, dueOn: shanghaiDay(-5) });
    expect(items.find((i: any) => i.followUp.id === far.id)).toBeUndefined();
    const page = (await world.gql(FOLLOW_UPS, { id: client.id }, tokens.adviser)).data!.client.followUps;
    expect(page.find((f: any) => f.id === late.id)).toMatchObject({ dueStatus: 'OVERDUE', daysOverdue: 5 });
    expect(page.find((f: any) => f.id === far.id)).toMatchObject({ dueStatus: 'UPCOMING', daysOverdue: 0 });
    // as of a day a week later, the far one is still not due; as of 25 days later it is
    const later = followUpItems(await world.gql(WORKLIST, { first: 100, asOf: shanghaiDay(25) }, tokens.adviser));
    expect(later.find((i: any) => i.followUp.id === far.id)).toMatchObject({ status: 'DUE' });
  });

  it('closes a follow-up when a contact completes it, recording which; it leaves the worklist', async () => {
    const f = await followUp(client.id, team.adviser.id, 3, -1);
    const done = await world.gql(LOG, { input: contact(client.id, { summary: '已回电，客户同意调仓', outcome: 'RESOLVED', completesFollowUpId: f.id }) }, tokens.adviser);
    expect(done.errors).toBeUndefined();
    const items = followUpItems(await world.gql(WORKLIST, { first: 100 }, tokens.adviser));
    expect(items.find((i: any) => i.followUp.id === f.id)).toBeUndefined();
    const all = (await world.gql(FOLLOW_UPS, { id: client.id, closed: true }, tokens.adviser)).data!.client.followUps;
    expect(all.find((x: any) => x.id === f.id)).toMatchObject({
      status: 'DONE', dueStatus: null, completedBy: { id: done.data!.logContact.id, summary: '已回电，客户同意调仓' },
      history: [{ kind: 'COMPLETED', fromDueOn: shanghaiDay(-1), toDueOn: null, actor: { email: team.adviser.email }, serviceLog: { id: done.data!.logContact.id } }],
    });
    expect(all.find((x: any) => x.id === f.id).closedAt).not.toBeNull();
    // the open list leaves it out
    const open = (await world.gql(FOLLOW_UPS, { id: client.id }, tokens.adviser)).data!.client.followUps;
    expect(open.map((x: any) => x.id)).not.toContain(f.id);
  });

  it.each([
    ['one already completed', 'done'],
    ["another client's", 'otherClient'],
    ['one that does not exist', 'missing'],
  ])('refuses to complete %s with BAD_USER_INPUT naming completesFollowUpId, writing nothing', async (_label, which) => {
    const f = await followUp(client.id, team.adviser.id, 3, 0);
    if (which === 'done') await world.gql(LOG, { input: contact(client.id, { completesFollowUpId: f.id }) }, tokens.adviser);
    const target = which === 'missing' ? '00000000-0000-4000-8000-000000000000' : f.id;
    const onClient = which === 'otherClient' ? (await newClient(world.db, team.branch.id, team.adviser.id)).id : client.id;
    const logs = await count(world.db, 'select 1 from service_log');
    const events = await count(world.db, 'select 1 from follow_up_event');
    const r = await world.gql(LOG, { input: contact(onClient, { completesFollowUpId: target }) }, tokens.adviser);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'completesFollowUpId' });
    expect(await count(world.db, 'select 1 from service_log')).toBe(logs);
    expect(await count(world.db, 'select 1 from follow_up_event')).toBe(events);
  });

  it('completes a follow-up once when the same completing contact races with itself', async () => {
    const f = await followUp(client.id, team.adviser.id, 3, 0);
    const input = contact(client.id, { summary: '完成跟进（并发）', completesFollowUpId: f.id, idempotencyKey: `complete-${f.id}` });
    const results = await Promise.all([1, 2, 3].map(() => world.gql(LOG, { input }, tokens.adviser)));
    expect(results.every((r) => r.errors === undefined)).toBe(true);
    expect(new Set(results.map((r) => r.data!.logContact.id)).size).toBe(1);
    expect(await count(world.db, "select 1 from follow_up_event where follow_up_id = $1 and kind = 'COMPLETED'", [f.id])).toBe(1);
  });

  it('reschedules with a reason, keeping the old day and the reason; moving it past the week takes it off the worklist', async () => {
    const f = await followUp(client.id, team.adviser.id, 5, -2);
    const r = await world.gql(RESCHEDULE, { id: f.id, dueOn: shanghaiDay(14), reason: '客户出差，两周后再联系' }, tokens.adviser);
    expect(r.errors).toBeUndefined();
    expect(r.data!.rescheduleFollowUp).toMatchObject({
      dueOn: shanghaiDay(14), status: 'OPEN',
      history: [{ kind: 'RESCHEDULED', fromDueOn: shanghaiDay(-2), toDueOn: shanghaiDay(14), reason: '客户出差，两周后再联系', actor: { email: team.adviser.email } }],
    });
    const items = followUpItems(await world.gql(WORKLIST, { first: 100 }, tokens.adviser));
    expect(items.find((i: any) => i.followUp.id === f.id)).toBeUndefined();
    // a retry (same day) changes nothing; a second move adds a second event
    await world.gql(RESCHEDULE, { id: f.id, dueOn: shanghaiDay(14), reason: '客户出差，两周后再联系' }, tokens.adviser);
    const again = await world.gql(RESCHEDULE, { id: f.id, dueOn: shanghaiDay(2), reason: '客户提前回来' }, tokens.adviser);
    expect(again.data!.rescheduleFollowUp.history.map((h: any) => [h.fromDueOn, h.toDueOn])).toEqual([
      [shanghaiDay(-2), shanghaiDay(14)], [shanghaiDay(14), shanghaiDay(2)],
    ]);
    await expect(world.db.query("update follow_up_event set reason = 'x' where follow_up_id = $1", [f.id])).rejects.toThrow(/append-only/);
  });

  it.each([
    ['an empty reason', { reason: '  ' }, 'BAD_USER_INPUT', 'reason'],
    ['a reason over 500 characters', { reason: '长'.repeat(501) }, 'BAD_USER_INPUT', 'reason'],
    ['a day in the past', { dueOn: shanghaiDay(-1) }, 'BAD_USER_INPUT', 'dueOn'],
  ])('refuses a reschedule with %s, naming the field and writing nothing', async (_label, change, code, field) => {
    const f = await followUp(client.id, team.adviser.id, 1, 1);
    const r = await world.gql(RESCHEDULE, { id: f.id, dueOn: shanghaiDay(5), reason: '改期', ...change }, tokens.adviser);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code, field });
    expect((await world.db.query('select due_on::text as d from follow_up where id = $1', [f.id])).rows[0].d).toBe(shanghaiDay(1));
    expect(await count(world.db, 'select 1 from follow_up_event where follow_up_id = $1', [f.id])).toBe(0);
  });

  it('refuses to reschedule a completed follow-up: CONFLICT FOLLOW_UP_CLOSED', async () => {
    const f = await followUp(client.id, team.adviser.id, 1, 1);
    await world.gql(LOG, { input: contact(client.id, { completesFollowUpId: f.id }) }, tokens.adviser);
    const r = await world.gql(RESCHEDULE, { id: f.id, dueOn: shanghaiDay(5), reason: '改期' }, tokens.adviser);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'FOLLOW_UP_CLOSED' });
  });

  it('keeps to scope: an adviser only their own, the manager the branch, compliance reads but may not reschedule', async () => {
    const mine = await followUp(client.id, team.adviser.id, 2, 0);
    const theirs = await followUp(other.id, team.otherAdviser.id, 2, 0);
    const ids = async (token: string) => followUpItems(await world.gql(WORKLIST, { first: 100 }, token)).map((i: any) => i.followUp.id);
    expect(await ids(tokens.adviser)).toContain(mine.id);
    expect(await ids(tokens.adviser)).not.toContain(theirs.id);
    expect(await ids(tokens.otherAdviser)).toEqual([theirs.id]);
    expect(await ids(tokens.manager)).toEqual(expect.arrayContaining([mine.id, theirs.id]));
    // compliance sees every branch (the demo's most valuable clients fill its first page): read the client page
    const read = await world.gql(FOLLOW_UPS, { id: other.id }, tokens.compliance);
    expect(read.data!.client.followUps.map((f: any) => f.id)).toContain(theirs.id);
    const hidden = await world.gql(FOLLOW_UPS, { id: other.id }, tokens.adviser);
    expect(hidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const move = (id: string, token: string) => world.gql(RESCHEDULE, { id, dueOn: shanghaiDay(3), reason: '改期' }, token);
    expect((await move(theirs.id, tokens.adviser)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await move(mine.id, tokens.compliance)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await world.gql(LOG, { input: contact(other.id, { completesFollowUpId: theirs.id }) }, tokens.adviser)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await count(world.db, 'select 1 from follow_up_event where follow_up_id = $1', [theirs.id])).toBe(0);
    const byManager = await move(mine.id, tokens.manager);
    expect(byManager.data!.rescheduleFollowUp.history[0].actor.email).toBe(team.manager.email);
  });

  it('costs the same number of SQL statements for 5 follow-up rows as for 50', async () => {
    const big = await newBranchTeam(world.db);
    for (let i = 0; i < 55; i++) {
      const c = await newClient(world.db, big.branch.id, big.adviser.id, { latestTotalAssets: `${100000 + i * 1000}.00` });
      await world.db.query('update client set current_tier_id = null where id = $1', [c.id]);
      const f = await followUp(c.id, big.adviser.id, 3, -(i % 4));
      if (i % 2) await world.db.query("insert into follow_up_event (client_id, follow_up_id, kind, from_due_on, to_due_on, reason, actor_id) values ($1, $2, 'RESCHEDULED', current_date - 9, current_date, '改期', $3)", [c.id, f.id, big.adviser.id]);
    }
    const token = await world.signIn(big.adviser.email);
    const WIDE = WORKLIST.replace('client { id }', 'client { id followUps { id history { reason actor { name } } } }')
      .replace('adviser { email }', 'adviser { email } history { kind actor { name } } completedBy { id }');
    const five = await world.gql(WIDE, { first: 5 }, token);
    const fifty = await world.gql(WIDE, { first: 50 }, token);
    expect(five.errors).toBeUndefined();
    expect(fifty.data!.worklist.edges).toHaveLength(50);
    expect(fifty.data!.worklist.totalCount).toBe(55);
    expect(five.extensions?.sqlStatements).toBeGreaterThan(0);
    expect(fifty.extensions?.sqlStatements).toBe(five.extensions?.sqlStatements);
  });
});
