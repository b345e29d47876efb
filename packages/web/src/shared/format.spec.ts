import { describe, expect, it } from 'vitest';
import { addDays, beijingLocalToIso, formatDateTime, formatDayOf, formatMoney, formatMoneyCompact, sumDecimals, compactAxis } from './format';

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

describe('compactAxis', () => {
  // regression: ticks 13,500 / 18,000 / 22,500 all read "1万"/"2万" when rounded to whole 万
  it.each([
    [4500, true, '4500'],
    [13500, true, '1.35万'],
    [18000, true, '1.8万'],
    [22500, true, '2.25万'],
    [1_234_567_890, true, '12.3亿'],
    [13500, false, '13.5K'],
    [2_250_000, false, '2.25M'],
  ])('%d (zh: %s) reads %s', (value, zh, label) => {
    expect(compactAxis(value, zh)).toBe(label);
  });

  it('gives neighbouring ticks different labels', () => {
    const ticks = [4500, 9000, 13500, 18000, 22500];
    expect(new Set(ticks.map((v) => compactAxis(v, true))).size).toBe(ticks.length);
  });
});
