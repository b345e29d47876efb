-- The book's name search under row-level security, and a rare status sorted by name (issue 9).
--
-- 1. Name grams as rows. 20261202001000 indexed each name's characters and pairs of characters
--    with a GIN over client_name_grams(name), looked up with `@>`. Array `@>` is not leakproof, so
--    under a policy (a manager acts as crm_api_branch) it is never an index condition: a manager's
--    name search bitmap-scanned the branch's 250k rows (0.5–0.7 s at a million clients). Here the
--    same grams are rows (gram, name, client_id) with the client's scope columns beside them, looked
--    up with text `=` (leakproof): `gram = ? and branch_id = ?` is one btree range for a manager,
--    `gram = ?` for head office. Builtin functions are not marked leakproof.
--    The name rides along (collated as client.name, pinyin order) so that a search sorted by name
--    walks a gram's range in name order: a common surname's clients sort together (张 after 王 is
--    late in pinyin), so walking the book's name index with the substring as a filter read most of
--    the scope before the first match (0.3 s for a branch, 4–5 s for head office, measured).
--    adviser_id, branch_id and name are copies of the client's, kept by the triggers below (as
--    worklist_item's are), so each policy is a plain predicate on the row.
create table client_name_gram (
  gram       text collate "C" not null,
  name       text collate "zh-x-icu" not null,
  client_id  uuid not null references client (id) on delete cascade,
  adviser_id uuid,
  branch_id  uuid not null
);
insert into client_name_gram (gram, name, client_id, adviser_id, branch_id)
select g, c.name, c.id, c.adviser_id, c.branch_id from client c cross join unnest(client_name_grams(c.name)) g;
create unique index client_name_gram_idx on client_name_gram (gram, name, client_id);
create index client_name_gram_branch_idx on client_name_gram (branch_id, gram, name, client_id);
-- an adviser's book is ~500 rows: their search walks their sort index (no adviser index here)
create index client_name_gram_client_idx on client_name_gram (client_id);

-- The GIN index is no longer read by the API.
drop index client_name_grams_idx;

-- Kept in the same transaction as the client row: a statement-level trigger with a transition
-- table for inserts (a bulk load is one set-based insert), a row trigger for the rare change of
-- name, adviser or branch (its WHEN clause costs other updates nothing: a metrics load updates
-- every client). SECURITY DEFINER (owner: the migrating user): an API role's write to client
-- maintains this table whatever its own policies here.
create function client_name_gram_on_insert() returns trigger
language plpgsql security definer set search_path = public, pg_temp as $$
begin
  insert into client_name_gram (gram, name, client_id, adviser_id, branch_id)
  select g, n.name, n.id, n.adviser_id, n.branch_id from new_rows n cross join unnest(client_name_grams(n.name)) g;
  return null;
end $$;
create trigger client_name_gram_insert after insert on client
  referencing new table as new_rows for each statement execute function client_name_gram_on_insert();

create function client_name_gram_on_update() returns trigger
language plpgsql security definer set search_path = public, pg_temp as $$
begin
  if new.name is distinct from old.name then
    delete from client_name_gram where client_id = old.id;
    insert into client_name_gram (gram, name, client_id, adviser_id, branch_id)
    select g, new.name, new.id, new.adviser_id, new.branch_id from unnest(client_name_grams(new.name)) g;
  else
    update client_name_gram set adviser_id = new.adviser_id, branch_id = new.branch_id where client_id = new.id;
  end if;
  return null;
end $$;
create trigger client_name_gram_update after update of name, adviser_id, branch_id on client
  for each row when ((old.name, old.adviser_id, old.branch_id) is distinct from (new.name, new.adviser_id, new.branch_id))
  execute function client_name_gram_on_update();

-- Row-level security as worklist_item's: reads for every request role, INSERT and UPDATE policies
-- as every client-scoped table has them (tests/integration/access-model.test.ts), though only the
-- triggers above write here; no DELETE policy (the foreign key cascades as the owner).
alter table client_name_gram enable row level security;
create policy client_name_gram_read on client_name_gram for select to crm_api using (
  (select current_setting('crm.role', true) in ('HEAD_OFFICE', 'COMPLIANCE'))
  or branch_id = (select case when current_setting('crm.role', true) = 'MANAGER' then nullif(current_setting('crm.branch_id', true), '')::uuid end)
  or adviser_id = (select case when current_setting('crm.role', true) = 'ADVISER' then nullif(current_setting('crm.staff_id', true), '')::uuid end)
);
create policy client_name_gram_insert on client_name_gram for insert to crm_api with check (
  (select current_setting('crm.role', true) = 'HEAD_OFFICE')
  or branch_id = (select case when current_setting('crm.role', true) = 'MANAGER' then nullif(current_setting('crm.branch_id', true), '')::uuid end)
  or adviser_id = (select case when current_setting('crm.role', true) = 'ADVISER' then nullif(current_setting('crm.staff_id', true), '')::uuid end)
);
create policy client_name_gram_update on client_name_gram for update to crm_api using (
  (select current_setting('crm.role', true) = 'HEAD_OFFICE')
  or branch_id = (select case when current_setting('crm.role', true) = 'MANAGER' then nullif(current_setting('crm.branch_id', true), '')::uuid end)
  or adviser_id = (select case when current_setting('crm.role', true) = 'ADVISER' then nullif(current_setting('crm.staff_id', true), '')::uuid end)
);
create policy client_name_gram_read_all on client_name_gram for select to crm_api_all using (true);
create policy client_name_gram_read_adviser on client_name_gram for select to crm_api_adviser
  using (adviser_id = (select nullif(current_setting('crm.staff_id', true), '')::uuid));
create policy client_name_gram_insert_adviser on client_name_gram for insert to crm_api_adviser
  with check (adviser_id = (select nullif(current_setting('crm.staff_id', true), '')::uuid));
create policy client_name_gram_update_adviser on client_name_gram for update to crm_api_adviser
  using (adviser_id = (select nullif(current_setting('crm.staff_id', true), '')::uuid));
create policy client_name_gram_read_branch on client_name_gram for select to crm_api_branch
  using (branch_id = (select nullif(current_setting('crm.branch_id', true), '')::uuid));
create policy client_name_gram_insert_branch on client_name_gram for insert to crm_api_branch
  with check (branch_id = (select nullif(current_setting('crm.branch_id', true), '')::uuid));
create policy client_name_gram_update_branch on client_name_gram for update to crm_api_branch
  using (branch_id = (select nullif(current_setting('crm.branch_id', true), '')::uuid));
create policy client_name_gram_job on client_name_gram for all to crm_job using (true) with check (true);

-- 3. A rare status sorted by name: TRANSFERRED_OUT (1%) walked the name index for the few
--    matches (0.6 s for a branch, 3 s for head office). With the status after the scope column
--    the matches are one ordered range. Only for the name order: in the other orders a status is
--    spread over the key, so the sort index walk finds a page quickly (measured).
create index client_branch_status_name_idx on client (branch_id, status, name, id);
create index client_status_name_idx on client (status, name, id);
