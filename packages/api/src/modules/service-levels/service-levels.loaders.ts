import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ServiceLevelType } from './service-level.type.js';
import { serviceLevelsOf } from './service-levels.service.js';
import { scopedBatch, type ClientAccess } from '../auth/access/client-access.js';

export interface ServiceLevelKey { clientId: string; asOf: string }

/**
 * Per-request loader of clients' service levels: one statement per distinct as-of day among
 * the keys of a tick (in practice one, as a page asks for one day).
 */
export function serviceLevelLoaders(em: EntityManager, access: ClientAccess) {
  return {
    serviceLevels: new DataLoader<ServiceLevelKey, ServiceLevelType[], string>(
      scopedBatch(access, (k) => k.clientId, async (keys) => {
        const days = [...new Set(keys.map((k) => k.asOf))];
        const byKey = new Map<string, ServiceLevelType[]>();
        for (const day of days) {
          const ids = keys.filter((k) => k.asOf === day).map((k) => k.clientId);
          for (const level of await serviceLevelsOf(em, ids, day)) {
            const key = `${level.clientId}:${day}`;
            const list = byKey.get(key);
            if (list) list.push(level);
            else byKey.set(key, [level]);
          }
        }
        return keys.map((k) => byKey.get(`${k.clientId}:${k.asOf}`) ?? []);
      }),
      { cacheKeyFn: (k) => `${k.clientId}:${k.asOf}` },
    ),
  };
}
