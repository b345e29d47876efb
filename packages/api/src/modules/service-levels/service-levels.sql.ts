
/**
 * Entitled versus delivered, for a set of clients, as of a day (Asia/Shanghai), in one
 * statement. For each client (not closed or transferred out, with a tier) and each active
 * offering its CURRENT tier is entitled to:
 * - last_at: the latest service log with that offering up to the end of the as-of day;
 *   a NO_ANSWER contact delivered nothing and does not count;
 * - in_period: such logs on days in (as_of − every_days, as_of];
 * - due_on: the day of the last delivery + every_days; never delivered: the day the client
 *   entered its tier code (latest tier_change to another code, else the opening day) + every_days;
 * - status: OVERDUE when due_on < as_of, DUE when due_on ≤ as_of + 7, else ON_TRACK.
 *
 * `clientFilter` is a condition on `c` (client) with its own `?` parameters; the first
 * parameter of the statement is the as-of day.
 */
function levelsCte(clientFilter: string): string {
  return `with a as (select ?::date as as_of),
scoped as (
  select c.id, c.current_tier_id, c.latest_total_assets, c.opened_on, c.status
    from client c
   where (${clientFilter})
),
clients as (
  select s.id, s.current_tier_id, s.latest_total_assets, s.opened_on
    from scoped s
   where s.status in ('ACTIVE', 'DORMANT') and s.current_tier_id is not null
),
ent as (
  select s.id as client_id, s.latest_total_assets, s.opened_on, e.offering_id, o.code as offering_code, e.every_days
    from clients s
    join tier_entitlement e on e.tier_id = s.current_tier_id
    join service_offering o on o.id = e.offering_id and o.active
),
delivered as (
  select n.client_id, n.offering_id, max(l.occurred_at) as last_at,
         count(*) filter (where l.occurred_at >= ((a.as_of - n.every_days + 1)::timestamp at time zone 'Asia/Shanghai'))::int as in_period
    from ent n
    cross join a
    join service_log l on l.client_id = n.client_id and l.offering_id = n.offering_id
   where l.occurred_at < ((a.as_of + 1)::timestamp at time zone 'Asia/Shanghai') and l.outcome <> 'NO_ANSWER'
   group by n.client_id, n.offering_id
),
levels as (
  select n.client_id, n.latest_total_assets, n.offering_id, n.offering_code, n.every_days, d.last_at,
         coalesce(d.in_period, 0) as in_period, a.as_of,
         -- coalesce evaluates lazily: the tier-change lookup runs only for never-delivered items.
         -- Only a change of tier CODE starts the clock: a row from one policy version's tier to
         -- the next version's tier of the same code (as older reviews wrote) delivered nothing.
         coalesce((d.last_at at time zone 'Asia/Shanghai')::date,
                  (select tc.effective_on
                     from tier_change tc
                     join tier tt on tt.id = tc.to_tier_id
                     left join tier ft on ft.id = tc.from_tier_id
                    where tc.client_id = n.client_id and ft.code is distinct from tt.code
                    order by tc.effective_on desc
                    limit 1),
                  n.opened_on) + n.every_days as due_on
    from ent n
    cross join a
    left join delivered d on d.client_id = n.client_id and d.offering_id = n.offering_id
),
graded as (
  select l.*,
         case when l.due_on < l.as_of then 'OVERDUE' when l.due_on <= l.as_of + 7 then 'DUE' else 'ON_TRACK' end as status,
         greatest(l.as_of - l.due_on, 0) as days_overdue
    from levels l
)`;
}

const columns = (t: string) =>
  `${t}.client_id, ${t}.offering_id, ${t}.every_days, ${t}.last_at, ${t}.in_period, ${t}.due_on::text as due_on, ${t}.status, ${t}.days_overdue`;

/** Parameters: as-of day, client ids. Every entitlement of each client, most urgent first. */
export const SERVICE_LEVELS_SQL = `${levelsCte('c.id in (?)')}
select ${columns('g')} from graded g order by g.client_id, g.due_on, g.offering_code`;

