import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../../shared/errors.js';
import { Staff } from '../staff/staff.entity.js';
import { AuthSession } from './auth-session.entity.js';
import { hashPassword, verifyPassword } from './password.js';
import type { Viewer } from './viewer.js';
import type { Config } from '../../config.js';
import { signInThrottle } from './sign-in-throttle.js';

export const SESSION_COOKIE = 'crm_session';

/** How a session token is stored (auth_session.token_hash): its SHA-256, hex. */
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

// Verified against when the email is unknown, so both failures take the same time.
let dummyHash: Promise<string> | undefined;

const WRONG_CREDENTIALS = 'Wrong email or password';

/**
 * Checks the credentials and opens a session, within the sign-in throttle: while the
 * account or the address is locked even the right password is refused. The same message
 * answers an unknown email, a wrong password and a disabled account: no hint which part
 * was wrong, and unknown emails are throttled like known ones.
 */
export async function signIn(em: EntityManager, attempt: { email: string; password: string; address: string | undefined }, config: Config) {
  const throttle = signInThrottle(em, config);
  const keys = { email: attempt.email, address: attempt.address };
  await throttle.assertOpen(keys);
  let session: Awaited<ReturnType<typeof checkAndOpen>>;
  try {
    session = await checkAndOpen(em, attempt.email, attempt.password, config.SESSION_TTL_HOURS);
  } catch (err) {
    if (err instanceof DomainError && err.code === 'UNAUTHENTICATED') await throttle.recordFailure(keys);
    throw err;
  }
  await throttle.recordSuccess(keys);
  return session;
}

async function checkAndOpen(em: EntityManager, email: string, password: string, ttlHours: number) {
  const staff = await em.findOne(Staff, { email: email.trim().toLowerCase() }, { populate: ['passwordHash'] });
  if (!staff) {
    dummyHash ??= hashPassword('not-a-real-password');
    await verifyPassword(await dummyHash, password);
    throw new DomainError('UNAUTHENTICATED', WRONG_CREDENTIALS);
  }
  const ok = await verifyPassword(staff.passwordHash, password);
  if (!ok || !staff.active) throw new DomainError('UNAUTHENTICATED', WRONG_CREDENTIALS);

  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + ttlHours * 3_600_000);
  em.create(AuthSession, { tokenHash: tokenHash(token), staff, expiresAt, createdAt: new Date() });
  await em.flush();
  return { token, expiresAt, staff };
}

export async function signOut(em: EntityManager, token: string): Promise<void> {
  await em.nativeUpdate(AuthSession, { tokenHash: tokenHash(token), revokedAt: null }, { revokedAt: new Date() });
}
