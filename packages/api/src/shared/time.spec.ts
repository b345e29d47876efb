import { describe, expect, it } from 'vitest';
import { BUSINESS_TZ, businessDay } from './time.js';

const intl = new Intl.DateTimeFormat('en-CA', { timeZone: BUSINESS_TZ, year: 'numeric', month: '2-digit', day: '2-digit' });
const viaIntl = (at: Date) => intl.format(at);

describe('businessDay: the Asia/Shanghai calendar day of an instant', () => {
  it('turns at 16:00 UTC (midnight in Shanghai)', () => {
    expect(businessDay(new Date('2026-11-30T15:59:59.999Z'))).toBe('2026-11-30');
    expect(businessDay(new Date('2026-11-30T16:00:00.000Z'))).toBe('2026-12-01');
    expect(businessDay(new Date('2026-12-31T16:00:00.000Z'))).toBe('2027-01-01');
  });

  it('agrees with the time-zone database every 97 minutes from 1985 to 2035, summer times of 1986–1991 included', () => {
    const from = Date.UTC(1985, 0, 1);
    const to = Date.UTC(2035, 0, 1);
    const disagree: string[] = [];
    for (let t = from; t < to; t += 97 * 60_000) {
      const at = new Date(t);
      if (businessDay(at) !== viaIntl(at)) disagree.push(at.toISOString());
    }
    expect(disagree).toEqual([]);
  });
});
