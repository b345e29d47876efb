import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { badInput } from '../../shared/errors.js';
import { isUuid } from '../../shared/ids.js';
import { clientListLoader, scopedBatch, type ClientAccess } from '../auth/access/client-access.js';
import { query } from '../../shared/sql.js';
import { toServiceLog, type ServiceLogConnection, type ServiceLogRow, type ServiceLogType } from './service-log.type.js';

/**
 * A client's timeline is paged by keyset on (occurred_at, id), newest first: an entry
 * logged while someone pages (new contacts land on top, back-dated ones anywhere) neither
 * repeats nor skips an entry, which an offset would. The cursor carries occurred_at in
 * whole microseconds (PostgreSQL's precision; a JS Date would round it) and the id.
 */
interface TimelineCursor { micros: string; id: string }

const encode = (c: TimelineCursor) => Buffer.from(`k:${c.micros}:${c.id}`).toString('base64url');

export function decodeTimelineCursor(cursor: string | undefined | null): TimelineCursor | null {
  if (!cursor) return null;
  const m = /^k:(-?\d{1,19}):([0-9a-f-]{36})$/i.exec(Buffer.from(cursor, 'base64url').toString());
  if (!m?.[1] || !m[2] || !isUuid(m[2])) throw badInput('after', 'Invalid cursor', 'INVALID_CURSOR');
  return { micros: m[1], id: m[2] };
}

export interface TimelineKey { clientId: string; first: number; after: TimelineCursor | null }
type Row = ServiceLogRow & { micros: string };

/**
 * Per-request loaders of timeline pages and totals. Keys asking for the same page shape
 * (first, after) share one statement, whatever the number of clients (a list of clients
 * asks with after = null); the totals are one statement for all clients asked.
 */
export function timelineLoaders(em: EntityManager, access: ClientAccess) {
  return {
    timelinePage: new DataLoader<TimelineKey, { rows: ServiceLogType[]; cursors: string[]; hasNext: boolean }, string>(
      // only clients in the viewer's scope reach the statement; a foreign one is NOT_FOUND for its key
      scopedBatch(access, (k: TimelineKey) => k.clientId, async (keys) => {
        const shapes = new Map<string, TimelineKey[]>();
        for (const k of keys) {
          const shape = `${k.first}:${k.after ? `${k.after.micros}:${k.after.id}` : ''}`;
          shapes.set(shape, [...(shapes.get(shape) ?? []), k]);
        }
        const byClient = new Map<string, Row[]>();
        for (const [shape, group] of shapes) {
          const { first, after } = group[0]!;
          const rows = await query<Row>(
            em,
            `select * from (
               select l.*, (extract(epoch from l.occurred_at) * 1000000)::bigint::text as micros,
                      row_number() over (partition by l.client_id order by l.occurred_at desc, l.id desc) as n
                 from service_log l
                where l.client_id in (?)
                  ${after ? "and (l.occurred_at, l.id) < (timestamptz 'epoch' + ?::bigint * interval '1 microsecond', ?::uuid)" : ''}
             ) ranked where n <= ? order by client_id, occurred_at desc, id desc`,
            [group.map((k) => k.clientId), ...(after ? [after.micros, after.id] : []), first + 1], { prepare: true }
          );
          for (const r of rows) {
            const key = `${r.client_id}|${shape}`;
            byClient.set(key, [...(byClient.get(key) ?? []), r]);
          }
        }
        return keys.map((k) => {
          const rows = byClient.get(`${k.clientId}|${k.first}:${k.after ? `${k.after.micros}:${k.after.id}` : ''}`) ?? [];
          const page = rows.slice(0, k.first);
          return { rows: page.map(toServiceLog), cursors: page.map((r) => encode({ micros: r.micros, id: r.id })), hasNext: rows.length > k.first };
        });
      }),
      { cacheKeyFn: (k) => `${k.clientId}|${k.first}:${k.after ? `${k.after.micros}:${k.after.id}` : ''}` },
    ),

    timelineTotal: clientListLoader<string, { clientId: string; n: number }>(
      access,
      (ids) => query(em, 'select client_id as "clientId", count(*)::int as n from service_log where client_id in (?) group by client_id', [ids], { prepare: true }),
      (r) => r.clientId,
      (id) => id,
    ),
  };
}

/** One page of a client's timeline as a Relay connection, from the loaders above. */
export async function timelineConnection(loaders: ReturnType<typeof timelineLoaders>, clientId: string, first: number, after: string | undefined): Promise<ServiceLogConnection> {
  const cursor = decodeTimelineCursor(after);
  const [page, total] = await Promise.all([loaders.timelinePage.load({ clientId, first, after: cursor }), loaders.timelineTotal.load(clientId)]);
  return {
    totalCount: total[0]?.n ?? 0,
    edges: page.rows.map((node, i) => ({ node, cursor: page.cursors[i]! })),
    pageInfo: {
      hasNextPage: page.hasNext,
      hasPreviousPage: cursor !== null,
      startCursor: page.cursors[0] ?? null,
      endCursor: page.cursors.at(-1) ?? null,
    },
  };
}
