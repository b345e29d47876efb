import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useTestWorld } from '../setup/test-server.js';
import { newStaff } from '../factories/index.js';

// small limits so the test stays short; TRUST_PROXY lets each test use its own address
const world = useTestWorld({ SIGNIN_MAX_FAILURES_PER_ACCOUNT: '3', SIGNIN_MAX_FAILURES_PER_ADDRESS: '5', SIGNIN_WINDOW_SECONDS: '900', TRUST_PROXY: '1' });

const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { token } }';
const newAddress = () => `10.${[1, 2, 3].map(() => randomBytes(1)[0]).join('.')}`;

async function signIn(email: string, password: string, address: string) {
  const res = await fetch(`${world.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ query: SIGN_IN, variables: { input: { email, password } } }),
  });
  const body = (await res.json()) as { data?: { signIn: { token: string } } | null; errors?: { message: string; extensions: { code: string; retryAfterSeconds?: number } }[] };
  return { token: body.data?.signIn.token, error: body.errors?.[0] };
}

/** Ends the window of every counter now, as the clock would after SIGNIN_WINDOW_SECONDS. */
const expireWindows = () => world.db.query('update sign_in_throttle set expire = $1', [Date.now() - 1]);

describe('sign-in throttling (state in PostgreSQL)', () => {
  it('locks an account after 3 failures, refuses even the right password while locked, allows it after the window', async () => {
    const s = await newStaff(world.db, 'HEAD_OFFICE', null);
    const ip = newAddress();
    expect((await signIn(s.email, 'wrong-1', ip)).error?.extensions.code).toBe('UNAUTHENTICATED');
    expect((await signIn(s.email, 'wrong-2', ip)).error?.extensions.code).toBe('UNAUTHENTICATED');
    const third = await signIn(s.email, 'wrong-3', ip);
    expect(third.error?.extensions.code).toBe('TOO_MANY_ATTEMPTS');
    expect(third.error?.extensions.retryAfterSeconds).toBeGreaterThan(800);
    expect(third.error?.extensions.retryAfterSeconds).toBeLessThanOrEqual(900);

    // the right password, from another address too, is refused while the account is locked
    const locked = await signIn(s.email, 'demo-password', newAddress());
    expect(locked.token).toBeUndefined();
    expect(locked.error?.extensions.code).toBe('TOO_MANY_ATTEMPTS');
    expect(locked.error?.message).toMatch(/^Too many failed sign-ins\. Try again in 1[45] minutes\.$/);

    // the count lives in the database, keyed by a hash of the email (no email in clear)
    const rows = await world.db.query("select key, points from sign_in_throttle where key like 'account:%'");
    expect(rows.rows.some((r) => r.points === 3)).toBe(true);
    expect(rows.rows.map((r) => r.key).join()).not.toContain(s.email);

    await expireWindows();
    const released = await signIn(s.email, 'demo-password', newAddress());
    expect(released.error).toBeUndefined();
    expect(released.token).toBeTruthy();
  });

  it('answers a known and an unknown email alike: same failures, same lock, same message', async () => {
    const s = await newStaff(world.db, 'HEAD_OFFICE', null);
    const unknown = `nobody.${randomBytes(4).toString('hex')}@test.local`;
    const known: string[] = [];
    const ghost: string[] = [];
    for (let i = 0; i < 4; i++) {
      const a = await signIn(s.email, `wrong-${i}`, newAddress());
      const b = await signIn(unknown, `wrong-${i}`, newAddress());
      known.push(`${a.error?.extensions.code}: ${a.error?.message}`);
      ghost.push(`${b.error?.extensions.code}: ${b.error?.message}`);
    }
    expect(known).toEqual(ghost);
    expect(known.at(-1)).toMatch(/^TOO_MANY_ATTEMPTS/);
  });

  it('locks an address after 5 failures across accounts; a successful sign-in does not reset it', async () => {
    const ip = newAddress();
    const s = await newStaff(world.db, 'HEAD_OFFICE', null);
    for (let i = 0; i < 4; i++) {
      const r = await signIn(`someone.${i}.${randomBytes(3).toString('hex')}@test.local`, 'guess', ip);
      expect(r.error?.extensions.code).toBe('UNAUTHENTICATED');
    }
    expect((await signIn(s.email, 'demo-password', ip)).token).toBeTruthy();
    expect((await signIn('another@test.local', 'guess', ip)).error?.extensions.code).toBe('TOO_MANY_ATTEMPTS');
    // the address is locked for everyone signing in from it, right password or not
    expect((await signIn(s.email, 'demo-password', ip)).error?.extensions.code).toBe('TOO_MANY_ATTEMPTS');
    // another address is not affected
    expect((await signIn(s.email, 'demo-password', newAddress())).token).toBeTruthy();
    await expireWindows();
    expect((await signIn(s.email, 'demo-password', ip)).token).toBeTruthy();
  });

  it('clears the account count on success, so a typo now and then never adds up to a lock', async () => {
    const s = await newStaff(world.db, 'HEAD_OFFICE', null);
    for (let round = 0; round < 3; round++) {
      expect((await signIn(s.email, 'typo', newAddress())).error?.extensions.code).toBe('UNAUTHENTICATED');
      expect((await signIn(s.email, 'typo', newAddress())).error?.extensions.code).toBe('UNAUTHENTICATED');
      expect((await signIn(s.email, 'demo-password', newAddress())).token).toBeTruthy();
    }
  });
});
