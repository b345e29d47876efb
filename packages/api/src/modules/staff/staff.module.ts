import type { FeatureModule } from '../../shared/feature-module.js';
import { byIdLoader } from '../../shared/loaders.js';
import { Staff } from './staff.entity.js';
import { StaffType } from './staff.type.js';
import { StaffResolver } from './staff.resolver.js';

export const staffModule = {
  name: 'staff',
  resolvers: [StaffResolver],
  entities: [Staff],
  loaders: (em) => ({ staff: byIdLoader(em, Staff, StaffType.from, 'Staff') }),
} satisfies FeatureModule;
