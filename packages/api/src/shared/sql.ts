import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Runs one SQL statement with knex-style `?` placeholders inside the EntityManager's
 * transaction, if any. An array bound to `in (?)` expands to one placeholder per item.
 */
export function query<T = Record<string, unknown>>(em: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  return em.getConnection().execute<T[]>(sql, params, 'all', em.getTransactionContext());
}
