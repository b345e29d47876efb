import { createHash } from 'node:crypto';
import type { LogContactInput } from './dto/log-contact.input.js';

/**
 * SHA-256 of a logContact request in canonical form: every input field but the key itself,
 * in a fixed order, absent fields as null, instants as ISO strings. Stored with the
 * idempotency key so a replay can be told apart from a different request under the same key.
 * Fields are taken as sent (occurredAt absent stays absent), so a replay hashes the same
 * whenever it arrives.
 */
export function logContactRequestHash(input: LogContactInput): string {
  const canonical = [
    input.clientId.toLowerCase(),
    input.occurredAt ? input.occurredAt.toISOString() : null,
    input.channel,
    input.kind,
    input.offeringId?.toLowerCase() ?? null,
    input.summary,
    input.outcome,
    input.sentiment ?? null,
    input.followUpOn ?? null,
    input.completesFollowUpId?.toLowerCase() ?? null,
  ];
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}
