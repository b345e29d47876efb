import { beforeAll, describe, expect, it } from 'vitest';
import { useTestWorld } from '../setup/test-server.js';
import { newBranchTeam, newClient } from '../factories/index.js';

const world = useTestWorld();

const LOG = 'mutation($input: LogContactInput!) { logContact(input: $input) { id } }';
const START = 'mutation($asOf: LocalDate) { startTierReview(asOf: $asOf) { id } }';

// Regression: the web app showed the API's English message in the Chinese interface. Errors now
// name the rule that failed in extensions.reason, and the web app words it per locale.
describe('errors name the rule that failed (extensions.reason)', () => {
  let team: Awaited<ReturnType<typeof newBranchTeam>>;
  let client: { id: string };
  let token: string;
  const contact = (change: Record<string, unknown>) => ({
    clientId: client.id, channel: 'PHONE', kind: 'ADVISORY', summary: '规则测试', outcome: 'INFORMED', ...change,
  });

  beforeAll(async () => {
    team = await newBranchTeam(world.db);
    client = await newClient(world.db, team.branch.id, team.adviser.id);
    token = await world.signIn(team.adviser.email);
  });

  it.each([
    ['a contact time in the future', { occurredAt: new Date(Date.now() + 3 * 3_600_000).toISOString() }, 'occurredAt', 'DATE_IN_FUTURE'],
    ['a follow-up before the contact', { occurredAt: '2026-01-10T02:00:00.000Z', followUpOn: '2026-01-09' }, 'followUpOn', 'FOLLOW_UP_BEFORE_CONTACT'],
    ['an unknown offering', { offeringId: '00000000-0000-4000-8000-000000000000' }, 'offeringId', 'UNKNOWN_OFFERING'],
  ])('logContact with %s', async (_label, change, field, reason) => {
    const r = await world.gql(LOG, { input: contact(change) }, token);
    expect(r.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field, reason });
  });

  it('a tier review as of a future date', async () => {
    const head = await world.signIn('head@demo.local');
    const r = await world.gql(START, { asOf: `${new Date().getUTCFullYear() + 1}-06-30` }, head);
    expect(r.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'asOf', reason: 'DATE_IN_FUTURE' });
  });
});
