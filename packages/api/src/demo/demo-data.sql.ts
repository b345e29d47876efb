import { shanghaiAt, u32, uuidFrom } from './demo-sql-util.js';

/** Uniform in (0, 1) from 16-bit slice `k` (0-3) of a bigint hash. */
const slice = (h: string, k: number): string => `(((((${h}) >> ${16 * k}) & 65535)::float8 + 0.5) / 65536.0)`;

/**
 * The set-based statements of the demo load: metrics and tier history. They read the
 * session's temp tables (demo_param: one row per client with its simulation parameters;
 * demo_day: the calendar; demo_review: month-end review dates; demo_bp/demo_segdef/demo_seg:
 * per-client sums over day segments) so that nothing loops per client or per row in JS.
 */

export const TEMP_TABLES = [
  'demo_param', 'demo_day', 'demo_review', 'demo_bp', 'demo_segdef', 'demo_seg', 'demo_plan', 'demo_tpl',
] as const;

/** The per-client simulation parameters, filled batch by batch alongside the client rows. */
export const PARAM_TABLE_SQL = `
create temp table demo_param (
  client_id uuid primary key, style text not null, dormant boolean not null,
  base float8 not null, opening numeric(20, 2) not null, trend float8 not null, beta float8 not null,
  vol float8 not null, amp float8 not null, period float8 not null, phase float8 not null,
  cash_share float8 not null, turnover float8 not null, p_active float8 not null, rate numeric(10, 6) not null,
  drift_start date, drift_k float8 not null, close_day date, contact_end date not null, opened_on date not null,
  adviser_id uuid not null, manager_id uuid not null, diligence float8 not null, adhoc_channel text not null,
  sectors text[] not null
)`;

/**
 * The calendar of the metric window ($1 asOf, $2 days, $3 seed): weekends carry Friday's
 * prices (eff_day); mkt is the market's log level relative to asOf, a random walk of
 * hash-derived daily shocks (~17% a year), summed backwards so that mkt(asOf) = 0.
 */
export const DAY_TABLE_SQL = `
create temp table demo_day as
with d as (
  select g::date as day, extract(isodow from g)::int as dow
  from generate_series(($1::date - ($2::int - 1))::timestamp, $1::date::timestamp, interval '1 day') g
), shock as (
  select day, dow,
    case when dow < 6 then 0.0002 + 0.011 * sqrt(-2 * ln(${u32('h', 1)})) * cos(2 * pi() * ${u32('h', 9)}) else 0 end as e
  from (select day, dow, md5($3::text || ':market:' || day::text) as h from d offset 0) x
)
select day, dow < 6 as trading,
  day - greatest(dow - 5, 0) as eff_day,
  (day - greatest(dow - 5, 0)) - $1::date as te,
  case when dow = 1 then 3 else 1 end as gap,
  coalesce(-sum(e) over (order by day desc rows between unbounded preceding and 1 preceding), 0)::float8 as mkt
from shock`;

/** Month-end tier reviews in the window ($1 asOf, $2 days) with at least a month of data. */
export const REVIEW_TABLE_SQL = `
create temp table demo_review as
select m.review_on
from (select (date_trunc('month', g) + interval '1 month - 1 day')::date as review_on
      from generate_series(date_trunc('month', ($1::date - ($2::int - 1))::timestamp), $1::date::timestamp, interval '1 month') g) m
where m.review_on between $1::date - ($2::int - 1) + 29 and $1::date`;

/**
 * Cuts the window into segments at every month start and every review window edge
 * (60-day assets, 365-day commission), so each review's and each month's figures are
 * sums of whole segments; demo_bp holds the sorted segment starts for width_bucket().
 */
export const SEGMENT_SQL = [
  `create temp table demo_bp as
   select array_agg(b order by b) as arr
   from (select min(day) as b from demo_day
         union select date_trunc('month', day::timestamp)::date from demo_day
         union select review_on - 59 from demo_review
         union select review_on + 1 from demo_review
         union select review_on - 364 from demo_review) bp
   where bp.b between (select min(day) from demo_day) and (select max(day) from demo_day)`,
  `create temp table demo_segdef as
   select i as seg, arr[i] as seg_from, coalesce(arr[i + 1] - 1, (select max(day) from demo_day)) as seg_to
   from demo_bp cross join generate_subscripts(arr, 1) as i`,
];

/**
 * Per client and segment: days with a row, the sum of total assets and of commission. One
 * pass over the freshly loaded metrics (the database was empty); width_bucket() finds the
 * segment without a join, which is what keeps this cheap at 10^7+ rows.
 */
export const SEGMENT_SUMS_SQL = `
create temp table demo_seg as
select client_id, width_bucket(day, (select arr from demo_bp)) as seg, count(*)::int as n,
  sum(total_assets) as assets, sum(commission) as commission
from daily_metric
group by client_id, width_bucket(day, (select arr from demo_bp))`;

/**
 * The range partitions of daily_metric ($1 from, $2 to: the window) that hold days of the
 * window, with their bounds and the bound clause as written.
 */
