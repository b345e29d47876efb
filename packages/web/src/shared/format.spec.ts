import { describe, expect, it } from 'vitest';
import { beijingLocalToIso, formatDateTime, formatDayOf, formatMoney } from './format';

describe('formatMoney', () => {
  it.each([
    ['1234567.89', '¥1,234,567.89'],
    ['0', '¥0.00'],
    ['1000', '¥1,000.00'],
    ['100.1', '¥100.10'],
    ['-1234.5', '-¥1,234.50'],
    ['999.995', '¥1,000.00'], // half-up, carried into the integer part
    ['-0.004', '¥0.00'], // no "negative zero"
    // beyond Number.MAX_SAFE_INTEGER: a float would have lost the cents
    ['12345678901234567890.12', '¥12,345,678,901,234,567,890.12'],
  ])('%s → %s', (input, expected) => {
    expect(formatMoney(input)).toBe(expected);
  });

  it('shows a dash for no value and leaves garbage untouched', () => {
    expect(formatMoney(null)).toBe('—');
    expect(formatMoney('n/a')).toBe('n/a');
  });
});

describe('Beijing time', () => {
  it('shows instants in Asia/Shanghai whatever the machine zone', () => {
    expect(formatDateTime('2026-11-20T17:30:00.000Z')).toBe('2026-11-21 01:30');
    expect(formatDayOf('2026-11-20T17:30:00.000Z')).toBe('2026-11-21');
  });

  it('reads a datetime-local value as Beijing wall time', () => {
    expect(beijingLocalToIso('2026-11-21T01:30')).toBe('2026-11-20T17:30:00.000Z');
  });
});
