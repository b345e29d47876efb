import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { Config } from '../../config.js';
import { DomainError } from '../../shared/errors.js';

export const THROTTLE_TABLE = 'sign_in_throttle';

type ThrottleConfig = Pick<Config, 'SIGNIN_MAX_FAILURES_PER_ACCOUNT' | 'SIGNIN_MAX_FAILURES_PER_ADDRESS' | 'SIGNIN_WINDOW_SECONDS'>;

export interface SignInKeys {
  /** the email as typed; hashed before it is stored (a mistyped password often lands in the email field) */
  email: string;
  /** the caller's address as Express sees it (config.TRUST_PROXY decides whether X-Forwarded-For counts) */
  address: string | undefined;
}

/**
 * Failed sign-ins per account and per address, counted in PostgreSQL (rate-limiter-flexible's
 * Postgres store) so that several API instances share one count. An unknown email is
 * counted and locked exactly like a known one: the answer never tells them apart.
 */
export class SignInThrottle {
  private readonly account: RateLimiterPostgres;
  private readonly address: RateLimiterPostgres;

  constructor(knex: unknown, config: ThrottleConfig) {
    const common = { storeClient: knex, storeType: 'knex', tableName: THROTTLE_TABLE, tableCreated: true, duration: config.SIGNIN_WINDOW_SECONDS };
    this.account = new RateLimiterPostgres({ ...common, keyPrefix: 'account', points: config.SIGNIN_MAX_FAILURES_PER_ACCOUNT });
    this.address = new RateLimiterPostgres({ ...common, keyPrefix: 'address', points: config.SIGNIN_MAX_FAILURES_PER_ADDRESS });
  }

  private static accountKey(email: string) {
    return createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
  }

  /** Refuses the attempt while either the account or the address has used up its failures. */
  async assertOpen(keys: SignInKeys): Promise<void> {
    const [account, address] = await Promise.all([
      this.account.get(SignInThrottle.accountKey(keys.email)),
      keys.address ? this.address.get(keys.address) : null,
    ]);
    const locked = [
      account && account.consumedPoints >= this.account.points ? account : null,
      address && address.consumedPoints >= this.address.points ? address : null,
    ].filter((r): r is RateLimiterRes => r !== null);
    if (locked.length) throw tooManyAttempts(Math.max(...locked.map((r) => r.msBeforeNext)));
  }

  /** Counts a failure; the failure that reaches a limit is already answered TOO_MANY_ATTEMPTS. */
  async recordFailure(keys: SignInKeys): Promise<void> {
    const results = await Promise.all([
      this.account.penalty(SignInThrottle.accountKey(keys.email), 1),
      keys.address ? this.address.penalty(keys.address, 1) : null,
    ]);
    const limits = [this.account.points, this.address.points];
    const reached = results.filter((r, i): r is RateLimiterRes => r !== null && r.consumedPoints >= limits[i]!);
    if (reached.length) throw tooManyAttempts(Math.max(...reached.map((r) => r.msBeforeNext)));
  }

  /** A successful sign-in clears the account's count (not the address's: one good password does not vouch for the others). */
  async recordSuccess(keys: SignInKeys): Promise<void> {
    await this.account.delete(SignInThrottle.accountKey(keys.email));
  }
}

function tooManyAttempts(msBeforeNext: number): DomainError {
  const retryAfterSeconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return new DomainError('TOO_MANY_ATTEMPTS', `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, undefined, 'TOO_MANY_ATTEMPTS', { retryAfterSeconds });
}

const throttles = new WeakMap<object, SignInThrottle>();

/** One throttle per connection pool (the limiter objects hold a cleanup timer; build them once). */
export function signInThrottle(em: EntityManager, config: ThrottleConfig): SignInThrottle {
  const knex = em.getConnection().getKnex();
  let t = throttles.get(knex);
  if (!t) {
    t = new SignInThrottle(knex, config);
    throttles.set(knex, t);
  }
  return t;
}
