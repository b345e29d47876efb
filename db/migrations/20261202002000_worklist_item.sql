-- The worklist as a read model: one row per item a worklist can show, kept current by triggers
-- in the same transaction as its sources, so the list reads an index instead of computing
-- entitled versus delivered for every client in scope on every request.
--
-- * ENTITLEMENT (ref_id = the offering): each served client (ACTIVE or DORMANT, with a tier) ×
--   each active offering its current tier entitles it to; last_delivered_at is the latest
--   service log with that offering (NO_ANSWER delivered nothing); clock_from the day the client
--   entered its tier code (latest tier_change to another code, else the opening day);
--   due_on = day of last_delivered_at (Asia/Shanghai), else clock_from, + every_days.
-- * FOLLOW_UP (ref_id = the follow-up): each OPEN follow-up, whatever the client's status or tier.
-- Status (OVERDUE/DUE/ON_TRACK) depends on the as-of day and is derived at read time from due_on.
-- adviser_id, branch_id and latest_total_assets are copies of the client's, so a scope's
-- worklist is one index range in the worklist's order; they follow the client row (a
-- reassignment updates them).
--
-- Why triggers and not writes in the services: every writer keeps the table right — the API,
-- the tier review and policy activation, the demo generator, tests writing SQL, and any future
-- ingestion. They are statement-level with transition tables, so a set-based job (a review of
-- every client, a metrics load) costs one set-based statement per trigger, not one per row.
-- The functions are SECURITY DEFINER (owner: the migrating user, whom RLS does not restrict):
-- an adviser's write maintains the rows of the item table without the API roles needing
-- write or delete policies beyond the ones every client-scoped table has.
-- The as-of day may be in the past: the worklist query re-grades from the logs the few items
-- whose last_delivered_at falls after that day (service-levels.sql.ts).
create table worklist_item (
  client_id            uuid not null references client (id) on delete cascade,
  kind                 text not null check (kind in ('ENTITLEMENT', 'FOLLOW_UP')),
  ref_id               uuid not null,
  adviser_id           uuid,
  branch_id            uuid not null,
  latest_total_assets  numeric(20, 2),
  due_on               date not null,
  -- the last sort key: the offering's code, or the follow-up's id as text
  tiebreak             text not null,
  every_days           integer,
  last_delivered_at    timestamptz,
  clock_from           date,
  primary key (client_id, kind, ref_id)
);
-- a branch's page: an ordered range scan in the worklist's order, the as-of filter on top
create index worklist_item_branch_order_idx
  on worklist_item (branch_id, latest_total_assets desc nulls last, due_on, client_id, kind, tiebreak);
-- an adviser's few thousand rows (sorted after) and their count: an index range on due_on
create index worklist_item_adviser_due_idx on worklist_item (adviser_id, due_on);
-- items delivered after a past as-of day, re-graded at read time (empty for today)
create index worklist_item_delivered_idx on worklist_item (last_delivered_at) where last_delivered_at is not null;

