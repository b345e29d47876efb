import { shanghaiAt, u16, uuidFrom, weekdayOf, weekdayOnOrAfter } from './demo-sql-util.js';

/**
 * The set-based statements for service delivery and points. Parameters, unless a
 * statement says otherwise: $1 seed (text), $2 asOf (date), $3 days (int), the window
 * starting at asOf - days + 1; statements that need fewer take a prefix of these.
 */

const START = `($2::date - ($3::int - 1))`;

/** The contact plan (entitlements plus ad-hoc contacts and call-backs) and the summary templates. */
export const PLAN_TABLE_SQL = [
  `create temp table demo_plan (key text not null, phase_seed int8 not null, tier_id uuid not null, style text, offering_id uuid,
     every_days int not null, rate float8 not null, kind text not null, channel text, grp text not null,
     by_manager boolean not null, scaled boolean not null)`,
  `create temp table demo_tpl (grp text primary key, bodies text[] not null)`,
];

/** Loads demo_tpl from parallel arrays ($1 group, $2 body). */
export const TEMPLATE_INSERT_SQL = `
insert into demo_tpl (grp, bodies)
select grp, array_agg(body order by ord) from unnest($1::text[], $2::text[]) with ordinality as u(grp, body, ord) group by grp`;

/** One-way deliveries (pushes, mail, greetings) rarely draw a complaint; conversations do. */
const ONE_WAY = `(s.kind in ('INFORMATION', 'CARE') or s.channel in ('SMS', 'EMAIL', 'WEB'))`;
const COMPLAINT_P = `case when ${ONE_WAY} then 0.2 else 1 end
  * case when s.drift_start is not null and s.day > s.contact_end - 45 then 0.15 else 0.015 end`;

/**
 * Service logs from the plan. Each tier period (from tier_change) × plan row becomes contacts
 * every every_days / delivery rate days (× the adviser's diligence for entitlements, so a
 * lax adviser's clients wait longer), from a per-client phase with ±25% jitter, up to the
 * client's contact_end (drifting and neglected clients go quiet) and before asOf. Spacing
 * by the rate rather than dropping slots at random keeps the work proportional to the logs
 * written. Weekend contacts move to Friday, times fall in 09:00-17:30 Shanghai. Outcome,
 * sentiment, follow-up date and summary come from md5(seed, client, plan, period, slot);
 * drifting clients complain more in their last weeks of contact.
 */
