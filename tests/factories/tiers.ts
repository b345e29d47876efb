import type pg from 'pg';

/** The id of a tier (by code) of the active policy. */
export async function activeTierId(db: pg.Client, code: string): Promise<string> {
  const r = await db.query(
    "select t.id from tier t join tier_policy p on p.id = t.policy_id where p.status = 'ACTIVE' and t.code = $1", [code]);
  if (!r.rows[0]) throw new Error(`no active tier ${code}`);
  return r.rows[0].id;
}

/** `days` days of daily metrics ending on `lastDay` with constant total assets and daily commission. */
export async function giveMetrics(db: pg.Client, clientId: string, opts: { assets: string; commission?: string; days: number; lastDay: string }) {
  await db.query('select crm_ensure_metric_partitions($1::date - $2::int, $1::date)', [opts.lastDay, opts.days]);
  await db.query(
    `insert into daily_metric (client_id, day, total_assets, cash, market_value, commission)
     select $1, d::date, $2::numeric, 0, $2::numeric, $3::numeric
       from generate_series($4::date - ($5::int - 1), $4::date, interval '1 day') d
     on conflict (client_id, day) do update set total_assets = excluded.total_assets, market_value = excluded.market_value, commission = excluded.commission`,
    [clientId, opts.assets, opts.commission ?? '0', opts.lastDay, opts.days],
  );
}
