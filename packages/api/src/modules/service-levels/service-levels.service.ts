import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../shared/sql.js';
import { businessDay } from '../../shared/time.js';
import type { Viewer } from '../auth/viewer.js';
import type { ClientType } from '../clients/client.type.js';
import { clientsInScope } from '../clients/client-scope.js';
import { clientScopeOf, scopeSql } from '../auth/access/client-scope.js';
import { SERVICE_LEVELS_SQL, worklistParams, worklistSql, type ServiceLevelRow, type WorklistRow } from './service-levels.sql.js';
import { decodeWorklistCursor, encodeWorklistCursor } from './worklist-cursor.js';
import { toFollowUp } from '../service-logs/follow-up.type.js';
import { toServiceLevel, type ServiceLevelType, type WorklistConnection, type WorklistItemType } from './service-level.type.js';
import type { WorklistArgs } from './dto/worklist.args.js';

/** Service levels of a set of clients as of a day: one statement, whatever the number of clients. */
export async function serviceLevelsOf(em: EntityManager, clientIds: readonly string[], asOf: string): Promise<ServiceLevelType[]> {
  const rows = await query<ServiceLevelRow>(em, SERVICE_LEVELS_SQL, [asOf, [...clientIds]], { prepare: true });
  return rows.map(toServiceLevel);
}

function toWorklistItem(r: WorklistRow, client: ClientType): WorklistItemType {
  const common = { client, dueOn: r.due_on, status: r.status, daysOverdue: r.days_overdue };
  if (r.kind === 'ENTITLEMENT') return { ...common, kind: 'ENTITLEMENT', serviceLevel: toServiceLevel(r), followUp: null };
  const followUp = toFollowUp({
    id: r.follow_up_id!, client_id: r.client_id, adviser_id: r.follow_up_adviser_id!, service_log_id: r.service_log_id!,
    completed_by_log_id: null, due_on: r.due_on, status: 'OPEN', created_at: r.follow_up_created_at!, closed_at: null,
  });
  return { ...common, kind: 'FOLLOW_UP', serviceLevel: null, followUp };
}

/**
 * The viewer's due and overdue entitled services and open follow-ups, most valuable clients
 * first, paged by keyset (each edge's cursor is its item's key: worklist-cursor.ts), read from
 * the worklist_item read model. Two statements whatever the page size or depth: the worklist
 * (with its total) and the page's clients (plain rows, primed into the request's access check).
 */
export async function worklist(em: EntityManager, viewer: Viewer, args: WorklistArgs, primeAccess?: (clientId: string) => void): Promise<WorklistConnection> {
  const after = decodeWorklistCursor(args.after);
  // worklist_item carries the client's adviser_id and branch_id, so the client scope applies to it
  // as is; a branch's or everyone's total comes from the per-branch daily counts
  const clientScope = clientScopeOf(viewer);
  const scope = scopeSql(clientScope, 'w');
  const counted = clientScope.kind === 'BRANCH' || clientScope.kind === 'ALL' ? scopeSql(clientScope, 'k') : null;
  const rows = await query<WorklistRow>(
    em, worklistSql(scope.sql, counted?.sql ?? null),
    worklistParams(args.asOf ?? businessDay(), scope.params, counted?.params ?? scope.params, args.first + 1, after),
  );
  const total = rows[0]?.total ?? 0;
  const items = rows.filter((r) => r.client_id !== null);
  const page = items.slice(0, args.first);
  const ids = [...new Set(page.map((r) => r.client_id))];
  const byId = new Map((await clientsInScope(em, viewer, ids)).map((c) => [c.id, c]));
  // every client on the page came through the scope: the loaders of its fields need not ask again
  for (const id of byId.keys()) primeAccess?.(id);
  const edges = page.map((r) => ({
    node: toWorklistItem(r, byId.get(r.client_id)!),
    cursor: encodeWorklistCursor({ assetsKey: r.assets_key!, dueOn: r.due_on, clientId: r.client_id, kind: r.kind, tiebreak: r.tiebreak! }),
  }));
  return {
    totalCount: total,
    edges,
    pageInfo: {
      hasNextPage: items.length > args.first,
      // forward paging only; a cursor means there were items before it
      hasPreviousPage: args.after !== undefined && args.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
