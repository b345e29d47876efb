import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../../../shared/errors.js';
import { isUuid } from '../../../shared/ids.js';
import { query } from '../../../shared/sql.js';
import { groupedBatch } from '../../../shared/loaders.js';
import { scopeSql, type ClientScope } from './client-scope.js';

/**
 * Per request: is each client id within the viewer's scope? One statement for all the ids
 * asked in a tick, cached for the request. A missing, malformed or foreign id is a NOT_FOUND
 * Error for that key (deny by default; the same answer as a client that does not exist).
 */
export type ClientAccess = DataLoader<string, true>;

export function clientAccessLoader(em: EntityManager, scope: ClientScope): ClientAccess {
  return new DataLoader<string, true>(async (ids) => {
    const wanted = ids.filter(isUuid);
    const where = scopeSql(scope);
    const rows = wanted.length
      ? await query<{ id: string }>(em, `select c.id from client c where c.id in (?) and (${where.sql})`, [wanted, ...where.params], { prepare: true })
      : [];
    const ok = new Set(rows.map((r) => r.id));
    return ids.map((id) => (ok.has(id) ? true : notFound('Client')));
  });
}

/**
 * Wraps a batch function over client ids so it only ever sees ids in scope: the keys whose
 * client is out of scope get the access Error, the rest are loaded in one call.
 */
export function scopedBatch<K, V>(access: ClientAccess, clientIdOf: (k: K) => string, batch: (keys: readonly K[]) => Promise<readonly (V | Error)[]>) {
  return async (keys: readonly K[]): Promise<(V | Error)[]> => {
    const checks = await access.loadMany(keys.map(clientIdOf));
    const allowed = keys.filter((_, i) => checks[i] === true);
    const values = allowed.length ? await batch(allowed) : [];
    const byKey = new Map<K, V | Error>(allowed.map((k, i) => [k, values[i]!]));
    return keys.map((k, i) => (checks[i] === true ? byKey.get(k)! : (checks[i] as Error)));
  };
}

/** A per-request loader of a list per client (see groupedBatch), checked against the client scope first. */
export function clientListLoader<K, R>(
  access: ClientAccess,
  fetch: (keys: readonly K[]) => Promise<R[]>,
  keyOf: (row: R) => string,
  clientOf: (k: K) => string,
  cacheKey: (k: K) => string = clientOf,
) {
  return new DataLoader<K, R[], string>(scopedBatch(access, clientOf, groupedBatch(fetch, keyOf, clientOf)), { cacheKeyFn: cacheKey });
}
