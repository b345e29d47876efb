import type { EntityManager } from '@mikro-orm/postgresql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { badInput, conflict } from '../../shared/errors.js';
import { isUuid } from '../../shared/ids.js';
import { businessDay } from '../../shared/time.js';
import type { Viewer } from '../auth/viewer.js';
import { authorize } from '../auth/access/permissions.js';
import { freshViewInRequest } from '../auth/access/acting-transaction.js';
import { findClientInScope } from '../clients/client-scope.js';
import { Client } from '../clients/client.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { ServiceOffering } from '../catalogue/service-offering.entity.js';
import { ServiceLog } from './service-log.entity.js';
import { FollowUp } from './follow-up.entity.js';
import { completeFollowUp } from './follow-up.service.js';
import { logContactRequestHash } from './request-hash.js';
import type { LogContactInput } from './dto/log-contact.input.js';

// clocks of phones and servers disagree a little; a contact "now" must not be refused
const FUTURE_TOLERANCE_MS = 2 * 60_000;

/**
 * The entry first written under an idempotency key, if any. The same request replayed
 * answers it; a different request under the same key is CONFLICT (IDEMPOTENCY_KEY_REUSED):
 * answering the first entry would tell the caller a contact was recorded that was not.
 * Entries written before hashes were stored (request_hash null) answer as before.
 */
function replayOf(earlier: ServiceLog | null, hash: string): ServiceLog | null {
  if (!earlier) return null;
  if (earlier.requestHash && earlier.requestHash !== hash) {
    throw conflict('This idempotency key was already used for another request; send a new key for a new contact', 'IDEMPOTENCY_KEY_REUSED');
  }
  return earlier;
}

/**
 * Records a contact: the service log, its follow-up (if any), the follow-up it completes
 * (if any) and the client's last contact time, in one transaction. Retrying with the same
 * idempotency key and request returns the entry written the first time.
 */
export async function logContact(em: EntityManager, viewer: Viewer, input: LogContactInput): Promise<ServiceLog> {
  authorize(viewer, 'client:contact');
  const client = await findClientInScope(em, viewer, input.clientId);
  const hash = logContactRequestHash(input);

  // before any validation: a replay must answer the first entry even where the request
  // would no longer pass (its follow-up is closed now, "now" has moved on)
  if (input.idempotencyKey) {
    const earlier = replayOf(await em.findOne(ServiceLog, { adviser: viewer.id, idempotencyKey: input.idempotencyKey }), hash);
    if (earlier) return earlier;
  }

  const occurredAt = input.occurredAt ?? new Date();
  const contactDay = businessDay(occurredAt);
  if (occurredAt.getTime() > Date.now() + FUTURE_TOLERANCE_MS) throw badInput('occurredAt', 'Contact time cannot be in the future', 'DATE_IN_FUTURE');
  if (contactDay < client.openedOn) throw badInput('occurredAt', `Contact time cannot be before the account was opened (${client.openedOn})`, 'BEFORE_ACCOUNT_OPENED');
  if (input.followUpOn && input.followUpOn < contactDay) {
    throw badInput('followUpOn', 'Follow-up date cannot be before the contact', 'FOLLOW_UP_BEFORE_CONTACT');
  }
  if (input.offeringId) {
    const offering = await em.findOne(ServiceOffering, { id: input.offeringId, active: true });
    if (!offering) throw badInput('offeringId', 'Unknown service offering', 'UNKNOWN_OFFERING');
  }
  if (input.completesFollowUpId) {
    const open = isUuid(input.completesFollowUpId)
      && await em.count(FollowUp, { id: input.completesFollowUpId, client: client.id, status: 'OPEN' });
    if (!open) {
      // a copy of this very request may have completed it since the replay check above (it
      // commits when its answer is sent): then this is a replay, not a closed follow-up
      const winner = input.idempotencyKey
        ? replayOf(await freshViewInRequest(em).findOne(ServiceLog, { adviser: viewer.id, idempotencyKey: input.idempotencyKey }), hash)
        : null;
      if (winner) return winner;
      throw badInput('completesFollowUpId', 'Not an open follow-up of this client', 'FOLLOW_UP_NOT_OPEN');
    }
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
        requestHash: input.idempotencyKey ? hash : null,
        createdAt: new Date(),
      });
      if (input.followUpOn) {
        tx.create(FollowUp, {
          client: log.client, serviceLog: log, adviser: log.adviser, dueOn: input.followUpOn, status: 'OPEN', createdAt: new Date(),
        });
      }
      // the log is inserted first: a racing copy of this request then waits on the key's
      // unique index (and lands in the catch below), not on the follow-up row
      await tx.flush();
      if (input.completesFollowUpId) await completeFollowUp(tx, viewer, client.id, input.completesFollowUpId, log.id);
      // a back-dated entry must not move the last contact backwards
      await tx.getConnection().execute(
        'update client set last_contact_at = greatest(last_contact_at, ?), updated_at = now() where id = ?',
        [occurredAt, client.id], 'run', tx.getTransactionContext(),
      );
      return log;
    });
  } catch (err) {
    // two copies racing with the same key: the loser answers the winner's entry, or
    // CONFLICT when the copies were different requests
    if (err instanceof UniqueConstraintViolationException && input.idempotencyKey) {
      const winner = replayOf(await freshViewInRequest(em).findOne(ServiceLog, { adviser: viewer.id, idempotencyKey: input.idempotencyKey }), hash);
      if (winner) return winner;
    }
    throw err;
  }
}
