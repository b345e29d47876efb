-- The book (`clients`) at a million clients: keyset paging on one index per sort and scope, and
-- search by part of the name, pinyin initials, account number prefix and the phone's last four.
--
-- Sort keys. Every order is (key, id) with one direction for both, so the page after a cursor is
-- one row comparison `(key, id) > (…)` (or `<` for a descending order) that the index serves as
-- an index condition; NULLs are folded into the key with a sentinel so that the NULLS FIRST/LAST
-- of the order needs no OR. The sentinels sit outside what the columns hold (assets >= 0 by
-- check), and the API's ORDER BY uses exactly these expressions (client-list.sql.ts):
--   LATEST_ASSETS_DESC  coalesce(latest_total_assets, -1)                 desc, id desc (nulls last)
--   LATEST_ASSETS_ASC   coalesce(latest_total_assets, 'Infinity')          asc,  id asc  (nulls last)
--   LAST_CONTACT_OLDEST coalesce(last_contact_at, '-infinity')            asc,  id asc  (nulls first)
--   LAST_CONTACT_NEWEST coalesce(last_contact_at, '-infinity')            desc, id desc (nulls last)
--   NAME                name ("zh-x-icu": pinyin order)                    asc,  id asc
-- A btree is walked either way, so each key has one index per scope: adviser_id leading (an
-- adviser's book), branch_id leading (a manager's branch) and none (head office, compliance).
-- The older assets/contact indexes stay: the worklist's statements use them.
create index client_adviser_assets_desc_key_idx on client (adviser_id, coalesce(latest_total_assets, -1::numeric), id);
create index client_branch_assets_desc_key_idx on client (branch_id, coalesce(latest_total_assets, -1::numeric), id);
create index client_assets_desc_key_idx on client (coalesce(latest_total_assets, -1::numeric), id);
create index client_adviser_assets_asc_key_idx on client (adviser_id, coalesce(latest_total_assets, 'Infinity'::numeric), id);
create index client_branch_assets_asc_key_idx on client (branch_id, coalesce(latest_total_assets, 'Infinity'::numeric), id);
create index client_assets_asc_key_idx on client (coalesce(latest_total_assets, 'Infinity'::numeric), id);
create index client_adviser_contact_key_idx on client (adviser_id, coalesce(last_contact_at, '-infinity'::timestamptz), id);
create index client_branch_contact_key_idx on client (branch_id, coalesce(last_contact_at, '-infinity'::timestamptz), id);
create index client_contact_key_idx on client (coalesce(last_contact_at, '-infinity'::timestamptz), id);
create index client_adviser_name_idx on client (adviser_id, name, id);
create index client_branch_name_idx on client (branch_id, name, id);
create index client_name_idx on client (name, id);

-- Part of the name. pg_trgm cannot serve it: a Chinese name is two to four characters and a
-- fragment of one or two (`三丰`, `欧阳`) yields no trigram, so a trigram GIN index answers with
-- a scan of the whole index. Instead each name is indexed by its characters and pairs of
-- characters (lower-cased); a search looks up the query's pairs (or its one character) and
-- rechecks the substring. Computed by PostgreSQL itself (immutable), so no backfill.
create function client_name_grams(name text) returns text[]
  language sql immutable strict parallel safe
  as $$
    select coalesce(array_agg(distinct g), '{}')
      from (select substr(lower(name), i, 1) as g from generate_series(1, length(name)) i
            union all
            select substr(lower(name), i, 2) from generate_series(1, length(name) - 1) i) s
  $$;
create index client_name_grams_idx on client using gin (client_name_grams(name));

-- Pinyin initials (张三丰 → zsf). PostgreSQL cannot compute pinyin: the API fills the column
-- (pinyin-pro) when the seed writes clients, and fills rows left NULL (clients written by
-- anything else, and every existing row after this migration) at start-up and with the
-- `backfill:initials` command (client-initials.ts). A name changed by SQL gets NULL again here,
-- so the next backfill recomputes it. Collation "C": the prefix search is a plain btree range.
alter table client add column name_initials text collate "C";
create index client_name_initials_idx on client (name_initials);
create index client_name_initials_missing_idx on client (id) where name_initials is null;
create function client_name_initials_reset() returns trigger language plpgsql as $$
begin
  if new.name is distinct from old.name and new.name_initials is not distinct from old.name_initials then
    new.name_initials := null;
  end if;
  return new;
end $$;
create trigger client_name_initials_reset before update of name on client
  for each row execute function client_name_initials_reset();

-- Account number prefix (digits only; the unique index's collation is not "C").
create index client_account_no_prefix_idx on client (account_no text_pattern_ops);

-- The phone's last four digits (separators ignored). An expression index, not a column: nothing
-- new to read or leak; the API compares it for equality with exactly four digits and answers
-- only the masked phone.
create index client_phone_last4_idx on client (right(regexp_replace(phone, '\D', '', 'g'), 4));
