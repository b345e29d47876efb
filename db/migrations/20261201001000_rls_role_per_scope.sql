-- One database role per client-scope kind, so each role's client policy is one plain predicate.
--
-- Until now advisers and managers both acted as crm_api, whose client policy ORs the role cases
-- (`adviser_id = (case … ADVISER …) or branch_id = (case … MANAGER …) or …`). PostgreSQL cannot
-- fold that OR away when planning (the settings are only read at run time), so it estimates about
-- half the rows for the book and chose to sort the whole book instead of walking the book's index.
--
-- * crm_api_adviser (ADVISER scope): client rows `adviser_id = crm.staff_id`.
-- * crm_api_branch  (BRANCH scope):  client rows `branch_id = crm.branch_id`.
-- Neither is a member of crm_api: a policy `to crm_api` also applies to crm_api's members, and
-- permissive policies are OR-ed, so membership would bring the OR back. They get crm_api's table
-- privileges directly instead (and by default on tables later migrations create). A later
-- client-scoped table needs a policy for each of them (tests/integration/access-model.test.ts
-- fails otherwise). crm_api keeps its policies for viewers with no scope (no settings → no rows);
-- crm_api_all (head office, compliance) is unchanged and writes through crm_api's policies.
-- Child tables: a row is visible / writable when its client is, through the same per-row
-- primary-key probe as before, which now meets only the role's single predicate on client.
do $$
begin
  if not exists (select from pg_roles where rolname = 'crm_api_adviser') then
    begin
      create role crm_api_adviser nologin;
    exception when duplicate_object then null; -- another database of this cluster won the race
    end;
  end if;
  if not exists (select from pg_roles where rolname = 'crm_api_branch') then
    begin
      create role crm_api_branch nologin;
    exception when duplicate_object then null;
    end;
  end if;
end $$;
do $$
begin
  execute format('grant crm_api_adviser, crm_api_branch to %I', current_user);
exception when others then
  raise notice 'could not grant crm_api_adviser/crm_api_branch to %: %', current_user, sqlerrm;
end $$;

grant usage on schema public to crm_api_adviser, crm_api_branch;
grant select, insert, update, delete on all tables in schema public to crm_api_adviser, crm_api_branch;
grant usage, select on all sequences in schema public to crm_api_adviser, crm_api_branch;
grant execute on all functions in schema public to crm_api_adviser, crm_api_branch;
alter default privileges in schema public grant select, insert, update, delete on tables to crm_api_adviser, crm_api_branch;
alter default privileges in schema public grant usage, select on sequences to crm_api_adviser, crm_api_branch;

create policy client_read_adviser on client for select to crm_api_adviser
  using (adviser_id = (select nullif(current_setting('crm.staff_id', true), '')::uuid));
create policy client_insert_adviser on client for insert to crm_api_adviser
  with check (adviser_id = (select nullif(current_setting('crm.staff_id', true), '')::uuid));
create policy client_update_adviser on client for update to crm_api_adviser
  using (adviser_id = (select nullif(current_setting('crm.staff_id', true), '')::uuid));

create policy client_read_branch on client for select to crm_api_branch
  using (branch_id = (select nullif(current_setting('crm.branch_id', true), '')::uuid));
create policy client_insert_branch on client for insert to crm_api_branch
  with check (branch_id = (select nullif(current_setting('crm.branch_id', true), '')::uuid));
create policy client_update_branch on client for update to crm_api_branch
  using (branch_id = (select nullif(current_setting('crm.branch_id', true), '')::uuid));

-- `offset 0` as in 20261201000700: keeps the EXISTS a per-row probe rather than a hashed subplan
-- over the whole book, rebuilt per partition of daily_metric.
do $$
declare
  t text;
  col text;
  r text;
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
    visible := format('exists (select 1 from client c where c.id = %I offset 0)', col);
    foreach r in array array['adviser', 'branch'] loop
      execute format('create policy %I on %I for select to %I using (%s)', t || '_read_' || r, t, 'crm_api_' || r, visible);
      execute format('create policy %I on %I for insert to %I with check (%s)', t || '_insert_' || r, t, 'crm_api_' || r, visible);
      execute format('create policy %I on %I for update to %I using (%s)', t || '_update_' || r, t, 'crm_api_' || r, visible);
    end loop;
  end loop;
end $$;