-- Recomputes the ENTITLEMENT rows of a set of clients from the sources: inserts the missing,
-- updates the changed, deletes those no longer owed. last_delivered_at only moves forward here
-- (greatest with the row's): a log committed by a concurrent transaction after this statement's
-- snapshot has already raised the row, and this upsert waits for it and must not lower it back.
-- Deleted or edited logs are recomputed exactly by worklist_redeliver.
create function worklist_sync_clients(ids uuid[]) returns void
language sql security definer set search_path = public, pg_temp as $$
  with target as (select distinct u.id from unnest(ids) u(id)),
  want as (
    select c.id as client_id, e.offering_id, c.adviser_id, c.branch_id, c.latest_total_assets, o.code, e.every_days,
           (select max(l.occurred_at) from service_log l
             where l.client_id = c.id and l.offering_id = e.offering_id and l.outcome <> 'NO_ANSWER') as last_at,
           coalesce((select tc.effective_on
                       from tier_change tc
                       join tier tt on tt.id = tc.to_tier_id
                       left join tier ft on ft.id = tc.from_tier_id
                      where tc.client_id = c.id and ft.code is distinct from tt.code
                      order by tc.effective_on desc
                      limit 1),
                    c.opened_on) as clock_from
      from target t
      join client c on c.id = t.id
      join tier_entitlement e on e.tier_id = c.current_tier_id
      join service_offering o on o.id = e.offering_id and o.active
     where c.status in ('ACTIVE', 'DORMANT')
  ),
  gone as (
    delete from worklist_item w
     using target t
     where w.client_id = t.id and w.kind = 'ENTITLEMENT'
       and not exists (select 1 from want n where n.client_id = w.client_id and n.offering_id = w.ref_id)
  )
  insert into worklist_item as w
    (client_id, kind, ref_id, adviser_id, branch_id, latest_total_assets, due_on, tiebreak, every_days, last_delivered_at, clock_from)
  select n.client_id, 'ENTITLEMENT', n.offering_id, n.adviser_id, n.branch_id, n.latest_total_assets,
         coalesce((n.last_at at time zone 'Asia/Shanghai')::date, n.clock_from) + n.every_days,
         n.code, n.every_days, n.last_at, n.clock_from
    from want n
  on conflict (client_id, kind, ref_id) do update set
    adviser_id = excluded.adviser_id, branch_id = excluded.branch_id, latest_total_assets = excluded.latest_total_assets,
    tiebreak = excluded.tiebreak, every_days = excluded.every_days, clock_from = excluded.clock_from,
    last_delivered_at = greatest(excluded.last_delivered_at, w.last_delivered_at),
    due_on = coalesce((greatest(excluded.last_delivered_at, w.last_delivered_at) at time zone 'Asia/Shanghai')::date, excluded.clock_from)
             + excluded.every_days
  where (w.adviser_id, w.branch_id, w.latest_total_assets, w.tiebreak, w.every_days, w.clock_from, w.last_delivered_at)
        is distinct from
        (excluded.adviser_id, excluded.branch_id, excluded.latest_total_assets, excluded.tiebreak, excluded.every_days,
         excluded.clock_from, greatest(excluded.last_delivered_at, w.last_delivered_at))
$$;

-- Exact last delivery of (client, offering) pairs, after logs were edited or deleted.
create function worklist_redeliver(pairs jsonb) returns void
language sql security definer set search_path = public, pg_temp as $$
  with p as (
    select distinct (x ->> 'c')::uuid as client_id, (x ->> 'o')::uuid as offering_id from jsonb_array_elements(pairs) x
  ),
  last as (
    select p.client_id, p.offering_id,
           (select max(l.occurred_at) from service_log l
             where l.client_id = p.client_id and l.offering_id = p.offering_id and l.outcome <> 'NO_ANSWER') as last_at
      from p
  )
  update worklist_item w
     set last_delivered_at = s.last_at,
         due_on = coalesce((s.last_at at time zone 'Asia/Shanghai')::date, w.clock_from) + w.every_days
    from last s
   where w.client_id = s.client_id and w.kind = 'ENTITLEMENT' and w.ref_id = s.offering_id
     and w.last_delivered_at is distinct from s.last_at
$$;

-- client: a change of status, tier or opening day re-derives the client's entitlements; a change
-- of adviser, branch or assets follows onto all its rows.
create function worklist_on_client() returns trigger
language plpgsql security definer set search_path = public, pg_temp as $$
begin
  if tg_op = 'INSERT' then
    perform worklist_sync_clients(array(select n.id from new_rows n where n.current_tier_id is not null));
    return null;
  end if;
  update worklist_item w
     set adviser_id = n.adviser_id, branch_id = n.branch_id, latest_total_assets = n.latest_total_assets
    from new_rows n
    join old_rows o on o.id = n.id
   where w.client_id = n.id
     and (o.adviser_id, o.branch_id, o.latest_total_assets) is distinct from (n.adviser_id, n.branch_id, n.latest_total_assets);
  perform worklist_sync_clients(array(
    select n.id from new_rows n join old_rows o on o.id = n.id
     where (o.status, o.current_tier_id, o.opened_on) is distinct from (n.status, n.current_tier_id, n.opened_on)));
  return null;
end $$;
create trigger worklist_client_insert after insert on client
  referencing new table as new_rows for each statement execute function worklist_on_client();
create trigger worklist_client_update after update on client
  referencing old table as old_rows new table as new_rows for each statement execute function worklist_on_client();

-- service_log: a new delivery moves the item forward. service_log is append-only (a trigger refuses
-- UPDATE and DELETE); should that ever be lifted, an edit or a delete is recomputed exactly.
create function worklist_on_service_log() returns trigger
language plpgsql security definer set search_path = public, pg_temp as $$
begin
  if tg_op = 'INSERT' then
    update worklist_item w
       set last_delivered_at = greatest(w.last_delivered_at, d.last_at),
           due_on = (greatest(w.last_delivered_at, d.last_at) at time zone 'Asia/Shanghai')::date + w.every_days
      from (select n.client_id, n.offering_id, max(n.occurred_at) as last_at
              from new_rows n
             where n.offering_id is not null and n.outcome <> 'NO_ANSWER'
             group by n.client_id, n.offering_id) d
     where w.client_id = d.client_id and w.kind = 'ENTITLEMENT' and w.ref_id = d.offering_id
       and (w.last_delivered_at is null or w.last_delivered_at < d.last_at);
  elsif tg_op = 'UPDATE' then
    perform worklist_redeliver(coalesce((
      select jsonb_agg(jsonb_build_object('c', x.client_id, 'o', x.offering_id))
        from (select n.client_id, n.offering_id from new_rows n join old_rows o on o.id = n.id
               where (o.client_id, o.offering_id, o.outcome, o.occurred_at) is distinct from (n.client_id, n.offering_id, n.outcome, n.occurred_at)
              union
              select o.client_id, o.offering_id from new_rows n join old_rows o on o.id = n.id
               where (o.client_id, o.offering_id, o.outcome, o.occurred_at) is distinct from (n.client_id, n.offering_id, n.outcome, n.occurred_at)) x
       where x.offering_id is not null), '[]'));
  else
    perform worklist_redeliver(coalesce((
      select jsonb_agg(jsonb_build_object('c', o.client_id, 'o', o.offering_id)) from old_rows o where o.offering_id is not null), '[]'));
  end if;
  return null;
end $$;
create trigger worklist_service_log_insert after insert on service_log
  referencing new table as new_rows for each statement execute function worklist_on_service_log();
create trigger worklist_service_log_update after update on service_log
  referencing old table as old_rows new table as new_rows for each statement execute function worklist_on_service_log();
create trigger worklist_service_log_delete after delete on service_log
  referencing old table as old_rows for each statement execute function worklist_on_service_log();

-- tier_change: the day a client entered its tier code (clock_from of never-delivered items).
create function worklist_on_tier_change() returns trigger
language plpgsql security definer set search_path = public, pg_temp as $$
begin
  if tg_op = 'INSERT' then
    perform worklist_sync_clients(array(select distinct n.client_id from new_rows n));
  elsif tg_op = 'UPDATE' then
    perform worklist_sync_clients(array(select n.client_id from new_rows n union select o.client_id from old_rows o));
  else
    perform worklist_sync_clients(array(select distinct o.client_id from old_rows o));
  end if;
  return null;
end $$;
create trigger worklist_tier_change_insert after insert on tier_change
  referencing new table as new_rows for each statement execute function worklist_on_tier_change();
create trigger worklist_tier_change_update after update on tier_change
  referencing old table as old_rows new table as new_rows for each statement execute function worklist_on_tier_change();
create trigger worklist_tier_change_delete after delete on tier_change
  referencing old table as old_rows for each statement execute function worklist_on_tier_change();

-- Catalogue edits (rare, set-based): an entitlement of a tier, an offering switched off or
-- renamed, a tier's code — every client they reach is re-derived.
create function worklist_on_catalogue() returns trigger
language plpgsql security definer set search_path = public, pg_temp as $$
begin
  if tg_table_name = 'tier_entitlement' then
    perform worklist_sync_clients(array(
      select c.id from client c
       where c.current_tier_id in (select n.tier_id from new_rows n union select o.tier_id from old_rows o)));
  elsif tg_table_name = 'service_offering' then
    perform worklist_sync_clients(array(
      select c.id from client c join tier_entitlement e on e.tier_id = c.current_tier_id
       where e.offering_id in (select n.id from new_rows n join old_rows o on o.id = n.id
                                where (o.active, o.code) is distinct from (n.active, n.code))));
  else -- tier
    perform worklist_sync_clients(array(
      select tc.client_id from tier_change tc
       where tc.to_tier_id in (select n.id from new_rows n join old_rows o on o.id = n.id where o.code <> n.code)
          or tc.from_tier_id in (select n.id from new_rows n join old_rows o on o.id = n.id where o.code <> n.code)));
  end if;
  return null;
end $$;
-- INSERT and DELETE triggers see one transition table only: give the function an empty other one
create function worklist_on_tier_entitlement_insert() returns trigger
language plpgsql security definer set search_path = public, pg_temp as $$
begin
  perform worklist_sync_clients(array(select c.id from client c where c.current_tier_id in (select n.tier_id from new_rows n)));
  return null;
end $$;
create function worklist_on_tier_entitlement_delete() returns trigger
language plpgsql security definer set search_path = public, pg_temp as $$
begin
  perform worklist_sync_clients(array(select c.id from client c where c.current_tier_id in (select o.tier_id from old_rows o)));
  return null;
end $$;
create trigger worklist_tier_entitlement_insert after insert on tier_entitlement
  referencing new table as new_rows for each statement execute function worklist_on_tier_entitlement_insert();
create trigger worklist_tier_entitlement_update after update on tier_entitlement
  referencing old table as old_rows new table as new_rows for each statement execute function worklist_on_catalogue();
create trigger worklist_tier_entitlement_delete after delete on tier_entitlement
  referencing old table as old_rows for each statement execute function worklist_on_tier_entitlement_delete();
create trigger worklist_service_offering_update after update on service_offering
  referencing old table as old_rows new table as new_rows for each statement execute function worklist_on_catalogue();
create trigger worklist_tier_update after update on tier
  referencing old table as old_rows new table as new_rows for each statement execute function worklist_on_catalogue();

-- follow_up: an OPEN follow-up is an item; done, cancelled or deleted, it is not.
create function worklist_on_follow_up() returns trigger
language plpgsql security definer set search_path = public, pg_temp as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    delete from worklist_item w
     using old_rows o
     where w.client_id = o.client_id and w.kind = 'FOLLOW_UP' and w.ref_id = o.id
       and (tg_op = 'DELETE' or not exists (select 1 from new_rows n where n.id = o.id and n.status = 'OPEN' and n.client_id = o.client_id));
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    insert into worklist_item as w (client_id, kind, ref_id, adviser_id, branch_id, latest_total_assets, due_on, tiebreak)
    select n.client_id, 'FOLLOW_UP', n.id, c.adviser_id, c.branch_id, c.latest_total_assets, n.due_on, n.id::text
      from new_rows n
      join client c on c.id = n.client_id
     where n.status = 'OPEN'
    on conflict (client_id, kind, ref_id) do update set due_on = excluded.due_on where w.due_on <> excluded.due_on;
  end if;
  return null;
end $$;
create trigger worklist_follow_up_insert after insert on follow_up
  referencing new table as new_rows for each statement execute function worklist_on_follow_up();
create trigger worklist_follow_up_update after update on follow_up
  referencing old table as old_rows new table as new_rows for each statement execute function worklist_on_follow_up();
create function worklist_on_follow_up_delete() returns trigger
language plpgsql security definer set search_path = public, pg_temp as $$
begin
  delete from worklist_item w using old_rows o where w.client_id = o.client_id and w.kind = 'FOLLOW_UP' and w.ref_id = o.id;
  return null;
end $$;
create trigger worklist_follow_up_delete after delete on follow_up
  referencing old table as old_rows for each statement execute function worklist_on_follow_up_delete();

-- How many items each branch has due on each day, so a branch's (or head office's) count is a sum
-- over a few thousand days rather than a count of a few hundred thousand items (the worklist shows
-- the total). Kept by statement-level triggers on worklist_item, net deltas only (a change of
-- assets moves no count), in key order so concurrent writers lock counters in the same order and
-- cannot deadlock on them. Contacts in one branch on one day share a few counter rows (today +
-- every_days) for the rest of their transaction; a contact's transaction is short.
create table worklist_due_count (
  branch_id  uuid not null,
  due_on     date not null,
  -- no check (n >= 0): INSERT … ON CONFLICT checks the proposed row (a negative delta) first
  n          integer not null,
  primary key (branch_id, due_on)
);
create function worklist_count_insert() returns trigger
language plpgsql security definer set search_path = public, pg_temp as $$
begin
  insert into worklist_due_count as k (branch_id, due_on, n)
  select n.branch_id, n.due_on, count(*) from new_rows n group by 1, 2 order by 1, 2
  on conflict (branch_id, due_on) do update set n = k.n + excluded.n;
  return null;
