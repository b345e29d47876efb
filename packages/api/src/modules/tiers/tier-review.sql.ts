import type { TierMatchRule } from './tier-policy.entity.js';

/** What the tier SQL needs to know of a policy. */
export interface PolicyForSql {
  id: string;
  matchRule: TierMatchRule;
  windowDays: number;
  downgradeAfter: number;
  /** lowest rank first */
  tiers: { id: string; rank: number; minAvgAssets: string; minCommission12m: string; minPoints: number }[];
}

interface Sql {
  text: string;
  params: unknown[];
}

/**
 * The highest rank whose thresholds a client meets, as a CASE over the policy's tiers
 * (few, so inlined rather than joined: one pass over the figures). The lowest tier is the
 * floor. Under ANY a zero threshold is "not set", else every client would meet it.
 */
function qualifiedRankCase(policy: PolicyForSql): Sql {
  const params: unknown[] = [];
  const whens = [...policy.tiers].reverse().slice(0, -1).map((t) => {
    const terms: string[] = [];
    const term = (expr: string, value: unknown, threshold: string | number) => {
      if (policy.matchRule === 'ANY' && Number(threshold) === 0) return;
      terms.push(expr);
      params.push(value);
    };
    // the window's SUM against threshold × days: exact, where the average rounded to cents
    // let 1,500,000.4998 pass a 1,500,000.50 threshold
    term('f.sum_assets >= ?::numeric * f.window_days', t.minAvgAssets, t.minAvgAssets);
    term('f.commission_12m >= ?::numeric', t.minCommission12m, t.minCommission12m);
    term('f.points >= ?::int', t.minPoints, t.minPoints);
    const cond = terms.length === 0 ? 'true' : terms.join(policy.matchRule === 'ALL' ? ' and ' : ' or ');
    return `when ${cond} then ${Number(t.rank)}`;
  });
  const lowest = policy.tiers[0]?.rank ?? 1;
  return { text: whens.length ? `case ${whens.join(' ')} else ${lowest} end` : `${lowest}`, params };
}

/**
 * `figures` and `scored` CTEs: per reviewable client (active or dormant) the average daily
 * assets over the policy's window (sum over the window / window days: a day without a row
 * counts as zero, as brokers compute 日均资产; compared exactly, shown rounded to cents),
 * trailing 12-month commission and revenue (commission + interest spread), the points balance,
 * and the rank the policy gives it.
 * One aggregate pass over the metric partitions of the last 365 days.
 */
export function scoredCtes(policy: PolicyForSql, asOf: string): Sql {
  const rank = qualifiedRankCase(policy);
  const text = `
    metrics as (
      select client_id,
             sum(total_assets) filter (where day > ?::date - ?::int) as sum_assets,
             sum(commission) as commission,
             sum(commission + interest_spread) as revenue
        from daily_metric
       where day > ?::date - 365 and day <= ?::date
       group by client_id
    ),
    points as (
      select client_id, sum(delta)::int as balance from points_entry group by client_id
    ),
    figures as (
      select c.id as client_id, c.current_tier_id, coalesce(c.latest_total_assets, 0) as latest_assets,
             coalesce(m.sum_assets, 0) as sum_assets, ?::int as window_days,
             -- for display only (tier_change.figures, simulation): thresholds compare sum_assets
             round(coalesce(m.sum_assets, 0) / ?::int, 2) as avg_assets,
             coalesce(m.commission, 0) as commission_12m,
             coalesce(m.revenue, 0) as revenue_12m,
             coalesce(p.balance, 0) as points
        from client c
        left join metrics m on m.client_id = c.id
        left join points p on p.client_id = c.id
       where c.status in ('ACTIVE', 'DORMANT')
    ),
    scored as (
      select f.*, ${rank.text} as qualified_rank from figures f
    )`;
  return {
    text,
    params: [asOf, policy.windowDays, asOf, asOf, policy.windowDays, policy.windowDays, ...rank.params],
  };
}

/**
 * Decides every client's tier for a review into a temp table (the clients it acts on):
 * - a client under a manual override is left alone until the override's end date;
 * - the first review after an override ends puts the client on the tier it qualifies for at
 *   once (no hysteresis: the override was the only reason it held that tier), as OVERRIDE_EXPIRED;
 * - otherwise upgrade at once, downgrade after `downgradeAfter` consecutive reviews below;
 *   a date counts once towards that, whichever policy reviewed it;
 * - the client's tier is read in this policy by its CODE (a new policy version has new tier
 *   rows with the same codes): moving onto this version's tier of the same code is a silent
 *   remap of `client.current_tier_id`, not a tier change;
 * - a date this policy already reviewed is skipped (a repeated review changes nothing).
 */
