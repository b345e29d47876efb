-- Row-level security: the client scope the API enforces (auth/access/client-scope.ts) said
-- again by PostgreSQL, so a query that forgets its scope filter still returns only the rows
-- the acting member of staff may see.
--
-- Roles (cluster-wide, so created idempotently; NOLOGIN: the connecting user switches to them)
-- * crm_api: what a GraphQL request acts as. Not an owner, no BYPASSRLS. Each request runs in
--   one transaction that starts with
--     select set_config('role', 'crm_api', true), set_config('crm.staff_id', …, true),
--            set_config('crm.role', …, true), set_config('crm.branch_id', …, true)
--   (transaction-local: safe behind a connection pool). No settings → no client rows.
-- * crm_job: tier reviews and other set-based jobs over every client. Its policies allow all
--   rows (BYPASSRLS would need a superuser to grant).
-- Migrations and the demo seeding run as the connecting user, the tables' owner, which RLS
-- does not restrict (no FORCE).
do $$
begin
  if not exists (select from pg_roles where rolname = 'crm_api') then
    begin
      create role crm_api nologin;
    exception when duplicate_object then null; -- another database of this cluster won the race
    end;
  end if;
  if not exists (select from pg_roles where rolname = 'crm_job') then
    begin
      create role crm_job nologin;
    exception when duplicate_object then null;
    end;
  end if;
end $$;

-- the connecting user may switch to both (a superuser may anyway)
do $$
begin
  execute format('grant crm_api, crm_job to %I', current_user);
exception when others then
  raise notice 'could not grant crm_api/crm_job to %: %', current_user, sqlerrm;
end $$;

grant usage on schema public to crm_api, crm_job;
-- Reference tables (branches, staff, sessions, policies, catalogue, runs): the API's role ×
-- action table decides who may change them; RLS is about client rows.
grant select, insert, update, delete on all tables in schema public to crm_api, crm_job;
grant usage, select on all sequences in schema public to crm_api, crm_job;
grant execute on all functions in schema public to crm_api, crm_job;
-- tables a later migration creates (as the same owner) get the same grants; a later
-- client-scoped table must also get policies (a test fails when one has none)
alter default privileges in schema public grant select, insert, update, delete on tables to crm_api, crm_job;
alter default privileges in schema public grant usage, select on sequences to crm_api, crm_job;

-- The scope predicate on a client row, for the acting staff member. Each setting is read in a
-- scalar subselect, which PostgreSQL evaluates once per statement (an InitPlan), not per row, and
-- the row side is a plain `branch_id = $x` / `adviser_id = $y` the planner can use indexes with
-- (client.branch_id, client.adviser_id); a NULL (not this role, or no setting) matches nothing.
--   HEAD_OFFICE, COMPLIANCE: every client   MANAGER: crm.branch_id   ADVISER: crm.staff_id
alter table client enable row level security;
create policy client_read on client for select to crm_api using (
  (select current_setting('crm.role', true) in ('HEAD_OFFICE', 'COMPLIANCE'))
  or branch_id = (select case when current_setting('crm.role', true) = 'MANAGER' then nullif(current_setting('crm.branch_id', true), '')::uuid end)
  or adviser_id = (select case when current_setting('crm.role', true) = 'ADVISER' then nullif(current_setting('crm.staff_id', true), '')::uuid end)
);
-- writes: the same scope, and never compliance
create policy client_insert on client for insert to crm_api with check (
  (select current_setting('crm.role', true) = 'HEAD_OFFICE')
  or branch_id = (select case when current_setting('crm.role', true) = 'MANAGER' then nullif(current_setting('crm.branch_id', true), '')::uuid end)
  or adviser_id = (select case when current_setting('crm.role', true) = 'ADVISER' then nullif(current_setting('crm.staff_id', true), '')::uuid end)
);
create policy client_update on client for update to crm_api using (
  (select current_setting('crm.role', true) = 'HEAD_OFFICE')
  or branch_id = (select case when current_setting('crm.role', true) = 'MANAGER' then nullif(current_setting('crm.branch_id', true), '')::uuid end)
  or adviser_id = (select case when current_setting('crm.role', true) = 'ADVISER' then nullif(current_setting('crm.staff_id', true), '')::uuid end)
);
create policy client_job on client for all to crm_job using (true) with check (true);

-- Every table with client_id: a row is visible when its client is (the EXISTS reads client
-- under client's own policy, one primary-key probe per row; roles that see every client skip
-- it), and writable by the roles that write, never by compliance. No DELETE policy: rows are
-- never deleted through the API. The `offset 0` keeps the EXISTS a per-row probe: without it
-- PostgreSQL may turn it into a hashed subplan that scans every client the viewer may see, once
-- per statement (per partition of daily_metric), which costs more as the book grows.
do $$
declare
  t text;
  col text;
  visible text;
begin
  for t, col in
    select c.table_name, c.column_name
      from information_schema.columns c
      join pg_class k on k.relname = c.table_name and k.relnamespace = 'public'::regnamespace
     where c.table_schema = 'public' and c.column_name in ('client_id', 'referred_client_id')
       and c.table_name <> 'client' and k.relkind in ('r', 'p')
       and not k.relispartition
  loop
    visible := format(
      '(select current_setting(''crm.role'', true) in (''HEAD_OFFICE'', ''COMPLIANCE''))
       or exists (select 1 from client c where c.id = %I offset 0)', col);
    execute format('alter table %I enable row level security', t);
    execute format('create policy %I on %I for select to crm_api using (%s)', t || '_read', t, visible);
    execute format(
      'create policy %I on %I for insert to crm_api with check (
         (select current_setting(''crm.role'', true) in (''ADVISER'', ''MANAGER'', ''HEAD_OFFICE''))
         and ((select current_setting(''crm.role'', true) = ''HEAD_OFFICE'') or exists (select 1 from client c where c.id = %I offset 0)))',
      t || '_insert', t, col);
    execute format(
      'create policy %I on %I for update to crm_api using (
         (select current_setting(''crm.role'', true) in (''ADVISER'', ''MANAGER'', ''HEAD_OFFICE''))
         and ((select current_setting(''crm.role'', true) = ''HEAD_OFFICE'') or exists (select 1 from client c where c.id = %I offset 0)))',
      t || '_update', t, col);
    execute format('create policy %I on %I for all to crm_job using (true) with check (true)', t || '_job', t);
  end loop;
end $$;
