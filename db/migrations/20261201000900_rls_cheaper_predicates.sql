-- Cheaper row-level security predicates (same visibility as 20261201000700_row_level_security).
--
-- Measured with EXPLAIN (ANALYZE, BUFFERS) as crm_api: the client page's cost was the child
-- tables' `exists (select 1 from client c where c.id = client_id offset 0)`, one client_pkey probe
-- (3 buffers, client's own policy re-checked) per row that passes the policy: ~365 for a year of
-- daily_metric, once per monthly partition's rows. And the book's count lost its index-only scan,
-- because the client policy also reads the column the book's index lacks (adviser_id for a
-- manager, branch_id for an adviser), so PostgreSQL switched to a sequential scan.
--
-- 1. Child tables keep their per-row probe for crm_api. Tried and measured (bench:rls, 3 pairs of
--    runs): an InitPlan array of the adviser's client ids (`client_id = any(…)`, once per statement,
--    shared by daily_metric's partitions where a hashed subplan is rebuilt per partition) cut the
--    daily_metric statement's execution, but planning the extra subquery on every child-table
--    statement ate the gain for advisers (page 1.34 → 1.32) and cost managers (1.29 → 1.40).
-- 2. client: the book indexes also carry the other scope column (INCLUDE), so a manager's and an
--    adviser's count and page of the book stay index(-only) scans with the policy on top.
create index client_adviser_assets_scope_idx on client (adviser_id, latest_total_assets desc nulls last, id) include (branch_id);
drop index client_adviser_assets_idx;
create index client_branch_assets_scope_idx on client (branch_id, latest_total_assets desc nulls last, id) include (adviser_id);
drop index client_branch_assets_idx;

-- 3. Head office and compliance act as crm_api_all, a member of crm_api (so it has crm_api's
--    grants and crm_api's policies apply to it too) with one more permissive SELECT policy,
--    `using (true)`, on client and every child table. Permissive policies are OR-ed, and
--    PostgreSQL folds `true OR …` away when planning: their statements carry no policy at all,
--    neither per-row work (a seq scan instead of the owner's index-only count of 100k clients was
--    3× slower) nor the planning of the policies' subqueries. Their writes still go through
--    crm_api's INSERT/UPDATE policies: head office may write, compliance may not. The API picks
--    the role from the same scope model (ROLE_SCOPE ALL), acting-transaction.ts.
do $$
begin
  if not exists (select from pg_roles where rolname = 'crm_api_all') then
    begin
      create role crm_api_all nologin;
    exception when duplicate_object then null; -- another database of this cluster won the race
    end;
  end if;
end $$;
do $$
begin
  grant crm_api to crm_api_all;
  execute format('grant crm_api_all to %I', current_user);
exception when others then
  raise notice 'could not grant crm_api_all: %', sqlerrm;
end $$;

create policy client_read_all on client for select to crm_api_all using (true);
do $$
declare
  t text;
begin
  for t in
    select distinct c.table_name
      from information_schema.columns c
      join pg_class k on k.relname = c.table_name and k.relnamespace = 'public'::regnamespace
     where c.table_schema = 'public' and c.column_name in ('client_id', 'referred_client_id')
       and c.table_name <> 'client' and k.relkind in ('r', 'p')
       and not k.relispartition
  loop
    execute format('create policy %I on %I for select to crm_api_all using (true)', t || '_read_all', t);
  end loop;
end $$;
