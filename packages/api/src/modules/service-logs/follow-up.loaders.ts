import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { clientListLoader, type ClientAccess } from '../auth/access/client-access.js';
import { notFound } from '../../shared/errors.js';
import { query } from '../../shared/sql.js';
import { isUuid } from '../../shared/ids.js';
import { FollowUpEventType, toFollowUp, type FollowUpRow, type FollowUpType } from './follow-up.type.js';
import { toServiceLog, type ServiceLogRow, type ServiceLogType } from './service-log.type.js';

interface FollowUpEventRow {
  id: string; follow_up_id: string; kind: FollowUpEventType['kind']; from_due_on: string; to_due_on: string | null;
  reason: string | null; occurred_at: string | Date; actor_id: string; service_log_id: string | null;
}

/** Per-request loaders of follow-ups and what hangs off them: one statement per list, whatever the number of parents. */
export function followUpLoaders(em: EntityManager, access: ClientAccess) {
  return {
    /** A client's follow-ups, open ones only unless asked, soonest due first. */
    followUps: clientListLoader<{ clientId: string; includeClosed: boolean }, FollowUpType>(
      access,
      async (keys) => {
        const rows = await query<FollowUpRow>(
          em,
          `select f.id, f.client_id, f.adviser_id, f.service_log_id, f.completed_by_log_id, f.due_on::text as due_on, f.status,
                  f.created_at, f.closed_at
             from follow_up f
            where f.client_id in (?) and (f.status = 'OPEN' or ?)
            order by f.client_id, (f.status = 'OPEN') desc, f.due_on, f.id`,
          [keys.map((k) => k.clientId), keys.some((k) => k.includeClosed)], { prepare: true }
        );
        const closedWanted = new Set(keys.filter((k) => k.includeClosed).map((k) => k.clientId));
        return rows.filter((r) => r.status === 'OPEN' || closedWanted.has(r.client_id)).map(toFollowUp);
      },
      (f) => f.clientId,
      (k) => k.clientId,
      (k) => `${k.clientId}:${k.includeClosed}`,
    ),

    /** Every change of a follow-up, oldest first. */
    followUpHistory: new DataLoader<string, FollowUpEventType[]>(async (ids) => {
      // deny by default: a follow-up whose client is outside the viewer's scope (or that does not exist) is NOT_FOUND
      const owners = await query<{ id: string; client_id: string }>(em, 'select id, client_id from follow_up where id in (?)', [ids.filter(isUuid)], { prepare: true });
      const clientOf = new Map(owners.map((o) => [o.id, o.client_id]));
      const checks = await access.loadMany(ids.map((id) => clientOf.get(id) ?? ''));
      const allowed = ids.filter((_, i) => checks[i] === true);
      const rows = allowed.length
        ? await query<FollowUpEventRow>(
            em,
            `select e.id, e.follow_up_id, e.kind, e.from_due_on::text as from_due_on, e.to_due_on::text as to_due_on, e.reason,
                    e.occurred_at, e.actor_id, e.service_log_id
               from follow_up_event e where e.follow_up_id in (?) order by e.follow_up_id, e.occurred_at, e.id`,
            [allowed], { prepare: true }
          )
        : [];
      const byFollowUp = new Map<string, FollowUpEventType[]>();
      for (const r of rows) {
        const e = Object.assign(new FollowUpEventType(), {
          id: r.id, kind: r.kind, fromDueOn: r.from_due_on, toDueOn: r.to_due_on, reason: r.reason, occurredAt: new Date(r.occurred_at),
          followUpId: r.follow_up_id, actorId: r.actor_id, serviceLogId: r.service_log_id,
        });
        byFollowUp.set(r.follow_up_id, [...(byFollowUp.get(r.follow_up_id) ?? []), e]);
      }
      return ids.map((id, i) => (checks[i] === true ? (byFollowUp.get(id) ?? []) : notFound('Follow-up')));
    }),

    /** Service logs by id (the contact that made or completed a follow-up). */
    serviceLog: new DataLoader<string, ServiceLogType>(async (ids) => {
      const rows = await query<ServiceLogRow>(em, 'select * from service_log where id in (?)', [ids.filter(isUuid)], { prepare: true });
      // deny by default: an entry of a client outside the viewer's scope is NOT_FOUND, like a missing one
      const checks = await access.loadMany(rows.map((r) => r.client_id));
      const byId = new Map(rows.filter((_, i) => checks[i] === true).map((r) => [r.id, toServiceLog(r)]));
      return ids.map((id) => byId.get(id) ?? notFound('Service log'));
    }),
  };
}
