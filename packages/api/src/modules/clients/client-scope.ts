import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { notFound } from '../../shared/errors.js';
import type { Viewer } from '../auth/viewer.js';
import { Client } from './client.entity.js';
import { isUuid } from '../../shared/ids.js';


/**
 * The clients a viewer may see, as a filter: an adviser their own book, a manager their
 * branch, head office and compliance everything. Deny by default for an unknown role.
 */
export function clientScope(viewer: Viewer): FilterQuery<Client> {
  switch (viewer.role) {
    case 'ADVISER':
      return { adviser: viewer.id };
    case 'MANAGER':
      return viewer.branchId ? { branch: viewer.branchId } : { id: null };
    case 'HEAD_OFFICE':
    case 'COMPLIANCE':
      return {};
    default:
      return { id: null };
  }
}

/**
 * One client within the viewer's scope. Outside it the answer is NOT_FOUND, the same as
 * for an id that does not exist, so the existence of other advisers' clients is not revealed.
 */
export async function findClientInScope(em: EntityManager, viewer: Viewer, id: string): Promise<Client> {
  if (!isUuid(id)) throw notFound('Client');
  const client = await em.findOne(Client, { $and: [{ id }, clientScope(viewer)] });
  if (!client) throw notFound('Client');
  return client;
}
