import type { ClientOrder } from './dto/clients.args.js';

/**
 * The book's SQL: sort keys, search conditions and the page statement. Every expression here
 * matches an index of db/migrations/20261202001000_client_list_indexes.sql (and its successors)
 * character for character (the planner only uses an expression index for the same expression).
 */

export interface SortKey {
  /** the key expression on client `c`, NULLs folded in with a sentinel */
  expr: string;
  /** the cast that turns the cursor's text back into the key's type */
  cast: string;
  dir: 'asc' | 'desc';
  /** a cursor's key text must match this before it reaches SQL */
  valid: RegExp;
}

const BIGINT = /^-?\d{1,19}$/;
const TIMESTAMP = /^(-infinity|\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2}){0,2})$/;

export const SORT_KEYS: Record<ClientOrder, SortKey> = {
  // stored generated columns (20261202001100): under row-level security only plain columns with
  // leakproof operators stay index conditions
  LATEST_ASSETS_DESC: { expr: 'c.assets_desc_key', cast: 'bigint', dir: 'desc', valid: BIGINT },
  LATEST_ASSETS_ASC: { expr: 'c.assets_asc_key', cast: 'bigint', dir: 'asc', valid: BIGINT },
  LAST_CONTACT_OLDEST: { expr: 'c.contact_key', cast: 'timestamptz', dir: 'asc', valid: TIMESTAMP },
  LAST_CONTACT_NEWEST: { expr: 'c.contact_key', cast: 'timestamptz', dir: 'desc', valid: TIMESTAMP },
  // pinyin order: the column is collated "zh-x-icu", and so must the cursor's value be
  NAME: { expr: 'c.name', cast: 'text collate "zh-x-icu"', dir: 'asc', valid: /^[^\0]{1,200}$/s },
};

/** The phone's last four digits, separators ignored: the expression of client_phone_last4_idx. */
export const PHONE_LAST4_SQL = 'c.phone_last4';

export type SearchKind = 'NAME' | 'INITIALS' | 'ACCOUNT_NO' | 'PHONE_LAST4';

export interface Condition {
  sql: string;
  params: unknown[];
}

/** The characters and pairs of characters client_name_grams() gives a name (client_name_gram's rows), for a query of them. */
export function queryGrams(q: string): string[] {
  const chars = [...q.toLowerCase()];
  if (chars.length === 1) return chars;
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) pairs.add(chars[i]! + chars[i + 1]!);
  return [...pairs];
}

/** A text[] literal: knex would expand a JS array parameter into a list of parameters. */
export const pgTextArray = (values: readonly string[]) => `{${values.map((v) => `"${v.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(',')}}`;

/**
 * How a name fragment is looked up (20261202006000_client_name_gram.sql):
 * - GRAM: the clients having its rarest gram, from client_name_gram (text `=`, leakproof, so an
 *   index condition under row-level security too), then the substring rechecked: for a gram with
 *   fewer than NAME_GRAM_WALK_FROM clients in scope, sorted after;
 * - WALK: the substring as a filter on the sort index's walk: for a common gram (a frequent
 *   surname), where a page's 20 matches come after a few hundred rows, and for an adviser's book.
 */
export type NameLookup = { kind: 'GRAM'; gram: string; scope: Condition } | { kind: 'WALK' };

/** From this many clients with the query's rarest gram, walk the sort index instead (see NameLookup). */
export const NAME_GRAM_WALK_FROM = 2000;

/**
 * How many clients (up to NAME_GRAM_WALK_FROM) in the scope `scope` (on client_name_gram `g`) have
 * each gram of `q`: one statement, each count one index range that stops at the cap.
 */
export function gramProbeSql(q: string, scope: Condition): Condition {
  return {
    sql: `select q.gram, (select count(*)::int from (select 1 from client_name_gram g
                                                     where g.gram = q.gram and ${scope.sql} limit ${NAME_GRAM_WALK_FROM}) x) as n
            from unnest(?::text[]) q(gram)`,
    params: [...scope.params, pgTextArray(queryGrams(q))],
  };
}

/** Whether a search text is looked up as part of a name (and so needs a NameLookup). */
export const isNameSearch = (search: string) => !/^\d+$/.test(search) && !/^[a-z]+$/i.test(search);

/**
 * What a search text looks for, as one condition (ORed kinds):
 * - digits: the start of the account number; exactly four digits also the phone's last four
 *   (equality only: the answer shows the masked phone, whose last four are those digits);
 * - Latin letters: the start of the pinyin initials (zsf → 张三丰);
 * - anything else: part of the name (see NameLookup; WALK when none is given).
 */
