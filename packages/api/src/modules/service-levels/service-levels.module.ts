import type { FeatureModule } from '../../shared/feature-module.js';
import { ClientServiceLevelsResolver, ServiceLevelResolver } from './service-levels.resolver.js';
import { serviceLevelLoaders } from './service-levels.loaders.js';

export const serviceLevelsModule = {
  name: 'service-levels',
  resolvers: [ServiceLevelResolver, ClientServiceLevelsResolver],
  entities: [],
  loaders: serviceLevelLoaders,
} satisfies FeatureModule;
