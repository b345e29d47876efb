import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader, groupedLoader } from '../../shared/loaders.js';
import { query } from '../../shared/sql.js';
import { Tier } from './tier.entity.js';
import { TierType } from './tier.type.js';
import { TierPolicy } from './tier-policy.entity.js';
import { PointsRuleType, TierEntitlementType, TierPolicyType } from './tier-policy.type.js';
import DataLoader from 'dataloader';
import { businessDay } from '../../shared/time.js';
import { scopedBatch, type ClientAccess } from '../auth/access/client-access.js';

/** Per-request loaders of the tier engine: one statement per kind, whatever the number of parents. */
export function tierLoaders(em: EntityManager, access: ClientAccess) {
  return {
    policy: byIdLoader(em, TierPolicy, TierPolicyType.from, 'Tier policy'),
    tiersOfPolicy: groupedLoader<string, TierType>(
      async (ids) => (await em.find(Tier, { policy: { $in: [...ids] } }, { orderBy: { rank: 'asc' } })).map(TierType.from),
      (t) => t.policyId,
      (id) => id,
    ),
    entitlementsOfPolicy: groupedLoader<string, TierEntitlementType & { policyId: string }>(
      async (ids) =>
        query<TierEntitlementType & { policyId: string }>(em,
          `select t.policy_id as "policyId", e.tier_id as "tierId", e.offering_id as "offeringId", e.every_days as "everyDays"
             from tier_entitlement e join tier t on t.id = e.tier_id join service_offering o on o.id = e.offering_id
            where t.policy_id in (?) order by t.rank desc, o.code`, [ids], { prepare: true }),
      (e) => e.policyId,
      (id) => id,
    ),
    pointsRule: new DataLoader<string, PointsRuleType>(async (ids) => {
      const rows = await query<PointsRuleType & { policyId: string }>(em,
        `select policy_id as "policyId", per_10k_avg_assets as "per10kAvgAssets", per_100_commission as "per100Commission",
                per_tenure_year as "perTenureYear", per_referral as "perReferral"
           from points_rule where policy_id in (?)`, [ids], { prepare: true });
      const byId = new Map(rows.map((r) => [r.policyId, r]));
      // a policy without a row earns no points
      return ids.map((id) => Object.assign(new PointsRuleType(), byId.get(id) ?? { per10kAvgAssets: 0, per100Commission: 0, perTenureYear: 0, perReferral: 0 }));
    }),
    /** the end date of a manual override still in force, per client */
    overrideUntil: new DataLoader<string, string | null>(scopedBatch(access, (id) => id, async (ids) => {
      const rows = await query<{ client_id: string; until: string }>(em,
        'select client_id, override_until::text as until from client_tier_state where client_id in (?) and override_until >= ?::date',
        [ids, businessDay()], { prepare: true });
      const byId = new Map(rows.map((r) => [r.client_id, r.until]));
      return ids.map((id) => byId.get(id) ?? null);
    })),
  };
}
