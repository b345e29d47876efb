import type { FeatureModule } from '../../shared/feature-module.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthSession } from './auth-session.entity.js';

export const authModule = {
  name: 'auth',
  resolvers: [AuthResolver],
  entities: [AuthSession],
} satisfies FeatureModule;
