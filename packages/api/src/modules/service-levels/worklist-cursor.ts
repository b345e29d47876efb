import { badInput } from '../../shared/errors.js';
import { WORKLIST_START, type WorklistKey } from './service-levels.sql.js';

// The worklist's cursors carry the key of the item they stand for (worklistSql's order:
// assets_key, due_on, client_id, kind, tiebreak), so the next page is an index range after it
// rather than an offset walked from the start. Opaque to clients (base64url of
// `w:<assets_key>:<due day>:<client id>:<E|F>:<offering code or follow-up id>`); at most 121
// characters before encoding, 162 after (WorklistArgs.after allows 200).
const KIND_LETTER: Record<string, string> = { ENTITLEMENT: 'E', FOLLOW_UP: 'F' };
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const CURSOR = new RegExp(`^w:(-?\\d{1,19}):(\\d{4}-\\d{2}-\\d{2}):(${UUID}):(?:E:([A-Z][A-Z0-9_]{0,47})|F:(${UUID}))$`);
const BIGINT_MIN = -(2n ** 63n);
const BIGINT_MAX = 2n ** 63n - 1n;

export function encodeWorklistCursor(k: WorklistKey): string {
  return Buffer.from(`w:${k.assetsKey}:${k.dueOn}:${k.clientId}:${KIND_LETTER[k.kind]}:${k.tiebreak}`).toString('base64url');
}

const invalid = () => badInput('after', 'Invalid cursor', 'INVALID_CURSOR');

/** The key after which the page starts: WORKLIST_START without a cursor; BAD_USER_INPUT on `after` for anything not from encodeWorklistCursor. */
export function decodeWorklistCursor(cursor: string | undefined): WorklistKey {
  if (!cursor) return WORKLIST_START;
  const m = CURSOR.exec(Buffer.from(cursor, 'base64url').toString());
  if (!m) throw invalid();
  const [, assetsKey, dueOn, clientId, code, followUpId] = m as unknown as string[];
  const assets = BigInt(assetsKey!);
  if (assets < BIGINT_MIN || assets > BIGINT_MAX) throw invalid();
  // a day PostgreSQL would reject (2026-02-30) is a bad cursor, not a failed statement
  const [y, mo, d] = dueOn!.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d || y < 1) throw invalid();
  return code !== undefined
    ? { assetsKey: assets.toString(), dueOn: dueOn!, clientId: clientId!, kind: 'ENTITLEMENT', tiebreak: code }
    : { assetsKey: assets.toString(), dueOn: dueOn!, clientId: clientId!, kind: 'FOLLOW_UP', tiebreak: followUpId! };
}