end $$;
create function worklist_count_update() returns trigger
language plpgsql security definer set search_path = public, pg_temp as $$
begin
  insert into worklist_due_count as k (branch_id, due_on, n)
  select x.branch_id, x.due_on, sum(x.d) from (
    select n.branch_id, n.due_on, 1 as d from new_rows n
    union all
    select o.branch_id, o.due_on, -1 from old_rows o
  ) x group by 1, 2 having sum(x.d) <> 0 order by 1, 2
  on conflict (branch_id, due_on) do update set n = k.n + excluded.n;
  return null;
end $$;
create function worklist_count_delete() returns trigger
language plpgsql security definer set search_path = public, pg_temp as $$
begin
  update worklist_due_count k set n = k.n - o.n
    from (select o.branch_id, o.due_on, count(*) as n from old_rows o group by 1, 2 order by 1, 2) o
   where k.branch_id = o.branch_id and k.due_on = o.due_on;
  return null;
end $$;
create trigger worklist_count_insert after insert on worklist_item
  referencing new table as new_rows for each statement execute function worklist_count_insert();
create trigger worklist_count_update after update on worklist_item
  referencing old table as old_rows new table as new_rows for each statement execute function worklist_count_update();
create trigger worklist_count_delete after delete on worklist_item
  referencing old table as old_rows for each statement execute function worklist_count_delete();