/**
 * The viewer's worklist from the worklist_item read model (kept current by triggers, see
 * db/migrations/20261202002000_worklist_item.sql), with the same rows and order as
 * worklistReferenceSql:
 * - ENTITLEMENT items whose stored due_on is within 7 days of the as-of day, unless delivered
 *   after that day; those few (none for today) are re-graded from the logs up to the day (`late`);
 * - FOLLOW_UP items (open follow-ups) due within 7 days of it;
 * most valuable clients first, then the most urgent: the order is the key
 * (assets_key, due_on, client_id, kind, tiebreak), assets_key being minus the assets in cents,
 * nulls after every amount (db/migrations/20261202005000_worklist_keyset.sql).
 * Keyset paging: a page is the items whose key is after the cursor's (the last item of the page
 * before; WORKLIST_START for the first page). The stored items come in that order from an index
 * range starting at the cursor (the row comparison is leakproof, so it is an index condition under
 * RLS too), limited to the page before the few late ones, filtered by the same key with their
 * re-graded due_on, are merged in; as both parts are cut at the same key, the pages of one as-of day
 * walk the merged list without duplicates or gaps. Status and days overdue derive from due_on;
 * deliveredInPeriod is counted for the page's rows only.
 * The total: items due by as-of + 7, counted from worklist_due_count when `countScope` (a
 * condition on `k`, a branch or everything) is given, else from the items (an adviser's few
 * thousand), less the late items as stored, plus the late items as re-graded.
 * `scope` is a condition on `w` (worklist_item carries adviser_id and branch_id).
 * Parameters: see worklistParams.
 */
export function worklistSql(scope: string, countScope: string | null): string {
  const due = countScope === null
    ? `(select count(*) from worklist_item w where (${scope}) and w.due_on <= ?::date + 7)`
    : `(select coalesce(sum(k.n), 0) from worklist_due_count k where (${countScope}) and k.due_on <= ?::date + 7)`;
  const after = '(?::bigint, ?::date, ?::uuid, ?::text, ?::text)';
  return `with d as materialized (
  select ?::date as as_of, (?::date + 1)::timestamp at time zone 'Asia/Shanghai' as end_at
),
late as materialized (
  select w.client_id, w.kind, w.ref_id, w.assets_key, w.tiebreak, w.every_days, w.due_on as stored_due_on, x.last_at,
         coalesce((x.last_at at time zone 'Asia/Shanghai')::date, w.clock_from) + w.every_days as due_on
    from worklist_item w
    cross join lateral (
      select max(l.occurred_at) as last_at
        from service_log l
       where l.client_id = w.client_id and l.offering_id = w.ref_id and l.outcome <> 'NO_ANSWER'
         and l.occurred_at < (?::date + 1)::timestamp at time zone 'Asia/Shanghai'
    ) x
   where w.last_delivered_at >= (?::date + 1)::timestamp at time zone 'Asia/Shanghai' and (${scope})
),
page as (
  select * from (
    (select w.client_id, w.kind, w.ref_id, w.assets_key, w.tiebreak, w.every_days, w.last_delivered_at as last_at, w.due_on
       from worklist_item w
      where (${scope}) and w.due_on <= ?::date + 7
        and (w.last_delivered_at is null or w.last_delivered_at < (?::date + 1)::timestamp at time zone 'Asia/Shanghai')
        and (w.assets_key, w.due_on, w.client_id, w.kind, w.tiebreak) > ${after}
      order by w.assets_key, w.due_on, w.client_id, w.kind, w.tiebreak
      limit ?)
    union all
    select l.client_id, l.kind, l.ref_id, l.assets_key, l.tiebreak, l.every_days, l.last_at, l.due_on
      from late l
     where l.due_on <= ?::date + 7 and (l.assets_key, l.due_on, l.client_id, l.kind, l.tiebreak) > ${after}
  ) u
  order by u.assets_key, u.due_on, u.client_id, u.kind, u.tiebreak
  limit ?
)
select t.total, p.kind, p.client_id, case when p.kind = 'ENTITLEMENT' then p.ref_id end as offering_id, p.every_days, p.last_at,
       case when p.kind = 'ENTITLEMENT' then coalesce(n.in_period, 0) end as in_period, p.due_on::text as due_on,
       -- null for the count row alone (a page past the end)
       case when p.due_on < d.as_of then 'OVERDUE' when p.due_on is not null then 'DUE' end as status,
       case when p.due_on is not null then greatest(d.as_of - p.due_on, 0) end as days_overdue,
       f.id as follow_up_id, f.service_log_id, f.adviser_id as follow_up_adviser_id, f.created_at as follow_up_created_at,
       -- the key of the item, for its cursor
       p.assets_key::text as assets_key, p.tiebreak
  from d
  cross join (
    select (${due}
            - (select count(*) from late l where l.stored_due_on <= ?::date + 7)
            + (select count(*) from late l where l.due_on <= ?::date + 7))::int as total
  ) t
  left join page p on true
  left join lateral (
    select count(*)::int as in_period
      from service_log l
     where p.kind = 'ENTITLEMENT' and l.client_id = p.client_id and l.offering_id = p.ref_id and l.outcome <> 'NO_ANSWER'
       and l.occurred_at >= (d.as_of - p.every_days + 1)::timestamp at time zone 'Asia/Shanghai'
       and l.occurred_at < d.end_at
  ) n on true
  left join follow_up f on p.kind = 'FOLLOW_UP' and f.id = p.ref_id and f.client_id = p.client_id
 order by p.assets_key, p.due_on, p.client_id, p.kind, p.tiebreak`;
}

