import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../shared/sql.js';
import { connectionOf, decodeCursor } from '../../shared/pagination.js';
import { Client } from '../clients/client.entity.js';
import { ClientType } from '../clients/client.type.js';
import { Tier } from './tier.entity.js';
import type { TierPolicy } from './tier-policy.entity.js';
import { scoredCtes, type PolicyForSql } from './tier-review.sql.js';
import { ClientMoveType, MigrationCellType, TierSimulationType, TierTotalsType } from './tier-simulation.type.js';

export async function policyForSql(em: EntityManager, policy: TierPolicy): Promise<PolicyForSql> {
  const tiers = await em.find(Tier, { policy: policy.id }, { orderBy: { rank: 'asc' } });
  return {
    id: policy.id, matchRule: policy.matchRule, windowDays: policy.windowDays, downgradeAfter: policy.downgradeAfter,
    tiers: tiers.map((t) => ({ id: t.id, rank: t.rank, minAvgAssets: t.minAvgAssets, minCommission12m: t.minCommission12m, minPoints: t.minPoints })),
  };
}

const tierIdOfRank = (p: PolicyForSql, rank: number) => p.tiers.find((t) => t.rank === rank)?.id ?? p.tiers[0]!.id;

/**
 * The matrix and the before/after totals in ONE pass (grouping sets over the scored
 * clients); nothing is written.
 */
export async function simulate(em: EntityManager, policy: PolicyForSql, asOf: string): Promise<TierSimulationType> {
  const scored = scoredCtes(policy, asOf);
  const rows = await query<{ from_tier_id: string | null; rank: number | null; g_from: number; g_rank: number; n: string; assets: string; revenue: string }>(
    em,
    `with ${scored.text}
     select current_tier_id as from_tier_id, qualified_rank as rank,
            grouping(current_tier_id) as g_from, grouping(qualified_rank) as g_rank,
            count(*) as n, sum(latest_assets)::numeric(22,2)::text as assets, sum(revenue_12m)::numeric(22,2)::text as revenue
       from scored
      group by grouping sets ((current_tier_id, qualified_rank), (current_tier_id), (qualified_rank), ())`,
    scored.params,
  );
  const sim = new TierSimulationType();
  sim.asOf = asOf;
  sim.policyId = policy.id;
  sim.matrix = [];
  sim.before = [];
  sim.after = [];
  sim.clientsReviewed = 0;
  for (const r of rows) {
    const clients = Number(r.n);
    if (r.g_from === 0 && r.g_rank === 0) {
      sim.matrix.push(Object.assign(new MigrationCellType(), { clients, assets: r.assets, fromTierId: r.from_tier_id, toTierId: tierIdOfRank(policy, r.rank!) }));
    } else if (r.g_from === 0) {
      sim.before.push(Object.assign(new TierTotalsType(), { clients, assets: r.assets, revenue12m: r.revenue, tierId: r.from_tier_id }));
    } else if (r.g_rank === 0) {
      sim.after.push(Object.assign(new TierTotalsType(), { clients, assets: r.assets, revenue12m: r.revenue, tierId: tierIdOfRank(policy, r.rank!) }));
    } else {
      sim.clientsReviewed = clients;
    }
  }
  return sim;
}

/** The clients whose tier rank the policy would change, largest assets first, paged. */
export async function movers(em: EntityManager, policy: PolicyForSql, asOf: string, first: number, after: string | undefined) {
  const offset = decodeCursor(after);
  const scored = scoredCtes(policy, asOf);
  const rows = await query<{ client_id: string; from_tier_id: string | null; rank: number; avg_assets: string; commission_12m: string; points: number; total: string }>(
    em,
    `with ${scored.text}
     select s.client_id, s.current_tier_id as from_tier_id, s.qualified_rank as rank, s.avg_assets::text as avg_assets,
            s.commission_12m::text as commission_12m, s.points, count(*) over () as total
       from scored s left join tier cur on cur.id = s.current_tier_id
      where cur.rank is distinct from s.qualified_rank
      order by s.latest_assets desc, s.client_id
      limit ? offset ?`,
    [...scored.params, first + 1, offset],
  );
  const clients = new Map((await em.find(Client, { id: { $in: rows.map((r) => r.client_id) } })).map((c) => [c.id, ClientType.from(c)]));
  const nodes = rows.map((r) => Object.assign(new ClientMoveType(), {
    client: clients.get(r.client_id)!, avgAssets: r.avg_assets, commission12m: r.commission_12m, points: r.points,
    fromTierId: r.from_tier_id, toTierId: tierIdOfRank(policy, r.rank),
  }));
  // past the last page there is no row to read the total from
  const total = rows[0] ? Number(rows[0].total) : offset;
  return connectionOf(nodes, offset, first, total);
}
