import { beforeAll, describe, expect, it } from 'vitest';
import { useTestWorld } from '../setup/test-server.js';
import { newBranchTeam, newClient, newStaff, count } from '../factories/index.js';

const world = useTestWorld();

const CLIENT = 'query($id: ID!) { client(id: $id) { id name idNumberMasked phoneMasked } }';
const LOG = `mutation($input: LogContactInput!) { logContact(input: $input) { id } }`;
const logInput = (clientId: string) => ({ clientId, channel: 'PHONE', kind: 'ADVISORY', summary: '电话回访', outcome: 'RESOLVED' });

describe('who may see and change which client', () => {
  let team: Awaited<ReturnType<typeof newBranchTeam>>;
  let otherTeam: Awaited<ReturnType<typeof newBranchTeam>>;
  let mine: { id: string };
  let theirs: { id: string };
  let otherBranch: { id: string };

  beforeAll(async () => {
    team = await newBranchTeam(world.db);
    otherTeam = await newBranchTeam(world.db);
    mine = await newClient(world.db, team.branch.id, team.adviser.id);
    theirs = await newClient(world.db, team.branch.id, team.otherAdviser.id);
    otherBranch = await newClient(world.db, otherTeam.branch.id, otherTeam.adviser.id);
  });

  it('lets an adviser read their own client, masked', async () => {
    const token = await world.signIn(team.adviser.email);
    const r = await world.gql(CLIENT, { id: mine.id }, token);
    expect(r.data?.client.id).toBe(mine.id);
    expect(r.data?.client.idNumberMasked).toMatch(/^\d{3}\*+\w{4}$/);
    expect(r.data?.client.phoneMasked).toMatch(/^\*{7}\d{4}$/);
  });

  it.each([
    ['another adviser of the same branch', () => theirs.id],
    ['a client of another branch', () => otherBranch.id],
    ['an id that does not exist', () => '00000000-0000-4000-8000-000000000000'],
    ['something that is not an id', () => 'not-a-uuid'],
  ])('answers NOT_FOUND, never the data, for %s', async (_label, id) => {
    const token = await world.signIn(team.adviser.email);
    const r = await world.gql(CLIENT, { id: id() }, token);
    expect(r.data?.client ?? null).toBeNull();
    expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(r)).not.toContain('客户');
  });

  it('refuses to log a contact on another adviser\'s client and writes nothing', async () => {
    const token = await world.signIn(team.adviser.email);
    const r = await world.gql(LOG, { input: logInput(theirs.id) }, token);
    expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await count(world.db, 'select 1 from service_log where client_id = $1', [theirs.id])).toBe(0);
  });

  it('gives an adviser only their own book', async () => {
    const token = await world.signIn(team.adviser.email);
    const r = await world.gql('{ clients(first: 100) { totalCount edges { node { id adviser { id } } } } }', {}, token);
    expect(r.data?.clients.totalCount).toBe(1);
    expect(r.data?.clients.edges.map((e: any) => e.node.id)).toEqual([mine.id]);
  });

  it('gives a manager their branch, and nothing of another branch', async () => {
    const token = await world.signIn(team.manager.email);
    const r = await world.gql('{ clients(first: 100) { totalCount edges { node { id } } } }', {}, token);
    const ids = r.data?.clients.edges.map((e: any) => e.node.id);
    expect(ids).toEqual(expect.arrayContaining([mine.id, theirs.id]));
    expect(ids).not.toContain(otherBranch.id);
    expect((await world.gql(CLIENT, { id: otherBranch.id }, token)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('lets head office read and write every branch', async () => {
    const head = await newStaff(world.db, 'HEAD_OFFICE', null);
    const token = await world.signIn(head.email);
    expect((await world.gql(CLIENT, { id: otherBranch.id }, token)).data?.client.id).toBe(otherBranch.id);
    expect((await world.gql(LOG, { input: logInput(otherBranch.id) }, token)).data?.logContact.id).toBeTruthy();
  });

  it('lets compliance read everything and change nothing', async () => {
    const compliance = await newStaff(world.db, 'COMPLIANCE', null);
    const token = await world.signIn(compliance.email);
    expect((await world.gql(CLIENT, { id: theirs.id }, token)).data?.client.id).toBe(theirs.id);
    const before = await count(world.db, 'select 1 from service_log');
    const r = await world.gql(LOG, { input: logInput(theirs.id) }, token);
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await count(world.db, 'select 1 from service_log')).toBe(before);
  });
});