/** A worklist item's place in the order: the key worklistSql pages by (see its cursor, worklist-cursor.ts). */
export interface WorklistKey {
  /** worklist_item.assets_key: minus the assets in cents (a bigint, as a decimal string), nulls last */
  assetsKey: string;
  dueOn: string;
  clientId: string;
  kind: string;
  /** the offering's code, or the follow-up's id */
  tiebreak: string;
}

/** Before every item (every assets_key is above the smallest bigint): the first page. */
export const WORKLIST_START: WorklistKey = {
  assetsKey: '-9223372036854775808', dueOn: '-infinity', clientId: '00000000-0000-0000-0000-000000000000', kind: '', tiebreak: '',
};

/** The parameters of worklistSql, in order; countParams those of its countScope (or of scope when none). */
export function worklistParams(
  asOf: unknown, scopeParams: readonly unknown[], countParams: readonly unknown[], limit: unknown, after: WorklistKey,
): unknown[] {
  const key = [after.assetsKey, after.dueOn, after.clientId, after.kind, after.tiebreak];
  return [
    asOf, asOf, asOf, asOf, ...scopeParams, // d, late
    ...scopeParams, asOf, asOf, ...key, limit, asOf, ...key, limit, // page
    ...countParams, asOf, asOf, asOf, // total
  ];
}

/**
 * The worklist computed at query time from the sources, as it was before the worklist_item read
 * model (db/migrations/20261202002000_worklist_item.sql): kept as the reference the precomputed
 * worklist must equal (tests/integration/worklist-read-model.test.ts). Not used by the API.
 * Two kinds of item in one list:
 * - ENTITLEMENT: DUE and OVERDUE entitled services (as above);
 * - FOLLOW_UP: open follow-ups of the clients in scope (whatever the client's status or
 *   tier: a promise made is owed), OVERDUE when due before the as-of day, DUE up to 7 days
 *   after it. They are graded against the as-of day as they stand now (a follow-up closed
 *   since is not shown for an earlier day).
 * Most valuable clients first (latest total assets), then the most urgent; with the total
 * count in the same statement (the count row is there even when the page is past the end).
 * Parameters: as-of day, the scope parameters, limit, offset.
 */
export function worklistReferenceSql(scope: string): string {
  return `${levelsCte(scope)},
due_items as (
  select 'ENTITLEMENT' as kind, g.client_id, g.latest_total_assets, g.offering_id, g.offering_code as tiebreak, g.every_days,
         g.last_at, g.in_period, g.due_on, g.status, g.days_overdue,
         null::uuid as follow_up_id, null::uuid as service_log_id, null::uuid as follow_up_adviser_id, null::timestamptz as follow_up_created_at
    from graded g where g.status <> 'ON_TRACK'
  union all
  select 'FOLLOW_UP', f.client_id, s.latest_total_assets, null, f.id::text, null, null, null, f.due_on,
         case when f.due_on < a.as_of then 'OVERDUE' else 'DUE' end, greatest(a.as_of - f.due_on, 0),
         f.id, f.service_log_id, f.adviser_id, f.created_at
    from scoped s
    cross join a
    join follow_up f on f.client_id = s.id and f.status = 'OPEN' and f.due_on <= a.as_of + 7
)
select t.total, p.kind, ${columns('p')}, p.follow_up_id, p.service_log_id, p.follow_up_adviser_id, p.follow_up_created_at
  from (select count(*)::int as total from due_items) t
  left join lateral (
    select * from due_items
     order by latest_total_assets desc nulls last, due_on, client_id, kind, tiebreak
     limit ? offset ?
  ) p on true
 order by p.latest_total_assets desc nulls last, p.due_on, p.client_id, p.kind, p.tiebreak`;
}

/** A row of SERVICE_LEVELS_SQL. */
export interface ServiceLevelRow {
  client_id: string; offering_id: string; every_days: number; last_at: string | Date | null; in_period: number;
  due_on: string; status: 'ON_TRACK' | 'DUE' | 'OVERDUE'; days_overdue: number;
}

/** A row of worklistSql: an entitlement (the ServiceLevelRow columns) or a follow-up (the follow_up columns). */
export type WorklistRow = ServiceLevelRow & {
  total: number; kind: 'ENTITLEMENT' | 'FOLLOW_UP';
  follow_up_id: string | null; service_log_id: string | null; follow_up_adviser_id: string | null; follow_up_created_at: string | Date | null;
  /** the item's key (worklistSql only) */
  assets_key?: string; tiebreak?: string;
};
