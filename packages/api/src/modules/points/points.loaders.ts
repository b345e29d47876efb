import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { clientListLoader, scopedBatch, type ClientAccess } from '../auth/access/client-access.js';
import { query } from '../../shared/sql.js';
import { toPointsEntry, type PointsEntryRow, type PointsEntryType } from './points.type.js';
import { BALANCES_SQL, HISTORY_SQL } from './points.sql.js';

/** Per-request loaders of clients' points: one statement for all the clients asked, after the scope check. */
export function pointsLoaders(em: EntityManager, access: ClientAccess) {
  return {
    /** Sum of the ledger per client; 0 for a client with no entries. */
    pointsBalance: new DataLoader<string, number>(scopedBatch(access, (id) => id, async (ids) => {
      const rows = await query<{ client_id: string; balance: number }>(em, BALANCES_SQL, [[...ids]], { prepare: true });
      const byId = new Map(rows.map((r) => [r.client_id, r.balance]));
      return ids.map((id) => byId.get(id) ?? 0);
    })),

    /** The latest `limit` ledger entries of each client, newest first. */
    pointsHistory: clientListLoader<{ clientId: string; limit: number }, PointsEntryType>(
      access,
      async (keys) => {
        const limit = Math.max(...keys.map((k) => k.limit));
        const rows = await query<PointsEntryRow>(em, HISTORY_SQL, [keys.map((k) => k.clientId), limit], { prepare: true });
        return rows.map(toPointsEntry);
      },
      (r) => r.clientId,
      (k) => k.clientId,
      (k) => `${k.clientId}:${k.limit}`,
    ),
  };
}
