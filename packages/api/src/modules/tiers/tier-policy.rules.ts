import { badInput } from '../../shared/errors.js';
import type { TierPolicyInput } from './dto/tier-policy.input.js';

const MONEY = /^\d{1,18}(\.\d{1,2})?$/;

/** A non-negative CNY decimal string as whole cents, exactly (no floats). */
export function toCents(value: string, field: string): bigint {
  if (value.startsWith('-')) throw badInput(field, 'Must not be negative', 'NEGATIVE');
  if (!MONEY.test(value)) throw badInput(field, 'Must be an amount in CNY with at most 2 decimals', 'INVALID_AMOUNT');
  const [whole = '0', frac = ''] = value.split('.');
  return BigInt(whole) * 100n + BigInt(frac.padEnd(2, '0'));
}

/**
 * The rules of a policy that span fields. Throws BAD_USER_INPUT naming the first field at
 * fault, e.g. `tiers.2.minAvgAssets` for a threshold lower than the tier below it.
 */
export function validatePolicyInput(input: TierPolicyInput, knownOfferings: ReadonlySet<string>): void {
  if (!input.name.trim()) throw badInput('name', 'Name the policy', 'REQUIRED');
  if (input.tiers.length === 0) throw badInput('tiers', 'A policy needs at least one tier', 'POLICY_WITHOUT_TIERS');
  const codes = new Set<string>();
  let previous: { assets: bigint; commission: bigint; points: number } | undefined;
  input.tiers.forEach((t, i) => {
    const at = (f: string) => `tiers.${i}.${f}`;
    if (!/^[A-Z][A-Z0-9_]{0,31}$/.test(t.code)) throw badInput(at('code'), 'Code: capital letters, digits and _ , starting with a letter', 'INVALID_CODE');
    if (codes.has(t.code)) throw badInput(at('code'), `Tier code ${t.code} is used twice`, 'DUPLICATE_CODE');
    codes.add(t.code);
    if (!t.nameZh.trim()) throw badInput(at('nameZh'), 'Give the tier a Chinese name', 'REQUIRED');
    if (!t.nameEn.trim()) throw badInput(at('nameEn'), 'Give the tier an English name', 'REQUIRED');
    const assets = toCents(t.minAvgAssets, at('minAvgAssets'));
    const commission = toCents(t.minCommission12m, at('minCommission12m'));
    if (!Number.isInteger(t.minPoints) || t.minPoints < 0) throw badInput(at('minPoints'), 'Must not be negative', 'NEGATIVE');
    if (previous) {
      // each tier asks at least as much as the one below, and more of something
      if (assets < previous.assets) throw badInput(at('minAvgAssets'), 'Thresholds out of order: lower than the tier below', 'THRESHOLDS_OUT_OF_ORDER');
      if (commission < previous.commission) throw badInput(at('minCommission12m'), 'Thresholds out of order: lower than the tier below', 'THRESHOLDS_OUT_OF_ORDER');
      if (t.minPoints < previous.points) throw badInput(at('minPoints'), 'Thresholds out of order: lower than the tier below', 'THRESHOLDS_OUT_OF_ORDER');
      if (assets === previous.assets && commission === previous.commission && t.minPoints === previous.points) {
        throw badInput(at('minAvgAssets'), 'Thresholds out of order: a tier must ask more than the tier below', 'THRESHOLDS_OUT_OF_ORDER');
      }
    }
    previous = { assets, commission, points: t.minPoints };
  });
  const pairs = new Set<string>();
  input.entitlements.forEach((e, i) => {
    if (!codes.has(e.tierCode)) throw badInput(`entitlements.${i}.tierCode`, `No tier ${e.tierCode} in this policy`, 'UNKNOWN_TIER');
    if (!knownOfferings.has(e.offeringCode)) throw badInput(`entitlements.${i}.offeringCode`, `No service offering ${e.offeringCode}`, 'UNKNOWN_OFFERING');
    const key = `${e.tierCode}/${e.offeringCode}`;
    if (pairs.has(key)) throw badInput(`entitlements.${i}.offeringCode`, `${key} is listed twice`, 'DUPLICATE_ENTITLEMENT');
    pairs.add(key);
  });
}
