import type { FeatureModule } from '../../shared/feature-module.js';
import { sqlByIdLoader } from '../../shared/loaders.js';
import { Tier } from './tier.entity.js';
import { TierPolicy } from './tier-policy.entity.js';
import { TierType } from './tier.type.js';
import { tierLoaders } from './tier.loaders.js';
import { TierResolver } from './tier.resolver.js';
import { TierChangeResolver } from './tier-change.resolver.js';
import { TierEntitlementResolver, TierPolicyResolver } from './tier-policy.resolver.js';
import { TierReviewResolver } from './tier-review.resolver.js';
import { ClientMoveResolver, MigrationCellResolver, TierSimulationResolver, TierTotalsResolver } from './tier-simulation.resolver.js';
import { TierOverrideResolver } from './tier-override.resolver.js';

// tier_change (the history) is written and read by SQL only (tier-review.sql.ts, client.loaders.ts)
export const tiersModule = {
  name: 'tiers',
  resolvers: [
    TierResolver, TierChangeResolver, TierPolicyResolver, TierEntitlementResolver, TierReviewResolver,
    TierSimulationResolver, MigrationCellResolver, TierTotalsResolver, ClientMoveResolver, TierOverrideResolver,
  ],
  entities: [TierPolicy, Tier],
  loaders: (em, access) => ({
    tier: sqlByIdLoader(
      em,
      'select id, code, rank, name_zh, name_en, min_avg_assets, min_commission_12m, min_points, policy_id from tier where id in (?)',
      TierType.fromRow,
      'Tier',
    ),
    ...tierLoaders(em, access),
  }),
} satisfies FeatureModule;
