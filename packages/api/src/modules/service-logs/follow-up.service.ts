import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, conflict, notFound } from '../../shared/errors.js';
import { isUuid } from '../../shared/ids.js';
import { businessDay } from '../../shared/time.js';
import type { Viewer } from '../auth/viewer.js';
import { authorize } from '../auth/access/permissions.js';
import { clientScopeOf, scopeFilter } from '../auth/access/client-scope.js';
import { Client } from '../clients/client.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { FollowUp } from './follow-up.entity.js';
import { FollowUpEvent } from './follow-up-event.entity.js';
import { ServiceLog } from './service-log.entity.js';

/**
 * Closes an open follow-up of `clientId` as completed by the contact `logId`, inside the
 * caller's transaction, and records the event. The status guard in the UPDATE makes two
 * contacts completing the same follow-up at once safe: the second finds it closed.
 */
export async function completeFollowUp(tx: EntityManager, viewer: Viewer, clientId: string, followUpId: string, logId: string): Promise<void> {
  const rows = await tx.getConnection().execute<{ due_on: string }[]>(
    `update follow_up set status = 'DONE', closed_at = now(), completed_by_log_id = ?
      where id = ? and client_id = ? and status = 'OPEN' returning due_on::text as due_on`,
    [logId, followUpId, clientId], 'all', tx.getTransactionContext(),
  );
  const row = rows[0];
  if (!row) throw badInput('completesFollowUpId', 'Not an open follow-up of this client', 'FOLLOW_UP_NOT_OPEN');
  tx.create(FollowUpEvent, {
    client: tx.getReference(Client, clientId), followUp: tx.getReference(FollowUp, followUpId), kind: 'COMPLETED',
    fromDueOn: row.due_on, toDueOn: null, reason: null, serviceLog: tx.getReference(ServiceLog, logId),
    actor: tx.getReference(Staff, viewer.id), occurredAt: new Date(),
  });
  await tx.flush();
}

/** A follow-up whose client is in the viewer's scope; NOT_FOUND otherwise (existence is not revealed). */
export async function findFollowUpInScope(em: EntityManager, viewer: Viewer, id: string): Promise<FollowUp> {
  if (!isUuid(id)) throw notFound('Follow-up');
  const followUp = await em.findOne(FollowUp, { id, client: scopeFilter(clientScopeOf(viewer)) }, { refresh: true });
  if (!followUp) throw notFound('Follow-up');
  return followUp;
}

/**
 * Moves an open follow-up to another day, keeping the old day, the reason and who moved it
 * as a FollowUpEvent. Moving it to the day it is already due on changes nothing (so a
 * retry is safe). Errors: NOT_FOUND outside scope, CONFLICT (FOLLOW_UP_CLOSED) when it
 * is no longer open, BAD_USER_INPUT for a day before today or an empty reason.
 */
export async function rescheduleFollowUp(em: EntityManager, viewer: Viewer, id: string, dueOn: string, reason: string): Promise<FollowUp> {
  authorize(viewer, 'client:contact');
  const why = reason.trim();
  if (!why) throw badInput('reason', 'Say why the follow-up moves');
  if (why.length > 500) throw badInput('reason', 'The reason must be at most 500 characters');
  if (dueOn < businessDay()) throw badInput('dueOn', 'The new follow-up date cannot be in the past', 'DATE_IN_PAST');

  return em.transactional(async (tx) => {
    // row lock first: two reschedules of one follow-up serialise, each seeing the other's date
    if (isUuid(id)) await tx.getConnection().execute('select 1 from follow_up where id = ? for update', [id], 'all', tx.getTransactionContext());
    const followUp = await findFollowUpInScope(tx, viewer, id);
    if (followUp.dueOn === dueOn) return followUp;
    if (followUp.status !== 'OPEN') throw conflict('This follow-up is already closed', 'FOLLOW_UP_CLOSED');
    tx.create(FollowUpEvent, {
      client: followUp.client, followUp, kind: 'RESCHEDULED', fromDueOn: followUp.dueOn, toDueOn: dueOn, reason: why,
      serviceLog: null, actor: tx.getReference(Staff, viewer.id), occurredAt: new Date(),
    });
    followUp.dueOn = dueOn;
    await tx.flush();
    return followUp;
  });
}
