import { describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/errors.js';
import { toCents, validatePolicyInput } from './tier-policy.rules.js';
import type { TierPolicyInput } from './dto/tier-policy.input.js';

const tier = (code: string, a: string, c: string, p = 0) => ({ code, nameZh: code, nameEn: code, minAvgAssets: a, minCommission12m: c, minPoints: p });
const base = (): TierPolicyInput => ({
  name: 'Test', matchRule: 'ANY', windowDays: 60, downgradeAfter: 2,
  tiers: [tier('MASS', '0', '0'), tier('AFFLUENT', '500000', '10000'), tier('HNW', '6000000', '60000')],
  entitlements: [{ tierCode: 'HNW', offeringCode: 'ONE_TO_ONE_CALL', everyDays: 14 }],
});
const offerings = new Set(['ONE_TO_ONE_CALL']);

function fieldOf(fn: () => void): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e.field;
    throw e;
  }
  return undefined;
}

describe('tier policy rules', () => {
  it('accepts ordered tiers', () => {
    expect(fieldOf(() => validatePolicyInput(base(), offerings))).toBeUndefined();
  });

  it.each([
    ['no tiers', (p: TierPolicyInput) => { p.tiers = []; }, 'tiers'],
    ['assets lower than the tier below', (p: TierPolicyInput) => { p.tiers[2]!.minAvgAssets = '400000'; }, 'tiers.2.minAvgAssets'],
    ['commission lower than the tier below', (p: TierPolicyInput) => { p.tiers[2]!.minCommission12m = '5000'; }, 'tiers.2.minCommission12m'],
    ['a tier asking no more than the one below', (p: TierPolicyInput) => { p.tiers[1] = tier('AFFLUENT', '0', '0'); }, 'tiers.1.minAvgAssets'],
    ['a negative threshold', (p: TierPolicyInput) => { p.tiers[0]!.minCommission12m = '-1'; }, 'tiers.0.minCommission12m'],
    ['negative points', (p: TierPolicyInput) => { p.tiers[0]!.minPoints = -5; }, 'tiers.0.minPoints'],
    ['a duplicate code', (p: TierPolicyInput) => { p.tiers[2]!.code = 'MASS'; }, 'tiers.2.code'],
    ['an entitlement for an unknown tier', (p: TierPolicyInput) => { p.entitlements[0]!.tierCode = 'VIP'; }, 'entitlements.0.tierCode'],
    ['an unknown offering', (p: TierPolicyInput) => { p.entitlements[0]!.offeringCode = 'YACHT'; }, 'entitlements.0.offeringCode'],
  ])('refuses %s, naming the field', (_label, change, field) => {
    const p = base();
    change(p);
    expect(fieldOf(() => validatePolicyInput(p, offerings))).toBe(field);
  });

  it('reads money exactly, in cents', () => {
    expect(toCents('6000000.10', 'x')).toBe(600000010n);
    expect(toCents('0.1', 'x')).toBe(10n);
    expect(() => toCents('1.234', 'x')).toThrow(DomainError);
  });
});
