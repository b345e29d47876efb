import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, conflict } from '../../shared/errors.js';
import { query } from '../../shared/sql.js';
import { businessDay, isIsoDay } from '../../shared/time.js';
import type { Viewer } from '../auth/viewer.js';
import { authorize } from '../auth/access/permissions.js';
import { findClientInScope } from '../clients/client-scope.js';
import { isServed, type Client } from '../clients/client.entity.js';
import { Tier } from './tier.entity.js';
import type { OverrideTierInput } from './dto/override-tier.input.js';
import { isUuid } from '../../shared/ids.js';


/**
 * Sets a client's tier by hand until a date: a MANUAL_OVERRIDE entry in the tier history
 * (who, why, until when), the client's current tier, and the override end in
 * client_tier_state, which reviews read to leave the client alone. One transaction.
 */
export async function overrideTier(em: EntityManager, viewer: Viewer, input: OverrideTierInput): Promise<Client> {
  authorize(viewer, 'tier:override');
  const client = await findClientInScope(em, viewer, input.clientId);
  if (!isServed(client.status)) throw conflict('A closed or transferred-out client is no longer served and has no tier', 'CLIENT_NOT_SERVED');
  const reason = input.reason.trim();
  if (!reason) throw badInput('reason', 'Give the reason for the override', 'REQUIRED');
  if (!isIsoDay(input.until)) throw badInput('until', 'Use a date like 2026-12-31', 'INVALID_DATE');
  if (input.until <= businessDay()) throw badInput('until', 'The end date must be after today', 'DATE_NOT_AFTER_TODAY');
  const tier = isUuid(input.tierId) ? await em.findOne(Tier, { id: input.tierId, policy: { status: 'ACTIVE' } }) : null;
  if (!tier) throw badInput('tierId', 'Choose a tier of the active policy', 'UNKNOWN_TIER');

  await em.transactional(async (tx) => {
    await query(tx,
      `insert into tier_change (client_id, from_tier_id, to_tier_id, policy_id, reason, effective_on, changed_by, note, override_until)
       values (?, ?, ?, ?, 'MANUAL_OVERRIDE', ?, ?, ?, ?)`,
      [client.id, client.currentTier?.id ?? null, tier.id, tier.policy.id, businessDay(), viewer.id, reason, input.until]);
    await query(tx, 'update client set current_tier_id = ?, updated_at = now() where id = ?', [tier.id, client.id]);
    await query(tx,
      `insert into client_tier_state (client_id, below_count, override_until) values (?, 0, ?)
       on conflict (client_id) do update set override_until = excluded.override_until, below_count = 0`,
      [client.id, input.until]);
  });
  await em.refresh(client);
  return client;
}