export function decideReviewSql(policy: PolicyForSql, asOf: string): Sql {
  const scored = scoredCtes(policy, asOf);
  const maxRank = Math.max(...policy.tiers.map((t) => t.rank));
  const text = `
    create temp table review_decision on commit drop as
    with ${scored.text},
    judged as (
      select s.client_id, s.current_tier_id, s.avg_assets, s.commission_12m, s.points, s.qualified_rank,
             cur.code as current_code, coalesce(same.rank, cur.rank) as current_rank,
             st.client_id is not null as had_state,
             coalesce(st.below_count, 0) as old_below,
             (st.override_until < ?::date) is true as override_expired,
             (st.last_review_on >= ?::date) is true as date_counted,
             (st.override_until >= ?::date or (st.last_review_on >= ?::date and st.last_policy_id = ?::uuid)) is true as skip
        from scored s
        left join tier cur on cur.id = s.current_tier_id
        left join tier same on same.policy_id = ?::uuid and same.code = cur.code
        left join client_tier_state st on st.client_id = s.client_id
    ),
    counted as (
      select j.*,
             case when j.current_rank is null or j.qualified_rank >= j.current_rank then 0
                  when j.date_counted then greatest(j.old_below, 1)
                  else j.old_below + 1 end as below
        from judged j
    ),
    targeted as (
      select c.*,
             least(?::int, case
               when c.current_rank is null or c.override_expired then c.qualified_rank
               when c.qualified_rank >= c.current_rank then c.qualified_rank
               when c.below >= ?::int then c.qualified_rank
               else c.current_rank end) as target_rank
        from counted c
    )
    select * from (
      select t.client_id, t.current_tier_id as from_tier_id, tt.id as to_tier_id, t.current_code as from_code, tt.code as to_code,
             t.target_rank, t.qualified_rank, t.avg_assets, t.commission_12m, t.points, t.skip, t.had_state, t.old_below,
             case when t.override_expired then 'OVERRIDE_EXPIRED' else 'SCHEDULED_REVIEW' end as reason,
             case when t.target_rank < t.current_rank or t.override_expired then 0 else t.below end as new_below
        from targeted t
        join tier tt on tt.policy_id = ?::uuid and tt.rank = t.target_rank
    ) d
    -- only the clients something happens to: most of a book keeps its tier, and a narrow
    -- temp table keeps the three writes below cheap
    where not d.skip and (d.to_tier_id is distinct from d.from_tier_id or d.new_below > 0 or d.had_state)`;
  return {
    text,
    params: [...scored.params, asOf, asOf, asOf, asOf, policy.id, policy.id, maxRank, policy.downgradeAfter, policy.id],
  };
}

/**
 * Writes a TierChange, with the figures used, where the decided tier's code differs from the
 * client's: moving onto a new policy version's tier of the same code is no change of tier.
 */
export function insertChangesSql(policy: PolicyForSql, asOf: string, runId: string): Sql {
  return {
    text: `
      insert into tier_change (client_id, from_tier_id, to_tier_id, policy_id, reason, effective_on, figures, review_run_id)
      select d.client_id, d.from_tier_id, d.to_tier_id, ?::uuid, d.reason, ?::date,
             jsonb_build_object('avgAssets', d.avg_assets::text, 'commission12m', d.commission_12m::text,
                                'points', d.points, 'windowDays', ?::int, 'asOf', ?::text,
                                'qualifiedRank', d.qualified_rank, 'reviewsBelow', d.old_below),
             ?::uuid
        from review_decision d
       where not d.skip and d.to_code is distinct from d.from_code`,
    params: [policy.id, asOf, policy.windowDays, asOf, runId],
  };
}

/** The clients a review looks at (its `figures` CTE filters the same way). */
export const REVIEWABLE_COUNT_SQL = "select count(*) as n from client where status in ('ACTIVE', 'DORMANT')";

/**
 * Points each decided client at its tier row of this policy version, a tier change or a silent
 * remap onto the same code: `current_tier_id` is where the version a client is under is kept.
 */
export const UPDATE_CLIENTS_SQL = `
  update client c set current_tier_id = d.to_tier_id, updated_at = now()
    from review_decision d
   where c.id = d.client_id and not d.skip and d.to_tier_id is distinct from d.from_tier_id`;

/** Remembers the below-count (and that this date was reviewed) only where there is something to remember. */
export function upsertStateSql(policy: PolicyForSql, asOf: string): Sql {
  return {
    text: `
      insert into client_tier_state (client_id, below_count, last_review_on, last_policy_id, override_until)
      select d.client_id, d.new_below, ?::date, ?::uuid, null
        from review_decision d
       where not d.skip and (d.new_below > 0 or d.had_state)
      on conflict (client_id) do update
        set below_count = excluded.below_count, last_review_on = excluded.last_review_on,
            last_policy_id = excluded.last_policy_id, override_until = null`,
    params: [asOf, policy.id],
  };
}

/** Turns knex-style `?` placeholders into pg's `$1…$n` (the review job runs on a plain pg client). */
export function toPgPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}
