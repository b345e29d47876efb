import type { EntityManager } from '@mikro-orm/postgresql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { badInput } from '../../shared/errors.js';
import { businessDay } from '../../shared/time.js';
import type { Viewer } from '../auth/viewer.js';
import { authorize } from '../auth/access/permissions.js';
import { findClientInScope } from '../clients/client-scope.js';
import { Client } from '../clients/client.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { ServiceOffering } from '../catalogue/service-offering.entity.js';
import { ServiceLog } from './service-log.entity.js';
import { FollowUp } from './follow-up.entity.js';
import type { LogContactInput } from './dto/log-contact.input.js';

// clocks of phones and servers disagree a little; a contact "now" must not be refused
const FUTURE_TOLERANCE_MS = 2 * 60_000;

/**
 * Records a contact: the service log, its follow-up (if any) and the client's last
 * contact time, in one transaction. Retrying with the same idempotency key returns the
 * entry written the first time.
 */
export async function logContact(em: EntityManager, viewer: Viewer, input: LogContactInput): Promise<ServiceLog> {
  authorize(viewer, 'client:contact');
  const client = await findClientInScope(em, viewer, input.clientId);

  if (input.idempotencyKey) {
    const earlier = await em.findOne(ServiceLog, { adviser: viewer.id, idempotencyKey: input.idempotencyKey });
    if (earlier) return earlier;
  }

  const occurredAt = input.occurredAt ?? new Date();
  if (occurredAt.getTime() > Date.now() + FUTURE_TOLERANCE_MS) throw badInput('occurredAt', 'Contact time cannot be in the future');
  if (input.followUpOn && input.followUpOn < businessDay(occurredAt)) {
    throw badInput('followUpOn', 'Follow-up date cannot be before the contact');
  }
  if (input.offeringId) {
    const offering = await em.findOne(ServiceOffering, { id: input.offeringId, active: true });
    if (!offering) throw badInput('offeringId', 'Unknown service offering');
  }

  try {
    return await em.transactional(async (tx) => {
      const log = tx.create(ServiceLog, {
        client: tx.getReference(Client, client.id),
        adviser: tx.getReference(Staff, viewer.id),
        occurredAt,
        channel: input.channel,
        kind: input.kind,
        offering: input.offeringId ? tx.getReference(ServiceOffering, input.offeringId) : null,
        summary: input.summary.trim(),
        outcome: input.outcome,
        sentiment: input.sentiment ?? null,
        followUpOn: input.followUpOn ?? null,
        idempotencyKey: input.idempotencyKey ?? null,
        createdAt: new Date(),
      });
      if (input.followUpOn) {
        tx.create(FollowUp, {
          client: log.client, serviceLog: log, adviser: log.adviser, dueOn: input.followUpOn, status: 'OPEN', createdAt: new Date(),
        });
      }
      await tx.flush();
      // a back-dated entry must not move the last contact backwards
      await tx.getConnection().execute(
        'update client set last_contact_at = greatest(last_contact_at, ?), updated_at = now() where id = ?',
        [occurredAt, client.id], 'run', tx.getTransactionContext(),
      );
      return log;
    });
  } catch (err) {
    // two retries racing with the same key: the loser returns the winner's entry
    if (err instanceof UniqueConstraintViolationException && input.idempotencyKey) {
      const winner = await em.fork().findOne(ServiceLog, { adviser: viewer.id, idempotencyKey: input.idempotencyKey });
      if (winner) return winner;
    }
    throw err;
  }
}
