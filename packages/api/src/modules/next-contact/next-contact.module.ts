import type { FeatureModule } from '../../shared/feature-module.js';
import { ClientNextContactResolver, NextBestContactResolver } from './next-contact.resolver.js';
import { nextContactLoaders } from './next-contact.loaders.js';

export const nextContactModule = {
  name: 'next-contact',
  resolvers: [ClientNextContactResolver, NextBestContactResolver],
  entities: [],
  loaders: nextContactLoaders,
} satisfies FeatureModule;
