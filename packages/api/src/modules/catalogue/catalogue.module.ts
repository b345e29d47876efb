import type { FeatureModule } from '../../shared/feature-module.js';
import { byIdLoader } from '../../shared/loaders.js';
import { ServiceOffering } from './service-offering.entity.js';
import { ServiceOfferingType } from './service-offering.type.js';
import { TierEntitlement } from './tier-entitlement.entity.js';
import { CatalogueResolver } from './catalogue.resolver.js';

export const catalogueModule = {
  name: 'catalogue',
  resolvers: [CatalogueResolver],
  entities: [ServiceOffering, TierEntitlement],
  loaders: (em) => ({ offering: byIdLoader(em, ServiceOffering, ServiceOfferingType.from, 'Service offering') }),
} satisfies FeatureModule;