export const SERVICE_LOG_SQL = `
insert into service_log (id, client_id, adviser_id, occurred_at, channel, kind, offering_id, summary, outcome, sentiment,
                         follow_up_on, created_at)
select ${uuidFrom(`o.h`)}, o.client_id, o.adviser_id, o.occurred_at, o.channel, o.kind, o.offering_id,
  replace(t.bodies[1 + floor(${u16('o.h', 25)} * cardinality(t.bodies))::int], '{sector}',
          coalesce(o.sectors[1 + floor(${u16('o.h', 29)} * cardinality(o.sectors))::int], '大盘')),
  o.outcome,
  case o.outcome
    when 'NO_ANSWER' then null
    when 'COMPLAINT' then 'NEGATIVE'
    when 'NEEDS_FOLLOW_UP' then case when ${u16('o.h', 17)} < 0.3 then 'NEGATIVE' else 'NEUTRAL' end
    when 'RESOLVED' then case when ${u16('o.h', 17)} < 0.6 then 'POSITIVE' else 'NEUTRAL' end
    else case when o.channel in ('SMS', 'EMAIL', 'WEB') then null when ${u16('o.h', 17)} < 0.25 then 'POSITIVE' else 'NEUTRAL' end
  end,
  case o.outcome
    when 'NEEDS_FOLLOW_UP' then o.day + 2 + floor(${u16('o.h', 21)} * 12)::int
    when 'COMPLAINT' then o.day + 1 + floor(${u16('o.h', 21)} * 3)::int
    when 'RESOLVED' then case when o.kind = 'ADVISORY' and ${u16('o.h', 21)} < 0.1 then o.day + 30 end
  end,
  o.occurred_at
from (
  select s.*,
    (s.day + time '09:00' + make_interval(mins => floor(${u16('s.h', 9)} * 510)::int)) at time zone 'Asia/Shanghai' as occurred_at,
    case
      when ${u16('s.h', 13)} < ${COMPLAINT_P} then 'COMPLAINT'
      when s.kind = 'CALL_BACK' then case when ${u16('s.h', 13)} < 0.85 then 'RESOLVED' else 'NO_ANSWER' end
      when ${ONE_WAY} then case when ${u16('s.h', 13)} < 0.95 then 'INFORMED' else 'NEEDS_FOLLOW_UP' end
      when s.channel = 'PHONE' and ${u16('s.h', 13)} < 0.17 then 'NO_ANSWER'
      when ${u16('s.h', 13)} < 0.35 then 'NEEDS_FOLLOW_UP'
      when ${u16('s.h', 13)} < 0.55 then 'INFORMED'
      else 'RESOLVED'
    end as outcome
  from (
    select k.client_id, case when k.by_manager then k.manager_id else k.adviser_id end as adviser_id,
      coalesce(k.channel, k.adhoc_channel) as channel, k.kind, k.offering_id, k.grp, k.sectors, k.h,
      k.drift_start, k.contact_end, ${weekdayOf('k.raw_day')} as day
    from (
      select g.*, g.p_from + g.phase + g.n * g.gap + round((${u16('g.h', 1)} - 0.5) * 0.5 * g.gap)::int as raw_day
      from (
        select pp.*, n, md5(pp.slot_key || ':' || n::text) as h
        from (
          select q.*, floor((((uuid_hash_extended(q.client_id, q.phase_seed) >> 8) & 65535)::float8 / 65536) * q.gap)::int as phase
          from (
            select p.client_id, p.adviser_id, p.manager_id, p.adhoc_channel, p.sectors, p.drift_start, p.contact_end,
              pl.offering_id, pl.kind, pl.channel, pl.grp, pl.by_manager, pl.phase_seed, per.p_from,
              least(per.p_to, p.contact_end) as p_end,
              greatest(1, round(pl.every_days / (pl.rate * case when pl.scaled then p.diligence else 1 end)))::int as gap,
              $1::text || ':sl:' || p.client_id::text || ':' || pl.key || ':' || per.p_from::text as slot_key
            from (
              select tc.client_id, tc.to_tier_id as tier_id, greatest(tc.effective_on, ${START}) as p_from,
                least(coalesce(lead(tc.effective_on) over (partition by tc.client_id order by tc.effective_on) - 1, $2::date - 1),
                      $2::date - 1) as p_to
              from tier_change tc) per
            join demo_param p on p.client_id = per.client_id
            join demo_plan pl on pl.tier_id = per.tier_id
            where per.p_to >= per.p_from and (pl.style is null or (pl.style = p.style and not p.dormant))) q
          offset 0) pp
        cross join lateral generate_series(0, (pp.p_end - pp.p_from) / pp.gap) as n
        offset 0) g
      offset 0) k
    where k.raw_day between k.p_from and k.p_end
    offset 0) s
  offset 0) o
join demo_tpl t on t.grp = case o.outcome when 'NO_ANSWER' then 'NO_ANSWER' when 'COMPLAINT' then 'COMPLAINT' else o.grp end`;

/** Call-backs (回访) by the branch manager 2-5 days after a complaint, unless the client has gone quiet by then. */
export const COMPLAINT_CALL_BACK_SQL = `
insert into service_log (id, client_id, adviser_id, occurred_at, channel, kind, offering_id, summary, outcome, sentiment, created_at)
select ${uuidFrom(`c.h`)}, c.client_id, c.manager_id, c.occurred_at, 'PHONE', 'CALL_BACK', null,
  t.bodies[1 + floor(${u16('c.h', 9)} * cardinality(t.bodies))::int],
  case when ${u16('c.h', 13)} < 0.7 then 'RESOLVED' else 'INFORMED' end,
  case when ${u16('c.h', 17)} < 0.5 then 'POSITIVE' else 'NEUTRAL' end,
  c.occurred_at
from (
  select b.*, (b.day + time '10:00' + make_interval(mins => floor(${u16('b.h', 5)} * 420)::int)) at time zone 'Asia/Shanghai' as occurred_at
  from (
    select l.client_id, p.manager_id, p.contact_end, a.h,
      ${weekdayOnOrAfter(`(l.occurred_at at time zone 'Asia/Shanghai')::date + 2 + floor(${u16('a.h', 1)} * 4)::int`)} as day
    from service_log l
    join demo_param p on p.client_id = l.client_id
    cross join lateral (select md5($1::text || ':cb:' || l.id::text) as h) a
    where l.outcome = 'COMPLAINT' and l.kind <> 'CALL_BACK'
    offset 0) b
  where b.day <= least(b.contact_end, $2::date - 1) and ${u16('b.h', 29)} < 0.8
  offset 0) c
join demo_tpl t on t.grp = 'COMPLAINT_CALL_BACK'`;

