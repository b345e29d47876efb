import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type pg from 'pg';
import { requestScope } from './request-scope.js';

export interface QueryOptions {
  /**
   * Run as a named prepared statement on the transaction's connection, so PostgreSQL plans it
   * once per connection instead of on every call (see `preparedQuery`). For statements whose
   * best plan does not depend on the values bound: lookups by id or by client, not searches.
   */
  prepare?: boolean;
}

/**
 * Runs one SQL statement with knex-style `?` placeholders inside the EntityManager's
 * transaction, if any. An array bound to `in (?)` expands to one placeholder per item.
 */
export function query<T = Record<string, unknown>>(em: EntityManager, sql: string, params: unknown[] = [], options: QueryOptions = {}): Promise<T[]> {
  // an empty list keeps the old path: whatever `in ()` does there, it does the same here
  if (options.prepare && !params.some((p) => Array.isArray(p) && p.length === 0)) {
    const trx = em.getTransactionContext() as { client?: { acquireConnection?: () => Promise<pg.ClientBase> } } | undefined;
    if (trx?.client?.acquireConnection) return preparedQuery<T>(em, trx.client.acquireConnection(), sql, params);
  }
  return em.getConnection().execute<T[]>(sql, params, 'all', em.getTransactionContext());
}

/**
 * MikroORM's `execute` inlines the values into the SQL text (platform.formatQuery), so every call
 * is parsed and planned afresh. Under row-level security planning is most of the cost of a small
 * statement: each client-scoped table brings its policy's subquery, planned again each time
 * (about 0.2–0.4 ms a statement here, more than executing it). A named prepared statement is
 * planned once per connection and then reused (PostgreSQL re-plans by itself when the acting role
 * changes, since the plan depends on the role's policies; the settings the policies read are
 * evaluated when it runs).
 *
 * The statement runs on the connection of the request's transaction (knex's transaction client
 * hands back the one connection it holds), so it is inside the acting transaction like any other.
 *
 * `in (?)` with an array: the list is padded to the next power of two by repeating its last item
 * (duplicates in an IN list change nothing), so a statement has a handful of shapes instead of one
 * per list length, each prepared once: Hibernate's `in_clause_parameter_padding`, for the same reason.
 */
async function preparedQuery<T>(em: EntityManager, connection: Promise<pg.ClientBase>, sql: string, params: unknown[]): Promise<T[]> {
  const { text, values } = positional(sql, params);
  requestScope.countQuery(text, values);
  try {
    const res = await oneAtATime(await connection, (c) => c.query({ name: statementName(text), text, values }));
    return res.rows as T[];
  } catch (err) {
    throw em.getDriver().convertException(err as Error);
  }
}

// Loaders of one tick fire together on the request's one connection. pg runs a connection's queries
// one after another anyway, but handing it a query while another runs is deprecated (pg 8.20 warns;
// pg 9 drops the queue): each connection's statements wait for the one before.
const tails = new WeakMap<pg.ClientBase, Promise<unknown>>();
function oneAtATime<R>(connection: pg.ClientBase, run: (c: pg.ClientBase) => Promise<R>): Promise<R> {
  const next = (tails.get(connection) ?? Promise.resolve()).then(() => run(connection));
  tails.set(connection, next.catch(() => undefined));
  return next;
}

const statementName = (text: string) => `crm_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;

const paddedLength = (n: number) => 2 ** Math.ceil(Math.log2(n));

/** `?` → `$n`; an array value → `$n, $n+1, …` padded as above; `\?` stays a literal `?`. */
export function positional(sql: string, params: readonly unknown[]): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  let i = 0;
  const text = sql.replace(/\\\?|\?/g, (m) => {
    if (m === '\\?') return '?';
    if (i >= params.length) throw new Error(`SQL has more placeholders than the ${params.length} values bound`);
    const v = params[i++];
    if (Array.isArray(v)) {
      if (v.length === 0) throw new Error('an empty list cannot be bound to `in (?)`');
      const padded = [...v, ...Array<unknown>(paddedLength(v.length) - v.length).fill(v[v.length - 1])];
      return padded.map((item) => { values.push(item); return `$${values.length}`; }).join(', ');
    }
    values.push(v);
    return `$${values.length}`;
  });
  if (i !== params.length) throw new Error(`SQL has ${i} placeholders for ${params.length} values`);
  return { text, values };
}
