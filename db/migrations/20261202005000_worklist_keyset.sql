-- Keyset paging for the worklist. Its order is (latest_total_assets desc nulls last, due_on,
-- client_id, kind, tiebreak); the next page is the index range after the last item's key, not
-- an offset walked from the start.
--
-- Under row-level security PostgreSQL uses a condition as an index condition only when its
-- operators are leakproof (otherwise it must run after the policy's filter): the row comparison
-- of bigint, date, uuid and text is (int8lt, date_lt, uuid_lt, text_lt), numeric's is not
-- (numeric_lt), and `desc nulls last` cannot be said in one row comparison with ascending
-- columns. So the assets get an ascending bigint key: minus the cents, nulls after every amount.
-- numeric(20, 2) in cents reaches 10^20, past bigint: amounts beyond ±92 trillion (in the
-- client's currency) are clamped, i.e. tie and fall to the due day — no client comes close.
-- A generated column: every writer of latest_total_assets (the triggers copying the client's)
-- keeps it right without change.
alter table worklist_item add column assets_key bigint not null generated always as (
  case when latest_total_assets is null then 9223372036854775807
       else -(greatest(least(latest_total_assets * 100, 9223372036854775806), -9223372036854775806))::bigint end
) stored;

-- a branch's pages: one range of this index each, from the cursor's key
drop index worklist_item_branch_order_idx;
create index worklist_item_branch_order_idx
  on worklist_item (branch_id, assets_key, due_on, client_id, kind, tiebreak);
-- head office's (and compliance's) pages: the same order over every branch, so a page reads
-- ~first + 1 due entries from the cursor instead of sorting every due item
create index worklist_item_order_idx
  on worklist_item (assets_key, due_on, client_id, kind, tiebreak);