export function searchCondition(search: string, name: NameLookup = { kind: 'WALK' }): { kinds: SearchKind[]; condition: Condition } {
  const parts: Condition[] = [];
  const kinds: SearchKind[] = [];
  if (/^\d+$/.test(search)) {
    kinds.push('ACCOUNT_NO');
    // a range, not LIKE: LIKE is no index condition under row-level security (not leakproof)
    parts.push({ sql: 'c.account_no ~>=~ ?::text and c.account_no ~<~ ?::text', params: [search, `${search}:`] });
    if (search.length === 4) {
      kinds.push('PHONE_LAST4');
      parts.push({ sql: `${PHONE_LAST4_SQL} = ?::text`, params: [search] });
    }
  } else if (/^[a-z]+$/i.test(search)) {
    // initials only, not also part of the name: an OR with the name's lookup is no index
    // condition for a manager (row-level security, see SORT_KEYS), and Latin letters in a
    // Chinese name are rare (李Ming is found by lming)
    kinds.push('INITIALS');
    // initials are [a-z0-9] in collation "C": every one starting with the prefix sorts below prefix + '{'
    parts.push({ sql: 'c.name_initials >= ?::text and c.name_initials < ?::text', params: [search.toLowerCase(), `${search.toLowerCase()}{`] });
  } else {
    kinds.push('NAME');
    const substring = { sql: 'strpos(lower(c.name), ?::text) > 0', params: [search.toLowerCase()] };
    parts.push(name.kind === 'WALK' ? substring : {
      sql: `c.id in (select g.client_id from client_name_gram g where g.gram = ?::text and ${name.scope.sql}) and ${substring.sql}`,
      params: [name.gram, ...name.scope.params, ...substring.params],
    });
  }
  return {
    kinds,
    condition: {
      sql: parts.length === 1 ? parts[0]!.sql : `(${parts.map((p) => `(${p.sql})`).join(' or ')})`,
      params: parts.flatMap((p) => p.params),
    },
  };
}

/** The columns the book reads: everything ClientType.fromRow maps, plus the row's sort key as text. */
export const CLIENT_ROW_COLUMNS = `c.id, c.account_no, c.name, c.id_number, c.phone, c.branch_id, c.adviser_id, c.status,
  c.risk_level, c.investment_style, c.preferred_channels, c.watch_sectors, c.segment, c.opened_on::text as opened_on,
  c.latest_total_assets::text as latest_total_assets, c.latest_metrics_on::text as latest_metrics_on, c.last_contact_at,
  c.current_tier_id`;

/**
 * One page: rows after the cursor in the sort's order, `limit` of them (the caller asks one more
 * than it shows). `sortAfter` (a rare gram's few clients, NameLookup GRAM): the rows are found
 * first and sorted after, behind a fence (`offset 0`), so that the planner cannot walk the sort
 * index probing each row's gram instead (measured: seconds for head office).
 */
export function pageSql(
  order: ClientOrder, where: Condition, after: { key: string; id: string } | null, limit: number, sortAfter = false,
): Condition {
  const k = SORT_KEYS[order];
  const conditions = [where.sql];
  const params = [...where.params];
  if (after) {
    conditions.push(`(${k.expr}, c.id) ${k.dir === 'asc' ? '>' : '<'} (?::${k.cast}, ?::uuid)`);
    params.push(after.key, after.id);
  }
  if (sortAfter) {
    return {
      sql: `select m.* from (select ${CLIENT_ROW_COLUMNS}, (${k.expr})::text as sort_key, ${k.expr} as sort_value
                               from client c where ${conditions.join(' and ')} offset 0) m
             order by m.sort_value ${k.dir}, m.id ${k.dir}
             limit ${Number(limit)}`,
      params,
    };
  }
  return {
    sql: `select ${CLIENT_ROW_COLUMNS}, (${k.expr})::text as sort_key
            from client c
           where ${conditions.join(' and ')}
           order by ${k.expr} ${k.dir}, c.id ${k.dir}
           limit ${Number(limit)}`,
    params,
  };
}

/**
 * A name search sorted by name, for a branch or the firm: the rows of one gram of the text in
 * client_name_gram walked in name order (its index (branch_id, gram, name, client_id), or (gram,
 * name, client_id)), each client fetched by id and checked against `where` (the scope, the
 * filters and the substring). Every condition on the gram table is leakproof (text and uuid
 * `=`, the row comparison of the cursor), so it stays an index range under row-level security.
 */
export function gramOrderedPageSql(
  gram: string, gramScope: Condition, where: Condition, after: { key: string; id: string } | null, limit: number,
): Condition {
  const k = SORT_KEYS.NAME;
  const conditions = ['g.gram = ?::text', gramScope.sql, where.sql];
  const params: unknown[] = [gram, ...gramScope.params, ...where.params];
  if (after) {
    conditions.push(`(g.name, g.client_id) > (?::${k.cast}, ?::uuid)`);
    params.push(after.key, after.id);
  }
  return {
    sql: `select ${CLIENT_ROW_COLUMNS}, c.name::text as sort_key
            from client_name_gram g
            join client c on c.id = g.client_id
           where ${conditions.join(' and ')}
           order by g.name, g.client_id
           limit ${Number(limit)}`,
    params,
  };
}
