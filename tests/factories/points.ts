import type pg from 'pg';

export interface PointsRuleValues { per10kAvgAssets: number; per100Commission: number; perTenureYear: number; perReferral: number }

/** Sets the active policy's points rule (overriding the demo scheme). */
export async function setPointsRule(db: pg.Client, r: PointsRuleValues) {
  await db.query(
    `insert into points_rule (policy_id, per_10k_avg_assets, per_100_commission, per_tenure_year, per_referral)
     select id, $1, $2, $3, $4 from tier_policy where status = 'ACTIVE'
     on conflict (policy_id) do update set per_10k_avg_assets = excluded.per_10k_avg_assets,
       per_100_commission = excluded.per_100_commission, per_tenure_year = excluded.per_tenure_year, per_referral = excluded.per_referral`,
    [r.per10kAvgAssets, r.per100Commission, r.perTenureYear, r.perReferral],
  );
}

/** A manual ADJUST entry: gives a client `delta` points. */
export async function givePoints(db: pg.Client, clientId: string, delta: number) {
  await db.query("insert into points_entry (client_id, delta, kind, note) values ($1, $2, 'ADJUST', 'test grant')", [clientId, delta]);
}

export async function newReferral(db: pg.Client, referrerId: string, referredId: string, referredOn: string) {
  await db.query('insert into client_referral (referrer_client_id, referred_client_id, referred_on) values ($1, $2, $3)', [referrerId, referredId, referredOn]);
}

/** One day of metrics for a client. */
export async function newMetricDay(db: pg.Client, clientId: string, day: string, totalAssets: string, commission = '0') {
  // the month's own partition: rows parked in the default one would block creating it later
  await db.query('select crm_ensure_metric_partitions($1::date, $1::date)', [day]);
  await db.query(
    `insert into daily_metric (client_id, day, total_assets, cash, market_value, commission)
     values ($1, $2, $3::numeric, 0, $3::numeric, $4::numeric)`,
    [clientId, day, totalAssets, commission],
  );
}

/** The id of an offering by catalogue code. */
export async function offeringId(db: pg.Client, code: string): Promise<string> {
  const r = await db.query('select id from service_offering where code = $1', [code]);
  if (!r.rows[0]) throw new Error(`no offering ${code}`);
  return r.rows[0].id;
}
