import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskPhone } from './masking.js';

describe('masking personal data', () => {
  it.each([
    ['44030419900101123X', '440***********123X'],
    ['110101800101001', '110********1001'],
    ['1234567', '*******'],
  ])('masks ID number %s as %s', (id, masked) => {
    expect(maskIdNumber(id)).toBe(masked);
  });

  it('masks the middle four digits of a mobile number', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('123')).toBe('***');
  });
});
