import type { EntityManager } from '@mikro-orm/postgresql';
import { decodeKeysetCursor, keysetConnectionOf } from '../../shared/pagination.js';
import type { Viewer } from '../auth/viewer.js';
import { SERVED_STATUSES } from './client.entity.js';
import { ClientType, type ClientRow } from './client.type.js';
import { clientScopeOf, scopeSql, type ClientScope } from '../auth/access/client-scope.js';
import type { ClientOrder, ClientsArgs } from './dto/clients.args.js';
import {
  gramOrderedPageSql, gramProbeSql, isNameSearch, NAME_GRAM_WALK_FROM, pageSql, searchCondition, SORT_KEYS, type Condition, type NameLookup,
} from './client-list.sql.js';

/** Up to this many matches the count is exact; beyond it (a branch, the firm) the planner's estimate. */
export const EXACT_COUNT_LIMIT = 1000;

type Run = <T>(sql: string, params: unknown[]) => Promise<T[]>;

/** The scope (scopeSql: the one definition) and the filters as one SQL condition on client `c`. */
export function bookWhere(scope: ClientScope, filter: ClientsArgs['filter'], name?: NameLookup): Condition {
  const scoped = scopeSql(scope);
  const parts: Condition[] = [{ sql: scoped.sql.replace(/\?/g, '?::uuid'), params: scoped.params }];
  if (filter?.status) parts.push({ sql: 'c.status = ?::text', params: [filter.status] });
  // a client no longer served has no current tier (ClientType.from), so no tier filter finds it
  if (filter?.tierId || filter?.tierCode) parts.push({ sql: `c.status in (${SERVED_STATUSES.map((s) => `'${s}'`).join(', ')})`, params: [] });
  if (filter?.tierId) parts.push({ sql: 'c.current_tier_id = ?::uuid', params: [filter.tierId] });
  if (filter?.tierCode) {
    parts.push({
      sql: `c.current_tier_id in (select t.id from tier t join tier_policy p on p.id = t.policy_id
                                   where t.code = ?::text and p.status = 'ACTIVE')`,
      params: [filter.tierCode],
    });
  }
  const search = filter?.search?.trim();
  if (search) parts.push(searchCondition(search, name).condition);
  return { sql: parts.map((p) => p.sql).join(' and '), params: parts.flatMap((p) => p.params) };
}

/** The lookup of a name search, and the rarest gram's count in scope (capped at NAME_GRAM_WALK_FROM). */
export interface NameSearch {
  lookup: NameLookup;
  rarest: { gram: string; n: number };
  /** the viewer's scope on client_name_gram `g` (null for an adviser: no gram table) */
  gramScope: Condition | null;
}

/**
 * How a name search is looked up (NameLookup): an adviser's book (~500) is walked; for a branch or
 * the firm one statement counts each gram of the text in scope, up to NAME_GRAM_WALK_FROM, and the
 * rarest decides: below the cap its clients are looked up, at the cap (a common surname) the sort
 * index is walked with the substring as a filter. Null when the search is not a name search.
 */
export async function nameSearchOf(run: Run, scope: ClientScope, filter: ClientsArgs['filter']): Promise<NameSearch | null> {
  const search = filter?.search?.trim();
  if (!search || !isNameSearch(search)) return null;
  if (scope.kind !== 'ALL' && scope.kind !== 'BRANCH') return { lookup: { kind: 'WALK' }, rarest: { gram: '', n: 0 }, gramScope: null };
  const scoped = scopeSql(scope, 'g');
  const gramScope = { sql: scoped.sql.replace(/\?/g, '?::uuid'), params: scoped.params };
  const probe = gramProbeSql(search, gramScope);
  const counts = await run<{ gram: string; n: number }>(probe.sql, probe.params);
  const rarest = counts.reduce((a, b) => (b.n < a.n ? b : a));
  return {
    lookup: rarest.n >= NAME_GRAM_WALK_FROM ? { kind: 'WALK' } : { kind: 'GRAM', gram: rarest.gram, scope: gramScope },
    rarest,
    gramScope,
  };
}

/**
 * How many clients match, and whether that is exact. An adviser's book (hundreds) is counted.
 * Otherwise up to EXACT_COUNT_LIMIT + 1 matches are counted (one index walk that stops there);
 * past that the planner's estimate of the same statement, as the request's role (so with its
 * row-level security), never below what was counted.
 */