export const METRIC_PARTITIONS_SQL = `
select name, lo::date::text as lo, hi::date::text as hi, bound
from (
  select c.relname::text as name, pg_get_expr(c.relpartbound, c.oid) as bound,
    m[1] as lo, m[2] as hi
  from pg_inherits i join pg_class c on c.oid = i.inhrelid
  cross join lateral regexp_match(pg_get_expr(c.relpartbound, c.oid), '^FOR VALUES FROM [(]''([0-9-]+)''[)] TO [(]''([0-9-]+)''[)]$') m
  where i.inhparent = 'public.daily_metric'::regclass
) p
where lo::date <= $2::date and hi::date > $1::date
order by lo`;

/** Constraints (primary key, unique, foreign keys) and other indexes of a table ($1 its name). */
export const TABLE_KEYS_SQL = `
select 'constraint' as what, conname::text as name, contype::text as type, pg_get_constraintdef(oid) as def
from pg_constraint where conrelid = $1::regclass and contype in ('p', 'u', 'f')
union all
select 'index', ic.relname::text, 'i', pg_get_indexdef(x.indexrelid)
from pg_index x join pg_class ic on ic.oid = x.indexrelid
where x.indrelid = $1::regclass and not exists (select 1 from pg_constraint k where k.conindid = x.indexrelid and k.conrelid = $1::regclass)`;

/** Lower bounds of the client-id ranges of METRIC_CHUNK_SQL, $1 clients each. */
export const METRIC_CHUNK_BOUNDS_SQL = `
select client_id::text as lo
from (select client_id, row_number() over (order by client_id) - 1 as rn from demo_param) x
where rn % $1::int = 0
order by client_id`;

/**
 * Daily metrics of the clients with $1 <= id < $2 ($2 null: no upper bound) for the days
 * $3 <= day < $4 of the window (one partition of daily_metric, see METRIC_PARTITIONS_SQL),
 * inserted into `table`, in (client_id, day) order: each statement then fills one key range of the
 * primary-key indexes instead of touching pages all over them.
 * Per client: log assets = ln(base) + beta·market + trend·t + a seasonal wave + daily noise.
 * Drifting clients lose assets at rate drift_k from drift_start (negative net inflow, cash
 * share rising, no trading); a closing client's row on close_day is all zero and its rows
 * stop there. Volume only on weekdays, as turnover on some days; commission = volume ×
 * rate; interest spread 1.2% a year on cash; occasional ±1-10% flows.
 * Noise comes from uuid_hash_extended(client, eff_day) (16-bit slices): far cheaper than md5
 * at 10^6-10^8 rows (PostgreSQL keeps it stable: hash partitions depend on it), and weekends
 * repeat Friday's draw. Money is computed in integer cents
 * (cents × 0.01 is an exact 2-decimal numeric), which skips float→numeric conversions.
 */
export const metricChunkSql = (table: string): string => `
insert into ${table} (client_id, day, total_assets, cash, market_value, trading_volume, commission, interest_spread, net_inflow)
  select client_id, day, total_c * 0.01, cash_c * 0.01, (total_c - cash_c) * 0.01, volume_c * 0.01,
    case when volume_c = 0 then 0 else round(volume_c * rate)::int8 * 0.01 end,
    round(cash_c * (0.012 / 365))::int8 * 0.01, inflow_c * 0.01
  from (
    select z.*,
      case when traded then round((total_c - cash_c) * turnover / (250 * p_active) * (0.5 + u3 / p_active))::int8 else 0 end as volume_c
    from (
      select y.client_id, y.day, y.rate, y.turnover, y.p_active, y.u3, y.total_c,
        (y.total_c * least(0.95, y.cash_share + (0.9 - y.cash_share) * (1 - exp(-0.05 * y.s))))::int8 as cash_c,
        y.trading and not y.dormant and y.s = 0 and not y.closing and y.u3 < y.p_active as traded,
        case
          when y.closing then -round(exp(y.lvl) * y.keep_prev * 100)::int8
          when not y.trading then 0
          when y.s > 0 then -round(exp(y.lvl) * (y.keep_prev - y.keep) * 100)::int8
          when not y.dormant and y.u4 < 0.04 then
            case when y.u4 < 0.022 then round(y.total_c * (0.01 + 0.09 * y.u4 / 0.022))::int8
                 else -round(y.total_c * (0.01 + 0.09 * (y.u4 - 0.022) / 0.018))::int8 end
          else 0 end as inflow_c
      from (
        select x.*,
          case when x.closing then 0::int8
               else round(exp(x.lvl + x.vol * sqrt(-2 * ln(x.u1)) * cos(2 * pi() * x.u2)) * x.keep * 100)::int8 end as total_c
        from (
          select w.*, ${slice('w.h', 0)} as u1, ${slice('w.h', 1)} as u2, ${slice('w.h', 2)} as u3, ${slice('w.h', 3)} as u4,
            exp(-w.drift_k * w.s) as keep, exp(-w.drift_k * greatest(w.s - w.gap, 0)) as keep_prev
          from (
            select p.client_id, p.rate, p.cash_share, p.turnover, p.p_active, p.dormant, p.vol, p.drift_k,
              d.day, d.trading, d.gap, coalesce(d.day = p.close_day, false) as closing,
              greatest(coalesce(d.eff_day - p.drift_start, 0), 0) as s,
              ln(p.base) + p.beta * d.mkt + p.trend * d.te / 365.0
                + p.amp * (sin(2 * pi() * d.te / p.period + p.phase) - sin(p.phase)) as lvl,
              uuid_hash_extended(p.client_id, (d.eff_day - date '2000-01-01')::int8) as h
            from (select * from demo_param where client_id >= $1::uuid and ($2::uuid is null or client_id < $2::uuid)
                  order by client_id) p
            cross join lateral (select * from demo_day d where (p.close_day is null or d.day <= p.close_day)
                                  and d.day >= $3::date and d.day < $4::date) d
            offset 0) w
          offset 0) x
        offset 0) y
      offset 0) z
    offset 0) v`;

