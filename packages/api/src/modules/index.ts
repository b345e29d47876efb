import { authModule } from './auth/auth.module.js';
import { branchesModule } from './branches/branches.module.js';
import { staffModule } from './staff/staff.module.js';
import { catalogueModule } from './catalogue/catalogue.module.js';
import { clientsModule } from './clients/clients.module.js';
import { tiersModule } from './tiers/tiers.module.js';
import { serviceLogsModule } from './service-logs/service-logs.module.js';
import { pointsModule } from './points/points.module.js';
import { serviceLevelsModule } from './service-levels/service-levels.module.js';
import { nextContactModule } from './next-contact/next-contact.module.js';

/**
 * Every feature of the CRM, once. The schema (schema.ts), the ORM (db/orm.ts) and the
 * request context's loaders (context.ts) collect from this list; a new feature adds one line.
 */
export const FEATURES = [
  authModule, branchesModule, staffModule, catalogueModule, clientsModule, tiersModule,
  serviceLogsModule, pointsModule, serviceLevelsModule, nextContactModule,
] as const;
