/**
 * Set-based SQL of the points ledger. The earning statements take the same parameters, in
 * order: period start (YYYY-MM-01), period text (YYYY-MM), staff id, policy id. Each writes
 * one entry per client for one kind and period; `on conflict … do nothing` on
 * points_entry_period_idx makes a second run of a period write nothing. Zero-point rows are
 * skipped (the ledger refuses a zero delta). Closed and transferred-out clients earn nothing:
 * they can no longer spend points.
 */

// the month as a half-open day range [d0, d1) and its length in days
const PERIOD = `with p as (select ?::date as d0, (?::date + interval '1 month')::date as d1)`;
const INSERT = 'insert into points_entry (client_id, delta, kind, period, note, created_by)';
const ON_CONFLICT = 'on conflict (client_id, kind, period) where period is not null do nothing';
const EARNING_CLIENT = `c.status in ('ACTIVE', 'DORMANT')`;

/** Per 10k CNY of the month's average daily assets: sum of total_assets over the month / days in the month (a day without a row counts as 0). */
export const EARN_ASSETS_SQL = `${PERIOD}
${INSERT}
select e.client_id, e.points, 'EARN_ASSETS', ?, format('Average daily assets %s CNY over %s days', e.avg_assets, e.days), ?
  from (
    select m.client_id, round(m.avg_assets, 2) as avg_assets, m.days,
           (floor(m.avg_assets / 10000) * r.per_10k_avg_assets)::int as points
      from (select dm.client_id, sum(dm.total_assets) / (p.d1 - p.d0) as avg_assets, p.d1 - p.d0 as days
              from daily_metric dm cross join p
             where dm.day >= p.d0 and dm.day < p.d1
             group by dm.client_id, p.d0, p.d1) m
      join client c on c.id = m.client_id and ${EARNING_CLIENT}
      join points_rule r on r.policy_id = ?
  ) e
 where e.points > 0
${ON_CONFLICT}`;

/** Per whole 100 CNY of the month's commission. */
export const EARN_COMMISSION_SQL = `${PERIOD}
${INSERT}
select e.client_id, e.points, 'EARN_COMMISSION', ?, format('Commission %s CNY', e.commission), ?
  from (
    select m.client_id, m.commission, (floor(m.commission / 100) * r.per_100_commission)::int as points
      from (select dm.client_id, sum(dm.commission) as commission
              from daily_metric dm cross join p
             where dm.day >= p.d0 and dm.day < p.d1
             group by dm.client_id) m
      join client c on c.id = m.client_id and ${EARNING_CLIENT}
      join points_rule r on r.policy_id = ?
  ) e
 where e.points > 0
${ON_CONFLICT}`;

/**
 * Tenure: awarded once a year, in the month of the account's opening anniversary, as
 * per_tenure_year × whole years completed at that anniversary (the 3rd anniversary earns 3×).
 * Longer-standing clients thus earn more each year, which is what a loyalty scheme rewards;
 * a monthly award would pay the same client twelve times for one year of tenure.
 */
export const EARN_TENURE_SQL = `${PERIOD}
${INSERT}
select e.id, e.points, 'EARN_TENURE', ?, format('%s years since opening on %s', e.years, e.opened_on), ?
  from (
    select c.id, c.opened_on, y.years, (y.years * r.per_tenure_year)::int as points
      from client c cross join p
      cross join lateral (select (extract(year from p.d0) - extract(year from c.opened_on))::int as years) y
      join points_rule r on r.policy_id = ?
     where ${EARNING_CLIENT} and extract(month from c.opened_on) = extract(month from p.d0) and c.opened_on < p.d0
  ) e
 where e.points > 0
${ON_CONFLICT}`;

/** Per referral whose referred_on falls in the month, to the referrer. */
export const EARN_REFERRAL_SQL = `${PERIOD}
${INSERT}
select e.client_id, e.points, 'EARN_REFERRAL', ?, format('%s referral(s)', e.referrals), ?
  from (
    select m.client_id, m.referrals, (m.referrals * r.per_referral)::int as points
      from (select cr.referrer_client_id as client_id, count(*)::int as referrals
              from client_referral cr cross join p
             where cr.referred_on >= p.d0 and cr.referred_on < p.d1
             group by cr.referrer_client_id) m
      join client c on c.id = m.client_id and ${EARNING_CLIENT}
      join points_rule r on r.policy_id = ?
  ) e
 where e.points > 0
${ON_CONFLICT}`;

export const EARNING_STATEMENTS = [EARN_ASSETS_SQL, EARN_COMMISSION_SQL, EARN_TENURE_SQL, EARN_REFERRAL_SQL] as const;

/**
 * Takes the client's row lock: redemptions of one client serialise on it. It must be its own
 * statement: in READ COMMITTED a statement that waited for a lock still reads with the
 * snapshot it started with, so a balance summed in the same statement could miss the entry
 * the previous lock holder just committed. The balance is read by the next statement.
 */
export const LOCK_CLIENT_SQL = 'select id from client where id = ? for update';

export const BALANCE_SQL = 'select coalesce(sum(delta), 0)::int as balance from points_entry where client_id = ?';

export const ENTRY_COLUMNS = 'id, client_id, occurred_at, delta, kind, period, offering_id, note';

export const INSERT_REDEMPTION_SQL = `insert into points_entry (client_id, delta, kind, offering_id, note, created_by, idempotency_key)
values (?, ?, 'REDEEM', ?, ?, ?, ?)
returning ${ENTRY_COLUMNS}`;

export const ENTRY_BY_KEY_SQL = `select ${ENTRY_COLUMNS} from points_entry where client_id = ? and idempotency_key = ?`;

/** Balances of a set of clients; clients without entries have no row (balance 0). */
export const BALANCES_SQL = `select client_id, coalesce(sum(delta), 0)::int as balance
  from points_entry where client_id in (?) group by client_id`;

/** The latest `limit` entries of each client, newest first. */
export const HISTORY_SQL = `select ${ENTRY_COLUMNS} from (
    select e.*, row_number() over (partition by e.client_id order by e.occurred_at desc, e.id desc) as n
      from points_entry e where e.client_id in (?)
  ) ranked
 where n <= ? order by client_id, occurred_at desc, id desc`;
