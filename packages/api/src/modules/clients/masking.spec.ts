import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskPhone } from './masking.js';

const visible = (masked: string) => masked.replace(/[^0-9A-Za-z]/g, '').length;
const digitsOfLength = (n: number) => Array.from({ length: n }, (_, i) => String((i * 7 + 3) % 10)).join('');
const lengths = Array.from({ length: 20 }, (_, i) => i + 1);

describe('masking personal data', () => {
  // Regression: a 7-digit phone was shown whole, 7 of 8 digits of an 8-digit one.
  // A mainland number (11 digits and more) shows its last four (尾号), as the phone search matches.
  it.each(lengths)('a %i-digit phone shows at most its last 4 digits, and below 11 digits never more than a third', (n) => {
    const phone = digitsOfLength(n);
    const masked = maskPhone(phone);
    expect(masked).toHaveLength(n);
    const shown = visible(masked);
    if (n >= 11) expect(shown).toBe(4);
    else expect(shown).toBeLessThanOrEqual(Math.min(4, Math.floor(n / 3)));
    if (n < 6) expect(shown).toBe(0);
    else expect(shown).toBeGreaterThan(0); // enough to recognise the number
    expect(masked.slice(n - shown)).toBe(phone.slice(n - shown)); // what is shown is the tail
    expect(masked.slice(0, n - shown)).toBe('*'.repeat(n - shown));
  });

  it.each([
    ['13812345678', '*******5678'],
    ['02112345678', '*******5678'],
    ['1381234567', '*******567'],
    ['1234567', '*****67'],
    ['12345678', '******78'],
    ['12345', '*****'],
    ['+86 138-1234-5678', '+** ***-****-5678'],
  ])('masks phone %s as %s', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });

  it.each(lengths)('a %i-character ID number hides at least 8 characters, or two thirds', (n) => {
    const id = digitsOfLength(n);
    const masked = maskIdNumber(id);
    expect(masked).toHaveLength(n);
    const hidden = [...masked].filter((c) => c === '*').length;
    if (n >= 15) expect(hidden).toBeGreaterThanOrEqual(8);
    else expect(n - hidden).toBeLessThanOrEqual(Math.min(4, Math.floor(n / 3)));
    if (n < 6) expect(hidden).toBe(n);
  });

  it.each([
    ['44030419900101123X', '440***********123X'],
    ['110101800101001', '110********1001'],
    ['E12345678', '******678'],
    ['1234567', '*****67'],
    ['12345', '*****'],
  ])('masks ID number %s as %s', (id, masked) => {
    expect(maskIdNumber(id)).toBe(masked);
  });
});
