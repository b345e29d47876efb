import type { EntityManager } from '@mikro-orm/postgresql';
import { QueryOrder, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import { connectionOf, decodeCursor } from '../../shared/pagination.js';
import type { Viewer } from '../auth/viewer.js';
import { Client, SERVED_STATUSES } from './client.entity.js';
import { ClientType } from './client.type.js';
import { clientScopeOf, scopeFilter } from '../auth/access/client-scope.js';
import type { ClientsArgs, ClientOrder } from './dto/clients.args.js';

// every order ends on id so pages are stable when the leading column ties
const ORDERS: Record<ClientOrder, QueryOrderMap<Client>> = {
  LATEST_ASSETS_DESC: { latestTotalAssets: QueryOrder.DESC_NULLS_LAST, id: QueryOrder.ASC },
  LATEST_ASSETS_ASC: { latestTotalAssets: QueryOrder.ASC_NULLS_LAST, id: QueryOrder.ASC },
  LAST_CONTACT_OLDEST: { lastContactAt: QueryOrder.ASC_NULLS_FIRST, id: QueryOrder.ASC },
  LAST_CONTACT_NEWEST: { lastContactAt: QueryOrder.DESC_NULLS_LAST, id: QueryOrder.ASC },
  // the column is collated "zh-x-icu" (see the migration): pinyin order
  NAME: { name: QueryOrder.ASC, id: QueryOrder.ASC },
};

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The viewer's clients (their book), filtered, sorted and paged: two statements, whatever the page size. */
export async function listClients(em: EntityManager, viewer: Viewer, args: ClientsArgs) {
  const offset = decodeCursor(args.after);
  const where: FilterQuery<Client>[] = [scopeFilter(clientScopeOf(viewer))];
  const f = args.filter;
  if (f?.status) where.push({ status: f.status });
  // a client no longer served has no current tier (ClientType.from), so no tier filter finds it
  if (f?.tierId || f?.tierCode) where.push({ status: { $in: [...SERVED_STATUSES] } });
  if (f?.tierId) where.push({ currentTier: f.tierId });
  if (f?.tierCode) where.push({ currentTier: { code: f.tierCode, policy: { status: 'ACTIVE' } } });
  const search = f?.search?.trim();
  if (search) {
    const like = escapeLike(search);
    where.push({ $or: [{ name: { $ilike: `%${like}%` } }, { accountNo: { $like: `${like}%` } }] });
  }
  const [rows, total] = await em.findAndCount(
    Client,
    { $and: where },
    { orderBy: ORDERS[args.orderBy], limit: args.first + 1, offset },
  );
  return connectionOf(rows.map(ClientType.from), offset, args.first, total);
}
