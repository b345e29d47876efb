import type { FeatureModule } from '../../shared/feature-module.js';
import { sqlByIdLoader } from '../../shared/loaders.js';
import { ServiceOffering } from './service-offering.entity.js';
import { ServiceOfferingType } from './service-offering.type.js';
import { TierEntitlement } from './tier-entitlement.entity.js';
import { CatalogueResolver } from './catalogue.resolver.js';

export const catalogueModule = {
  name: 'catalogue',
  resolvers: [CatalogueResolver],
  entities: [ServiceOffering, TierEntitlement],
  loaders: (em) => ({
    offering: sqlByIdLoader(
      em,
      'select id, code, name_zh, name_en, category, channel, points_cost from service_offering where id in (?)',
      ServiceOfferingType.fromRow,
      'Service offering',
    ),
  }),
} satisfies FeatureModule;
