import type { FeatureModule } from '../../shared/feature-module.js';
import { sqlByIdLoader } from '../../shared/loaders.js';
import { Staff } from './staff.entity.js';
import { StaffType } from './staff.type.js';
import { StaffResolver } from './staff.resolver.js';

export const staffModule = {
  name: 'staff',
  resolvers: [StaffResolver],
  entities: [Staff],
  // names and roles only: never the password hash
  loaders: (em) => ({ staff: sqlByIdLoader(em, 'select id, name, email, role, branch_id from staff where id in (?)', StaffType.fromRow, 'Staff') }),
} satisfies FeatureModule;
