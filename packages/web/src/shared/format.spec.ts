import { describe, expect, it } from 'vitest';
import { addDays, beijingLocalToIso, formatDateTime, formatDayOf, formatMoney, formatMoneyCompact, sumDecimals } from './format';

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

describe('formatMoneyCompact', () => {
  it.each([
    ['123456789.12', true, '¥1.23亿'],
    ['45600000', true, '¥4,560万'],
    ['12345', true, '¥1.23万'],
    ['9999.5', true, '¥10,000'],
    ['123456789.12', false, '¥123M'],
    ['45600', false, '¥45.6K'],
    ['-2500000', false, '-¥2.50M'],
    ['12345678901234567890', true, '¥123,456,789,012亿'],
  ])('%s (zh=%s) → %s', (input, zh, expected) => {
    expect(formatMoneyCompact(input, zh)).toBe(expected);
  });
});

describe('sumDecimals', () => {
  it('adds exactly, beyond float precision', () => {
    expect(sumDecimals(['0.1', '0.2'])).toBe('0.30');
    expect(sumDecimals(['9007199254740993.01', '1'])).toBe('9007199254740994.01');
    expect(sumDecimals(['-5', '2.5', null])).toBe('-2.50');
  });
});

describe('addDays', () => {
  it('crosses months and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});
