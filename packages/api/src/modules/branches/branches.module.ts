import type { FeatureModule } from '../../shared/feature-module.js';
import { sqlByIdLoader } from '../../shared/loaders.js';
import { Branch } from './branch.entity.js';
import { BranchType } from './branch.type.js';

// no resolver of its own: branches are reached through staff and clients
export const branchesModule = {
  name: 'branches',
  resolvers: [],
  entities: [Branch],
  loaders: (em) => ({ branch: sqlByIdLoader(em, 'select id, code, name, city from branch where id in (?)', BranchType.fromRow, 'Branch') }),
} satisfies FeatureModule;
