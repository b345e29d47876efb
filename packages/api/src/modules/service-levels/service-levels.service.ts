import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../shared/sql.js';
import { businessDay } from '../../shared/time.js';
import { connectionOf, decodeCursor } from '../../shared/pagination.js';
import type { Viewer } from '../auth/viewer.js';
import { Client } from '../clients/client.entity.js';
import { ClientType } from '../clients/client.type.js';
import { clientScopeOf, scopeFilter } from '../auth/access/client-scope.js';
import { SERVICE_LEVELS_SQL, scopeCondition, worklistSql, type ServiceLevelRow } from './service-levels.sql.js';
import { toServiceLevel, type ServiceLevelType, type WorklistConnection, type WorklistItemType } from './service-level.type.js';
import type { WorklistArgs } from './dto/worklist.args.js';

/** Service levels of a set of clients as of a day: one statement, whatever the number of clients. */
export async function serviceLevelsOf(em: EntityManager, clientIds: readonly string[], asOf: string): Promise<ServiceLevelType[]> {
  const rows = await query<ServiceLevelRow>(em, SERVICE_LEVELS_SQL, [asOf, [...clientIds]]);
  return rows.map(toServiceLevel);
}

/**
 * The viewer's due and overdue entitled services, most valuable clients first, paged. Two
 * statements whatever the page size: the worklist (with its total) and the page's clients.
 */
export async function worklist(em: EntityManager, viewer: Viewer, args: WorklistArgs): Promise<WorklistConnection> {
  const offset = decodeCursor(args.after);
  const scope = scopeCondition(viewer);
  const rows = await query<ServiceLevelRow & { total: number }>(
    em, worklistSql(scope.sql), [args.asOf ?? businessDay(), ...scope.params, args.first + 1, offset],
  );
  const total = rows[0]?.total ?? 0;
  const items = rows.filter((r) => r.client_id !== null);
  const ids = [...new Set(items.map((r) => r.client_id))];
  const clients = ids.length ? await em.find(Client, { $and: [{ id: { $in: ids } }, scopeFilter(clientScopeOf(viewer))] }) : [];
  const byId = new Map(clients.map((c) => [c.id, ClientType.from(c)]));
  const nodes: WorklistItemType[] = items.map((r) => ({ client: byId.get(r.client_id)!, serviceLevel: toServiceLevel(r) }));
  return connectionOf(nodes, offset, args.first, total);
}
