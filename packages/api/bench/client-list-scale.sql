-- Adds :clients clients (default 1,000,000) to a migrated database that holds the demo
-- organisation (seed with a few clients first): four more branches of :clients/4 each, with a
-- manager each and advisers of ~500 clients. Names from common surnames and given-name characters
-- (so searches by part of a name, by initials and by phone digits find realistic numbers of
-- clients); ties in assets on purpose (rounded amounts) and NULL assets and contacts.
--   psql "$URL" -v clients=1000000 -f packages/api/bench/client-list-scale.sql
-- then fill the pinyin initials: DATABASE_URL="$URL" npx -y pnpm@10 --filter @crm/api run backfill:initials
\set ON_ERROR_STOP on
\if :{?clients}
\else
  \set clients 1000000
\endif
begin;
create temp table scale_branch as
  select gen_random_uuid() as id, b as n from generate_series(1, 4) b;
insert into branch (id, code, name, city) select id, 'SCALE' || n, '规模测试营业部' || n, '上海' from scale_branch;
insert into staff (email, name, role, branch_id, password_hash)
  select 'scale.manager' || n || '@bench.local', '经理' || n, 'MANAGER', id, 'x' from scale_branch;
create temp table scale_adviser as
  select gen_random_uuid() as id, a as n, (select id from scale_branch where n = 1 + (a - 1) % 4) as branch_id
    from generate_series(1, greatest(4, (:clients / 500)::int)) a;
insert into staff (id, email, name, role, branch_id, password_hash)
  select id, 'scale.adviser' || n || '@bench.local', '顾问' || n, 'ADVISER', branch_id, 'x' from scale_adviser;
-- the client indexes (and those of client_name_gram, which the insert trigger fills) are dropped
-- for the load and built again after it (minutes, not an hour of
-- random index inserts)
set local maintenance_work_mem = '256MB';
create temp table scale_index as
  select indexrelid::regclass::text as name, pg_get_indexdef(indexrelid) as def
    from pg_index where (indrelid = 'client'::regclass and not indisprimary and not indisunique)
                     or indrelid = 'client_name_gram'::regclass;
do $$ declare r record; begin for r in select * from scale_index loop execute 'drop index ' || r.name; end loop; end $$;
create temp table scale_tier as
  select t.id, row_number() over (order by t.id) as n
    from tier t join tier_policy p on p.id = t.policy_id where p.status = 'ACTIVE';
insert into client (account_no, name, id_number, phone, branch_id, adviser_id, status, risk_level, investment_style,
                    opened_on, current_tier_id, latest_total_assets, latest_metrics_on, last_contact_at)
select '8' || lpad(i::text, 11, '0'),
       (array['张','王','李','赵','刘','陈','杨','黄','周','吴','徐','孙','马','朱','胡','郭','何','林','欧阳','司马'])[1 + (h % 20)]
         || (array['三','伟','芳','娜','敏','静','丽','强','磊','军','洋','勇','艳','杰','娟','涛','明','超','秀','霞','平','刚','桂','英','华','丰','国','建','文','斌'])[1 + ((h / 20) % 30)]
         || case when (h / 600) % 3 = 0 then '' else (array['一','二','丰','林','峰','波','辉','鹏','宇','浩'])[1 + ((h / 1800) % 10)] end,
       '440301199001' || lpad((i % 1000000)::text, 6, '0'),
       '13' || lpad(((h / 7) % 1000000000)::text, 9, '0'),
       a.branch_id, a.id,
       case when h % 100 < 85 then 'ACTIVE' when h % 100 < 95 then 'DORMANT' when h % 100 < 99 then 'CLOSED' else 'TRANSFERRED_OUT' end,
       'C' || (1 + h % 5), (array['SHORT_TERM','MID_TERM','LONG_TERM'])[1 + h % 3],
       date '2015-01-01' + (h % 4000)::int,
       case when h % 100 < 95 then (select id from scale_tier where n = 1 + (h / 100) % (select count(*) from scale_tier)) end,
       case when (h / 13) % 33 = 0 then null
            when (h / 13) % 7 = 0 then round(((h / 91) % 50) * 10000.0, 2)       -- ties: round amounts
            else round(exp(8 + ((h / 91) % 100000) / 100000.0 * 9)::numeric, 2) end,
       date '2026-11-30',
       case when (h / 17) % 5 = 0 then null
            else timestamptz '2026-12-01 08:00+08' - ((h / 85) % 720000) * interval '1 minute' end
  from (select i, abs(hashint8(i::int8)::bigint) as h from generate_series(1, :clients) i) g
  join scale_adviser a on a.n = 1 + (g.i - 1) % (select count(*) from scale_adviser);
do $$ declare r record; begin for r in select * from scale_index loop execute r.def; end loop; end $$;
commit;
