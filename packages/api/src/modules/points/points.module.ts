import type { FeatureModule } from '../../shared/feature-module.js';
import { PointsRule } from './points-rule.entity.js';
import { PointsRun } from './points-run.entity.js';
import { ClientPointsFieldResolver, ClientPointsResolver, PointsResolver } from './points.resolver.js';
import { pointsLoaders } from './points.loaders.js';

// the ledger (points_entry) and referrals are written and read by SQL only (points.sql.ts)
export const pointsModule = {
  name: 'points',
  resolvers: [PointsResolver, ClientPointsResolver, ClientPointsFieldResolver],
  entities: [PointsRule, PointsRun],
  loaders: pointsLoaders,
} satisfies FeatureModule;
