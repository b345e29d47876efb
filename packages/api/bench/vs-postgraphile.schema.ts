import { WORKLIST_START, worklistParams, worklistSql } from '../src/modules/service-levels/service-levels.sql.js';

/**
 * The schema `bench_pg` the benchmark adds to its own database for PostGraphile 4: what a team
 * serving this database with PostGraphile would write as SQL functions because PostGraphile cannot
 * derive it from the tables. Nothing here is part of the CRM; the bench database is dropped after.
 *
 * - `bench_pg.search_clients(search)`: ClientFilter.search (part of the name, case-insensitive, or the
 *   start of the account number), `@filterable @sortable` so the manager's branch and the book's order
 *   are PostGraphile's own `condition` and `orderBy` arguments.
 * - `bench_pg.client_asset_history(client_id, days)`: the assets series of Client.assetHistory
 *   (PostGraphile 4 does not introspect the partitioned parent table daily_metric unless
 *   `usePartitionedParent` is set, and a "last N days" range is no `condition` anyway).
 * - `bench_pg.bench_worklist(as_of, adviser_id, lim)`: our worklist statement itself
 *   (`worklistSql` from service-levels.sql.ts, the adviser's scope, counted from the items as the
 *   API counts an adviser's, the first page: WORKLIST_START), so both sides compute the same
 *   items. It returns rows of the empty table `bench_pg.worklist_item`, whose foreign keys give
 *   PostGraphile the client, offering, follow-up and service-log relations (renamed for GraphQL:
 *   public.worklist_item, the CRM's read model, takes the name WorklistItem).
 */
export function benchSchemaSql(): string {
  return `
drop schema if exists bench_pg cascade;
create schema bench_pg;

create table bench_pg.worklist_item (
  pos int primary key,
  total int not null,
  kind text not null,
  client_id uuid not null references public.client(id),
  offering_id uuid references public.service_offering(id),
  every_days int,
  last_at timestamptz,
  in_period int,
  due_on date not null,
  status text not null,
  days_overdue int not null,
  follow_up_id uuid references public.follow_up(id),
  service_log_id uuid references public.service_log(id)
);
-- PostGraphile would name it as it names the CRM's own read model public.worklist_item
comment on table bench_pg.worklist_item is E'@name benchWorklistItem';

create function bench_pg.search_clients(search text) returns setof public.client
language sql stable as $$
  select c.* from public.client c
   where c.name ilike '%' || replace(replace(replace(search, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'
      or c.account_no like replace(replace(replace(search, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'
$$;
comment on function bench_pg.search_clients(text) is E'@filterable\\n@sortable';

create function bench_pg.client_asset_history(client_id uuid, days int)
returns table (day date, total_assets numeric)
language sql stable as $$
  select m.day, m.total_assets from public.daily_metric m
   where m.client_id = $1 and m.day > (now() at time zone 'Asia/Shanghai')::date - $2
   order by m.day
$$;

create function bench_pg.bench_worklist(as_of date, adviser_id uuid, lim int) returns setof bench_pg.worklist_item
language sql stable as $$
  select (row_number() over ())::int, w.total, w.kind, w.client_id, w.offering_id, w.every_days, w.last_at, w.in_period,
         w.due_on::date, w.status, w.days_overdue, w.follow_up_id, w.service_log_id
    from (${positional(worklistSql('w.adviser_id = ?', null), worklistParams(arg(1), [arg(2)], [arg(2)], arg(3), WORKLIST_START))}) w
   where w.client_id is not null
$$;
`;
}

/** A parameter of the bench function, in the statement's parameter list. */
const arg = (n: number) => ({ arg: `$${n}` });

/**
 * Replaces the statement's knex-style `?` placeholders, in order, with the function's own arguments
 * (arg(n)) or SQL literals of the constants; stops loudly when worklistSql's placeholders and
 * worklistParams' list disagree, or when the function no longer passes each of its arguments.
 */
function positional(sql: string, params: unknown[]): string {
  let n = 0;
  const used = new Set<string>();
  const out = sql.replace(/\?/g, () => {
    if (n >= params.length) throw new Error('worklistSql has more parameters than worklistParams lists: update vs-postgraphile.schema.ts');
    const p = params[n++];
    if (typeof p === 'object' && p !== null && 'arg' in p) {
      used.add((p as { arg: string }).arg);
      return (p as { arg: string }).arg;
    }
    if (typeof p !== 'string') throw new Error(`worklistSql parameter ${n} is a ${typeof p}: update vs-postgraphile.schema.ts`);
    return `'${p.replace(/'/g, "''")}'`;
  });
  if (n !== params.length) throw new Error(`worklistSql has ${n} parameters, worklistParams lists ${params.length}: update vs-postgraphile.schema.ts`);
  if (used.size !== 3) throw new Error(`the bench function passes ${used.size} of its 3 arguments: update vs-postgraphile.schema.ts`);
  return out;
}