alter table worklist_due_count enable row level security;
create policy worklist_due_count_read on worklist_due_count for select to crm_api using (
  (select current_setting('crm.role', true) in ('HEAD_OFFICE', 'COMPLIANCE'))
  or branch_id = (select case when current_setting('crm.role', true) = 'MANAGER' then nullif(current_setting('crm.branch_id', true), '')::uuid end)
);
create policy worklist_due_count_read_all on worklist_due_count for select to crm_api_all using (true);
create policy worklist_due_count_read_branch on worklist_due_count for select to crm_api_branch
  using (branch_id = (select nullif(current_setting('crm.branch_id', true), '')::uuid));
create policy worklist_due_count_job on worklist_due_count for all to crm_job using (true) with check (true);

-- Backfill, set-based (the counts follow through the triggers above).
select worklist_sync_clients(array(select id from client where current_tier_id is not null));
insert into worklist_item (client_id, kind, ref_id, adviser_id, branch_id, latest_total_assets, due_on, tiebreak)
select f.client_id, 'FOLLOW_UP', f.id, c.adviser_id, c.branch_id, c.latest_total_assets, f.due_on, f.id::text
  from follow_up f join client c on c.id = f.client_id
 where f.status = 'OPEN';

-- Row-level security: the scope columns are on the row, so each policy is a plain predicate
-- (no per-row probe of client). Reads for every request role; INSERT and UPDATE policies as every
-- client-scoped table has them (tests/integration/access-model.test.ts), though only the
-- triggers above write here; no DELETE policy.
alter table worklist_item enable row level security;
create policy worklist_item_read on worklist_item for select to crm_api using (
  (select current_setting('crm.role', true) in ('HEAD_OFFICE', 'COMPLIANCE'))
  or branch_id = (select case when current_setting('crm.role', true) = 'MANAGER' then nullif(current_setting('crm.branch_id', true), '')::uuid end)
  or adviser_id = (select case when current_setting('crm.role', true) = 'ADVISER' then nullif(current_setting('crm.staff_id', true), '')::uuid end)
);
create policy worklist_item_insert on worklist_item for insert to crm_api with check (
  (select current_setting('crm.role', true) = 'HEAD_OFFICE')
  or branch_id = (select case when current_setting('crm.role', true) = 'MANAGER' then nullif(current_setting('crm.branch_id', true), '')::uuid end)
  or adviser_id = (select case when current_setting('crm.role', true) = 'ADVISER' then nullif(current_setting('crm.staff_id', true), '')::uuid end)
);
create policy worklist_item_update on worklist_item for update to crm_api using (
  (select current_setting('crm.role', true) = 'HEAD_OFFICE')
  or branch_id = (select case when current_setting('crm.role', true) = 'MANAGER' then nullif(current_setting('crm.branch_id', true), '')::uuid end)
  or adviser_id = (select case when current_setting('crm.role', true) = 'ADVISER' then nullif(current_setting('crm.staff_id', true), '')::uuid end)
);
create policy worklist_item_read_all on worklist_item for select to crm_api_all using (true);
create policy worklist_item_read_adviser on worklist_item for select to crm_api_adviser
  using (adviser_id = (select nullif(current_setting('crm.staff_id', true), '')::uuid));
create policy worklist_item_insert_adviser on worklist_item for insert to crm_api_adviser
  with check (adviser_id = (select nullif(current_setting('crm.staff_id', true), '')::uuid));
create policy worklist_item_update_adviser on worklist_item for update to crm_api_adviser
  using (adviser_id = (select nullif(current_setting('crm.staff_id', true), '')::uuid));
create policy worklist_item_read_branch on worklist_item for select to crm_api_branch
  using (branch_id = (select nullif(current_setting('crm.branch_id', true), '')::uuid));
create policy worklist_item_insert_branch on worklist_item for insert to crm_api_branch
  with check (branch_id = (select nullif(current_setting('crm.branch_id', true), '')::uuid));
create policy worklist_item_update_branch on worklist_item for update to crm_api_branch
  using (branch_id = (select nullif(current_setting('crm.branch_id', true), '')::uuid));
create policy worklist_item_job on worklist_item for all to crm_job using (true) with check (true);
-- The table grants come from the default privileges of 20261201000700 and 20261201001000. The
-- functions run as their owner; the two helpers only the triggers (running as the owner) call.
revoke execute on function worklist_sync_clients(uuid[]), worklist_redeliver(jsonb) from public;
