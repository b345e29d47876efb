import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../../shared/errors.js';
import type { Viewer } from '../auth/viewer.js';
import { clientScopeOf, scopeFilter, scopeSql } from '../auth/access/client-scope.js';
import { Client } from './client.entity.js';
import { isUuid } from '../../shared/ids.js';
import { query } from '../../shared/sql.js';
import { ClientType, type ClientRow } from './client.type.js';
import { CLIENT_ROW_COLUMNS } from './client-list.sql.js';

/**
 * One client within the viewer's scope. Outside it the answer is NOT_FOUND, the same as
 * for an id that does not exist, so the existence of other advisers' clients is not revealed.
 */
export async function findClientInScope(em: EntityManager, viewer: Viewer, id: string): Promise<Client> {
  if (!isUuid(id)) throw notFound('Client');
  const client = await em.findOne(Client, { $and: [{ id }, scopeFilter(clientScopeOf(viewer))] });
  if (!client) throw notFound('Client');
  return client;
}

/**
 * The same, for read paths: plain rows mapped once to the GraphQL type (no entity hydration), as
 * a prepared statement (one shape per scope kind). Ids outside the scope are simply absent.
 */
export async function clientsInScope(em: EntityManager, viewer: Viewer, ids: readonly string[]): Promise<ClientType[]> {
  const wanted = ids.filter(isUuid);
  if (wanted.length === 0) return [];
  const where = scopeSql(clientScopeOf(viewer));
  const rows = await query<ClientRow>(em, `select ${CLIENT_ROW_COLUMNS} from client c where c.id in (?) and (${where.sql})`, [wanted, ...where.params], { prepare: true });
  return rows.map(ClientType.fromRow);
}

/** One client for a read path; NOT_FOUND outside the scope, as findClientInScope. */
export async function clientInScope(em: EntityManager, viewer: Viewer, id: string): Promise<ClientType> {
  const [client] = await clientsInScope(em, viewer, [id]);
  if (!client) throw notFound('Client');
  return client;
}
