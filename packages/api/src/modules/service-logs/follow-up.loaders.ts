import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { groupedLoader } from '../../shared/loaders.js';
import { notFound } from '../../shared/errors.js';
import { query } from '../../shared/sql.js';
import { FollowUpEventType, toFollowUp, type FollowUpRow, type FollowUpType } from './follow-up.type.js';
import { toServiceLog, type ServiceLogRow, type ServiceLogType } from './service-log.type.js';

interface FollowUpEventRow {
  id: string; follow_up_id: string; kind: FollowUpEventType['kind']; from_due_on: string; to_due_on: string | null;
  reason: string | null; occurred_at: string | Date; actor_id: string; service_log_id: string | null;
}

/** Per-request loaders of follow-ups and what hangs off them: one statement per list, whatever the number of parents. */
export function followUpLoaders(em: EntityManager) {
  return {
    /** A client's follow-ups, open ones only unless asked, soonest due first. */
    followUps: groupedLoader<{ clientId: string; includeClosed: boolean }, FollowUpType>(
      async (keys) => {
        const rows = await query<FollowUpRow>(
          em,
          `select f.id, f.client_id, f.adviser_id, f.service_log_id, f.completed_by_log_id, f.due_on::text as due_on, f.status,
                  f.created_at, f.closed_at
             from follow_up f
            where f.client_id in (?) and (f.status = 'OPEN' or ?)
            order by f.client_id, (f.status = 'OPEN') desc, f.due_on, f.id`,
          [keys.map((k) => k.clientId), keys.some((k) => k.includeClosed)],
        );
        const closedWanted = new Set(keys.filter((k) => k.includeClosed).map((k) => k.clientId));
        return rows.filter((r) => r.status === 'OPEN' || closedWanted.has(r.client_id)).map(toFollowUp);
      },
      (f) => f.clientId,
      (k) => k.clientId,
      (k) => `${k.clientId}:${k.includeClosed}`,
    ),

    /** Every change of a follow-up, oldest first. */
    followUpHistory: groupedLoader<string, FollowUpEventType>(
      async (ids) =>
        (
          await query<FollowUpEventRow>(
            em,
            `select e.id, e.follow_up_id, e.kind, e.from_due_on::text as from_due_on, e.to_due_on::text as to_due_on, e.reason,
                    e.occurred_at, e.actor_id, e.service_log_id
               from follow_up_event e where e.follow_up_id in (?) order by e.follow_up_id, e.occurred_at, e.id`,
            [ids],
          )
        ).map((r) =>
          Object.assign(new FollowUpEventType(), {
            id: r.id, kind: r.kind, fromDueOn: r.from_due_on, toDueOn: r.to_due_on, reason: r.reason, occurredAt: new Date(r.occurred_at),
            followUpId: r.follow_up_id, actorId: r.actor_id, serviceLogId: r.service_log_id,
          }),
        ),
      (e) => e.followUpId,
      (id) => id,
    ),

    /** Service logs by id (the contact that made or completed a follow-up). */
    serviceLog: new DataLoader<string, ServiceLogType>(async (ids) => {
      const rows = await query<ServiceLogRow>(em, 'select * from service_log where id in (?)', [[...ids]]);
      const byId = new Map(rows.map((r) => [r.id, toServiceLog(r)]));
      return ids.map((id) => byId.get(id) ?? notFound('Service log'));
    }),
  };
}
