import type { FeatureModule } from '../../shared/feature-module.js';
import { Client } from './client.entity.js';
import { ClientResolver } from './client.resolver.js';
import { clientLoaders } from './client.loaders.js';

export const clientsModule = {
  name: 'clients',
  resolvers: [ClientResolver],
  entities: [Client],
  loaders: clientLoaders,
} satisfies FeatureModule;