/** One follow-up per log with a follow-up date: OPEN when due within the last week or later, else DONE. */
export const FOLLOW_UP_SQL = `
insert into follow_up (id, client_id, service_log_id, adviser_id, due_on, status, closed_at, created_at)
select ${uuidFrom(`$1::text || ':fu:' || l.id::text`)}, l.client_id, l.id, l.adviser_id, l.follow_up_on,
  case when l.follow_up_on > $2::date - 7 then 'OPEN' else 'DONE' end,
  case when l.follow_up_on > $2::date - 7 then null else ${shanghaiAt('l.follow_up_on', '16:00')} end,
  l.occurred_at
from service_log l
where l.follow_up_on is not null`;

/**
 * Quality reviews ($3, $4, $5: findings for low, middle and high scores) by the branch
 * manager on ~4% of the advisers' logs of the last 180 days; complaints score lower.
 */
export const QUALITY_REVIEW_SQL = `
insert into quality_review (id, client_id, service_log_id, reviewer_id, score, findings, created_at)
select ${uuidFrom('r.h')}, r.client_id, r.id, r.manager_id, r.score,
  f.pool[1 + floor(${u16('r.h', 5)} * cardinality(f.pool))::int],
  least(r.occurred_at + make_interval(hours => 24 * (1 + floor(${u16('r.h', 9)} * 3)::int)), ${shanghaiAt('$2::date', '18:00')})
from (
  select q.*, case when q.outcome = 'COMPLAINT' then 45 + floor(${u16('q.h', 13)} * 30)::int
                   else 65 + floor(${u16('q.h', 13)} * 36)::int end as score
  from (
    select l.id, l.client_id, l.occurred_at, l.outcome, p.manager_id, md5($1::text || ':qr:' || l.id::text) as h
    from service_log l join demo_param p on p.client_id = l.client_id
    where l.kind <> 'CALL_BACK' and l.occurred_at >= ${shanghaiAt(`$2::date - 180`, '00:00')}
    offset 0) q
  where ${u16('q.h', 1)} < 0.04) r
cross join lateral (select case when r.score < 70 then $3::text[] when r.score < 85 then $4::text[] else $5::text[] end as pool) f`;

/**
 * EARN_ASSETS points: one point per ¥10,000 of a complete month's average daily assets,
 * booked at 22:00 on the month's last day (months ending before asOf only).
 */
export const POINTS_EARN_SQL = `
insert into points_entry (id, client_id, occurred_at, delta, kind, period, note)
select ${uuidFrom(`$1::text || ':pe:' || m.client_id::text || ':' || m.mon::text`)}, m.client_id,
  ${shanghaiAt(`(m.mon + interval '1 month - 1 day')::date`, '22:00')}, m.pts, 'EARN_ASSETS', to_char(m.mon, 'YYYY-MM'), '日均资产积分'
from (
  select s.client_id, date_trunc('month', sd.seg_from::timestamp)::date as mon, floor(sum(s.assets) / sum(s.n) / 10000)::int as pts
  from demo_seg s join demo_segdef sd on sd.seg = s.seg
  group by s.client_id, date_trunc('month', sd.seg_from::timestamp)
) m
where m.pts > 0 and m.mon >= ${START} and (m.mon + interval '1 month - 1 day')::date < $2::date`;

/**
 * REDEEM: ~5% of clients with points spend them once, three days after one of their
 * monthly earnings, on the dearest redeemable offering their balance then covers; as it
 * is their only spend and comes after the earnings it uses, no balance goes below zero.
 */
export const POINTS_REDEEM_SQL = `
insert into points_entry (id, client_id, occurred_at, delta, kind, offering_id, note)
select ${uuidFrom(`$1::text || ':pr:' || e.client_id::text`)}, e.client_id, e.occurred_at + interval '60 hours',
  -o.points_cost, 'REDEEM', o.id, '积分兑换：' || o.name_zh
from (
  select client_id, occurred_at,
    sum(delta) over (partition by client_id order by occurred_at) as balance,
    row_number() over (partition by client_id order by occurred_at) as rn,
    count(*) over (partition by client_id) as cnt,
    md5($1::text || ':pr:' || client_id::text) as h
  from points_entry where kind = 'EARN_ASSETS'
) e
cross join lateral (
  select id, points_cost, name_zh from service_offering
  where points_cost is not null and points_cost <= e.balance order by points_cost desc limit 1) o
where ${u16('e.h', 1)} < 0.05 and e.rn = 1 + floor(${u16('e.h', 5)} * e.cnt)::int
  and e.occurred_at + interval '60 hours' < ${shanghaiAt('$2::date', '00:00')}`;
