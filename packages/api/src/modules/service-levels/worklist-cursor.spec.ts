import { describe, expect, it } from 'vitest';
import { decodeWorklistCursor, encodeWorklistCursor } from './worklist-cursor.js';
import { WORKLIST_START } from './service-levels.sql.js';

const client = '7bcf2ab7-2c1b-4e1e-b853-4ed1d01aaa51';

describe('worklist cursors', () => {
  it('carry the key of the item they stand for', () => {
    const keys = [
      { assetsKey: '-900000000', dueOn: '2026-12-02', clientId: client, kind: 'ENTITLEMENT', tiebreak: 'ONE_TO_ONE_CALL' },
      { assetsKey: '9223372036854775807', dueOn: '2026-02-28', clientId: client, kind: 'FOLLOW_UP', tiebreak: 'a7f7b762-b44c-492c-8873-2e28892e3304' },
    ];
    for (const k of keys) expect(decodeWorklistCursor(encodeWorklistCursor(k))).toEqual(k);
    expect(decodeWorklistCursor(undefined)).toBe(WORKLIST_START);
  });

  it('fit the 200 characters WorklistArgs.after allows, whatever the key', () => {
    const longest = encodeWorklistCursor({
      assetsKey: '-9223372036854775806', dueOn: '2026-12-02', clientId: client, kind: 'ENTITLEMENT', tiebreak: `A${'_'.repeat(47)}`,
    });
    expect(longest.length).toBe(162);
  });
});