export const countSql = {
  exact: (where: Condition) => `select count(*)::int as n from client c where ${where.sql}`,
  capped: (where: Condition) => `select count(*)::int as n from (select 1 from client c where ${where.sql} limit ${EXACT_COUNT_LIMIT + 1}) x`,
  estimate: (where: Condition) => `explain (format json) select 1 from client c where ${where.sql}`,
  // a common gram's clients in scope (row-level security gives the scope: stated once, estimated once)
  gramEstimate: () => 'explain (format json) select 1 from client_name_gram g where g.gram = ?::text',
};

type PlanJson = { 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] };

async function countOf(run: Run, scope: ClientScope, where: Condition, name: NameSearch | null): Promise<{ n: number; estimate: boolean }> {
  if (name && name.lookup.kind === 'WALK' && name.rarest.n >= NAME_GRAM_WALK_FROM) {
    // thousands of clients have the gram: counting even 1,001 matches would read a scattered scope
    const [plan] = await run<PlanJson>(countSql.gramEstimate(), [name.rarest.gram]);
    return { n: Math.max(Math.round(plan?.['QUERY PLAN'][0].Plan['Plan Rows'] ?? 0), NAME_GRAM_WALK_FROM), estimate: true };
  }
  // a rare gram: at most NAME_GRAM_WALK_FROM candidates, counted exactly
  if (scope.kind === 'ADVISER' || scope.kind === 'NONE' || name?.lookup.kind === 'GRAM') {
    const [r] = await run<{ n: number }>(countSql.exact(where), where.params);
    return { n: r?.n ?? 0, estimate: false };
  }
  const [capped] = await run<{ n: number }>(countSql.capped(where), where.params);
  const counted = capped?.n ?? 0;
  if (counted <= EXACT_COUNT_LIMIT) return { n: counted, estimate: false };
  const [plan] = await run<PlanJson>(countSql.estimate(where), where.params);
  const rows = Math.round(plan?.['QUERY PLAN'][0].Plan['Plan Rows'] ?? 0);
  return { n: Math.max(rows, counted), estimate: true };
}

/**
 * The page statement. Sorted by name, a branch's or the firm's name search walks its rarest gram
 * in name order; otherwise a rare gram's clients are sorted after, a common one's found walking
 * the sort index (NameLookup).
 */
export function bookPageSql(
  scope: ClientScope, filter: ClientsArgs['filter'], name: NameSearch | null, order: ClientOrder,
  after: { key: string; id: string } | null, limit: number,
): Condition {
  if (name?.gramScope && order === 'NAME') {
    return gramOrderedPageSql(name.rarest.gram, name.gramScope, bookWhere(scope, filter, { kind: 'WALK' }), after, limit);
  }
  return pageSql(order, bookWhere(scope, filter, name?.lookup), after, limit, name?.lookup.kind === 'GRAM');
}

/**
 * The viewer's clients (their book), filtered, searched, sorted and paged with keyset cursors.
 * Plain SQL (no entity hydration) mapped once by ClientType.fromRow; row-level security applies
 * underneath as the request's role. Two statements (three when a large count is estimated, one
 * more for a branch's or the firm's name search), whatever the page size or depth.
 */
export async function listClients(em: EntityManager, viewer: Viewer, args: ClientsArgs) {
  const key = SORT_KEYS[args.orderBy];
  const after = decodeKeysetCursor(args.after, args.orderBy, key.valid);
  const scope = clientScopeOf(viewer);
  const run: Run = (sql, params) => em.getConnection().execute(sql, params, 'all', em.getTransactionContext());
  const name = await nameSearchOf(run, scope, args.filter);
  const where = bookWhere(scope, args.filter, name?.lookup);

  const page = bookPageSql(scope, args.filter, name, args.orderBy, after, args.first + 1);
  const rows = await run<ClientRow & { sort_key: string }>(page.sql, page.params);
  const count = await countOf(run, scope, where, name);
  // the driver hands timestamps over as text on this connection
  const nodes = rows.map((r) => ({
    node: ClientType.fromRow({ ...r, last_contact_at: r.last_contact_at === null ? null : new Date(r.last_contact_at) }),
    key: r.sort_key,
  }));
  const connection = keysetConnectionOf(
    nodes, args.first, after, (n) => ({ order: args.orderBy, key: n.key, id: n.node.id }), count.n, count.estimate,
  );
  return { ...connection, edges: connection.edges.map((e) => ({ node: e.node.node, cursor: e.cursor })) };
}
