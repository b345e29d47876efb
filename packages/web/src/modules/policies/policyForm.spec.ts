import { describe, expect, it } from 'vitest';
import { emptyValues, errorLeaf, isPlacedPath, move, toInput, type PolicyValues } from './policyForm';

function twoTiers(): PolicyValues {
  const v = emptyValues();
  v.name = ' 方案 2027 ';
  v.tiers = [
    { key: 'a', code: 'MASS', nameZh: '大众', nameEn: 'Mass', minAvgAssets: '0', minCommission12m: '0', minPoints: '0' },
    { key: 'b', code: 'HNW', nameZh: '高净值', nameEn: 'HNW', minAvgAssets: '6,000,000', minCommission12m: '60000.50', minPoints: '100' },
  ];
  v.entitlements = [{ key: 'e', tierKey: 'b', offeringCode: 'ONE_TO_ONE_CALL', everyDays: '14' }];
  return v;
}

describe('toInput', () => {
  it('sends tiers in list order, money as exact strings, entitlements by the tier’s current code', () => {
    const v = twoTiers();
    v.tiers[1]!.code = 'GOLD'; // renamed after the entitlement was added: it follows
    const { input, errors } = toInput(v);
    expect(errors).toEqual({});
    expect(input?.name).toBe('方案 2027');
    expect(input?.tiers.map((t) => [t.code, t.minAvgAssets, t.minCommission12m, t.minPoints])).toEqual([
      ['MASS', '0', '0', 0],
      ['GOLD', '6000000', '60000.50', 100],
    ]);
    expect(input?.entitlements).toEqual([{ tierCode: 'GOLD', offeringCode: 'ONE_TO_ONE_CALL', everyDays: 14 }]);
  });

  it('names every field whose text is not a number, by the API’s paths; negatives go to the API', () => {
    const v = twoTiers();
    v.windowDays = '60 days';
    v.tiers[1]!.minAvgAssets = 'lots';
    v.tiers[0]!.minAvgAssets = '-1';
    v.pointsRule.perReferral = '1.5';
    const { input, errors } = toInput(v);
    expect(input).toBeNull();
    expect(Object.keys(errors).sort()).toEqual(['pointsRule.perReferral', 'tiers.1.minAvgAssets', 'windowDays']);
  });
});

describe('error paths', () => {
  it.each([
    ['tiers.2.minAvgAssets', 'minAvgAssets'],
    ['entitlements.0.everyDays', 'everyDays'],
    ['pointsRule.perReferral', 'pointsRule'],
    ['tiers', 'tiers'],
    ['windowDays', 'windowDays'],
  ])('%s reads as %s', (path, leaf) => expect(errorLeaf(path)).toBe(leaf));

  it('knows which paths have a control on screen', () => {
    const v = twoTiers();
    expect(isPlacedPath('tiers.1.minPoints', v)).toBe(true);
    expect(isPlacedPath('tiers.2.minPoints', v)).toBe(false); // no third row
    expect(isPlacedPath('entitlements.0.tierCode', v)).toBe(true);
    expect(isPlacedPath('pointsRule.perTenureYear', v)).toBe(true);
    expect(isPlacedPath('tiers.1', v)).toBe(false);
  });
});

describe('move', () => {
  it('swaps neighbours and ignores moves off either end', () => {
    expect(move(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
    expect(move(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
  });
});
