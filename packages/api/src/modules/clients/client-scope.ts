import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../../shared/errors.js';
import type { Viewer } from '../auth/viewer.js';
import { clientScopeOf, scopeFilter } from '../auth/access/client-scope.js';
import { Client } from './client.entity.js';
import { isUuid } from '../../shared/ids.js';

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
