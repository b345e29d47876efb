-- The book's keys as plain columns compared with leakproof operators, so that row-level security
-- leaves them index conditions.
--
-- Measured at a million clients as crm_api_branch (a manager, branch of 250k): a page deep in the
-- list read 100k buffers (0.6–0.8 s). Its policy makes the statement a security barrier: a user
-- condition can only become an index condition when PostgreSQL knows it cannot leak values
-- (contain_leaked_vars): a COALESCE is never treated as safe, nor is numeric's `<` (not leakproof),
-- so `(coalesce(…), id) > (…)` of 20261202001000 was a filter on the branch's whole index. Plain
-- columns compared with int8/timestamptz/uuid/text operators (leakproof) are index conditions again.
-- Head office (crm_api_all, no policy) and advisers (500 rows) were not affected.
--   assets_desc_key  cents, NULL → -1 (LATEST_ASSETS_DESC: nulls last)
--   assets_asc_key   cents, NULL → max bigint (LATEST_ASSETS_ASC: nulls last)
--   contact_key      NULL → -infinity (oldest first: nulls first; newest first: nulls last)
--   phone_last4      the phone's last four digits (its expression index had the same problem)
-- Assets are numeric(20, 2); a bigint holds 92 quadrillion yuan in cents.
alter table client
  add column assets_desc_key bigint generated always as (coalesce((latest_total_assets * 100)::bigint, -1)) stored,
  add column assets_asc_key bigint generated always as (coalesce((latest_total_assets * 100)::bigint, 9223372036854775807)) stored,
  add column contact_key timestamptz generated always as (coalesce(last_contact_at, '-infinity'::timestamptz)) stored,
  add column phone_last4 text collate "C" generated always as (right(regexp_replace(phone, '\D', '', 'g'), 4)) stored;

drop index client_adviser_assets_desc_key_idx, client_branch_assets_desc_key_idx, client_assets_desc_key_idx,
  client_adviser_assets_asc_key_idx, client_branch_assets_asc_key_idx, client_assets_asc_key_idx,
  client_adviser_contact_key_idx, client_branch_contact_key_idx, client_contact_key_idx, client_phone_last4_idx;

create index client_adviser_assets_desc_key_idx on client (adviser_id, assets_desc_key, id);
create index client_branch_assets_desc_key_idx on client (branch_id, assets_desc_key, id);
create index client_assets_desc_key_idx on client (assets_desc_key, id);
create index client_adviser_assets_asc_key_idx on client (adviser_id, assets_asc_key, id);
create index client_branch_assets_asc_key_idx on client (branch_id, assets_asc_key, id);
create index client_assets_asc_key_idx on client (assets_asc_key, id);
create index client_adviser_contact_key_idx on client (adviser_id, contact_key, id);
create index client_branch_contact_key_idx on client (branch_id, contact_key, id);
create index client_contact_key_idx on client (contact_key, id);
create index client_phone_last4_idx on client (phone_last4);