/**
 * Tier history ($1 seed, $2 policy id): an ONBOARDING change at opened_on from the
 * opening assets, then a SCHEDULED_REVIEW at each month end where the policy's ANY rule
 * (highest tier whose average-assets OR commission threshold is met) gives another tier.
 * Average assets over the 60 days to the review; commission over the 365 days to it,
 * annualised while the window holds fewer days (figures.commissionDays says how many).
 * No reviews after a client closed; hysteresis (downgrade_after) is ignored for the demo.
 */
export const TIER_HISTORY_SQL = `
insert into tier_change (id, client_id, from_tier_id, to_tier_id, policy_id, reason, effective_on, changed_at, note, figures)
with tiers as materialized (
  select id, rank, min_avg_assets, min_commission_12m from tier where policy_id = $2::uuid
), fig as (
  select s.client_id, r.review_on,
    sum(s.assets) filter (where sd.seg_from > r.review_on - 60)
      / nullif(sum(s.n) filter (where sd.seg_from > r.review_on - 60), 0) as avg_assets,
    sum(s.commission) filter (where sd.seg_from > r.review_on - 365) as commission,
    sum(s.n) filter (where sd.seg_from > r.review_on - 365) as commission_days
  from demo_seg s
  join demo_segdef sd on sd.seg = s.seg
  join demo_review r on sd.seg_to <= r.review_on
  join demo_param p on p.client_id = s.client_id
  where p.close_day is null or r.review_on <= p.close_day
  group by s.client_id, r.review_on
), ev as (
  select client_id, opened_on as effective_on, 'ONBOARDING' as reason, opening::numeric as avg_assets,
    0.00::numeric as commission12m, 1 as window_days, null::bigint as commission_days
  from demo_param
  union all
  select client_id, review_on, 'SCHEDULED_REVIEW', round(coalesce(avg_assets, 0), 2),
    round(coalesce(commission, 0) * 365 / greatest(least(commission_days, 365), 1), 2), 60, commission_days
  from fig
), tiered as (
  select ev.*, (select t.id from tiers t
                where t.min_avg_assets <= ev.avg_assets or t.min_commission_12m <= ev.commission12m
                order by t.rank desc limit 1) as tier_id
  from ev
), seq as (
  select tiered.*, lag(tier_id) over (partition by client_id order by effective_on) as prev_tier_id from tiered
)
select ${uuidFrom(`$1::text || ':tc:' || client_id::text || ':' || effective_on::text`)}, client_id, prev_tier_id, tier_id, $2::uuid,
  reason, effective_on, ${shanghaiAt('effective_on', '20:00')},
  case reason when 'ONBOARDING' then '开户定级' else '月末定期评级' end,
  jsonb_build_object('avgAssets', avg_assets::text, 'commission12m', commission12m::text,
                     'windowDays', window_days, 'asOf', effective_on::text)
    || case when commission_days < 365 then jsonb_build_object('commissionDays', commission_days) else '{}'::jsonb end
from seq
where prev_tier_id is distinct from tier_id`;

/**
 * Client read models ($1 asOf): latest metrics (a closed client's are its zero closing
 * row), the tier of its latest change, and its latest contact.
 */
export const CLIENT_READ_MODEL_SQL = `
update client c set
  latest_total_assets = coalesce(m.total_assets, case when p.close_day is not null then 0 end),
  latest_metrics_on = coalesce(m.day, p.close_day),
  current_tier_id = lt.to_tier_id,
  last_contact_at = lc.last_at,
  updated_at = ${shanghaiAt('$1::date', '20:00')}
from demo_param p
left join daily_metric m on m.client_id = p.client_id and m.day = $1::date
left join (select distinct on (client_id) client_id, to_tier_id from tier_change
           order by client_id, effective_on desc, changed_at desc) lt on lt.client_id = p.client_id
left join (select client_id, max(occurred_at) as last_at from service_log group by client_id) lc on lc.client_id = p.client_id
where c.id = p.client_id`;
