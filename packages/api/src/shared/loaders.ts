import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityClass } from '@mikro-orm/core';
import { notFound } from './errors.js';
import { query } from './sql.js';

/**
 * A per-request loader of one entity by id, mapped to its GraphQL type. One `select …
 * where id in (…)` per tick, whatever the number of rows that ask. Values come back in
 * key order with an Error for each missing id (DataLoader's contract).
 */
export function byIdLoader<E extends { id: string }, T>(em: EntityManager, entity: EntityClass<E>, map: (e: E) => T, label: string) {
  return new DataLoader<string, T>(async (ids) => {
    const rows = await em.find(entity, { id: { $in: [...ids] } } as never);
    const byId = new Map(rows.map((r) => [r.id, map(r)]));
    return ids.map((id) => byId.get(id) ?? notFound(label));
  });
}

/**
 * byIdLoader for read paths that need no entity: `select` (one statement ending in
 * `where <alias>.id in (?)`) returns plain rows, mapped once to the GraphQL type. No MikroORM
 * query building, hydration or identity map for rows nothing writes (tiers, branches, staff
 * names, offerings on every book row and client page); same batching and key-order contract.
 */
export function sqlByIdLoader<R extends { id: string }, T>(em: EntityManager, select: string, map: (row: R) => T, label: string) {
  return new DataLoader<string, T>(async (ids) => {
    const rows = await query<R>(em, select, [[...ids]], { prepare: true });
    const byId = new Map(rows.map((r) => [r.id, map(r)]));
    return ids.map((id) => byId.get(id) ?? notFound(label));
  });
}

/**
 * A batch function returning a list per parent id, from one statement over all the parents.
 * `fetch` returns the rows for all keys; `keyOf` says which parent a row belongs to and
 * `parentOf` which parent a key asks for (keys may carry options such as a limit).
 */
export function groupedBatch<K, R>(fetch: (keys: readonly K[]) => Promise<R[]>, keyOf: (row: R) => string, parentOf: (k: K) => string) {
  return async (keys: readonly K[]): Promise<R[][]> => {
    const rows = await fetch(keys);
    const groups = new Map<string, R[]>();
    for (const r of rows) {
      const k = keyOf(r);
      const g = groups.get(k);
      if (g) g.push(r);
      else groups.set(k, [r]);
    }
    return keys.map((k) => groups.get(parentOf(k)) ?? []);
  };
}

/** A per-request loader of a list per parent id (see groupedBatch). Not for client data: use clientListLoader. */
export function groupedLoader<K, R>(
  fetch: (keys: readonly K[]) => Promise<R[]>,
  keyOf: (row: R) => string,
  parentOf: (k: K) => string,
  cacheKey: (k: K) => string = parentOf,
) {
  return new DataLoader<K, R[], string>(groupedBatch(fetch, keyOf, parentOf), { cacheKeyFn: cacheKey });
}
