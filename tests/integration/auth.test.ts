import { describe, expect, it } from 'vitest';
import { useTestWorld } from '../setup/test-server.js';
import { newBranchTeam, newStaff } from '../factories/index.js';

const world = useTestWorld();
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { token staff { email role } } }';

describe('sign-in', () => {
  it('signs in with the right password, sets an httpOnly cookie and returns a bearer token that works', async () => {
    const { adviser } = await newBranchTeam(world.db);
    const res = await fetch(`${world.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SIGN_IN, variables: { input: { email: adviser.email, password: 'demo-password' } } }),
    });
    const body = (await res.json()) as { data: { signIn: { token: string; staff: { role: string } } } };
    expect(body.data.signIn.staff.role).toBe('ADVISER');
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/crm_session=/);
    expect(cookie).toMatch(/HttpOnly/i);

    // the cookie alone identifies the viewer (what the web app uses)
    const viaCookie = await fetch(`${world.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookie.split(';')[0]! },
      body: JSON.stringify({ query: '{ me { email } }' }),
    });
    expect(((await viaCookie.json()) as any).data.me.email).toBe(adviser.email);

    // and the bearer form (what scripts use)
    const me = await world.gql('{ me { email role } }', {}, body.data.signIn.token);
    expect(me.data?.me).toEqual({ email: adviser.email, role: 'ADVISER' });
  });

  it('answers a wrong password and an unknown email with the same message, no hint which part was wrong', async () => {
    const s = await newStaff(world.db, 'HEAD_OFFICE', null);
    const wrongPassword = await world.gql(SIGN_IN, { input: { email: s.email, password: 'nope-nope' } });
    const unknownEmail = await world.gql(SIGN_IN, { input: { email: 'nobody@test.local', password: 'demo-password' } });
    expect(wrongPassword.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrongPassword.errors?.[0]?.message).toBe('Wrong email or password');
    expect(unknownEmail.errors?.[0]?.message).toBe(wrongPassword.errors?.[0]?.message);
    expect(wrongPassword.errors?.[0]?.extensions?.field).toBeUndefined();
  });

  it('answers UNAUTHENTICATED without a credential and after sign-out', async () => {
    const anonymous = await world.gql('{ clients { totalCount } }');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const s = await newStaff(world.db, 'HEAD_OFFICE', null);
    const token = await world.signIn(s.email);
    expect((await world.gql('{ clients { totalCount } }', {}, token)).data?.clients.totalCount).toBeGreaterThan(0);
    await world.gql('mutation { signOut }', {}, token);
    const after = await world.gql('{ clients { totalCount } }', {}, token);
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('never stores the password or the token in clear', async () => {
    const s = await newStaff(world.db, 'COMPLIANCE', null);
    const token = await world.signIn(s.email);
    const row = await world.db.query('select password_hash from staff where id = $1', [s.id]);
    expect(row.rows[0].password_hash).toMatch(/^\$argon2id\$/);
    const sessions = await world.db.query('select token_hash from auth_session where staff_id = $1', [s.id]);
    expect(sessions.rows.map((r) => r.token_hash)).not.toContain(token);
  });
});
