import { describe, expect, it } from 'vitest';
import { layoutMatrix, movement, pairTotals, type SimTier } from './simulation';

const tier = (code: string, rank: number): SimTier => ({ code, rank, nameZh: code, nameEn: code });
const MASS = tier('MASS', 1);
const AFFLUENT = tier('AFFLUENT', 2);
const HNW = tier('HNW', 3);

describe('movement', () => {
  const draft = new Map([
    ['ENTRY', 1],
    ['MASS', 2],
    ['AFFLUENT', 3],
  ]);
  it('places a current tier at its code’s rank in the draft (a tier added below shifts ranks)', () => {
    expect(movement(MASS, tier('MASS', 2), draft)).toBe('same');
    expect(movement(MASS, tier('ENTRY', 1), draft)).toBe('down');
    expect(movement(MASS, tier('AFFLUENT', 3), draft)).toBe('up');
    // AFFLUENT is rank 2 today but rank 3 in the draft: moving to draft rank 2 is a downgrade
    expect(movement(AFFLUENT, tier('MASS', 2), draft)).toBe('down');
  });
  it('compares ranks when the code is new, and flags clients with no tier yet', () => {
    expect(movement(HNW, tier('MASS', 2), draft)).toBe('down');
    expect(movement(tier('GOLD', 3), tier('PLATINUM', 3), new Map([['PLATINUM', 3]]))).toBe('same');
    expect(movement(null, MASS, draft)).toBe('new');
  });
});

describe('layoutMatrix', () => {
  const cells = [
    { fromTier: null, toTier: MASS, clients: 2, assets: '10' },
    { fromTier: MASS, toTier: MASS, clients: 5, assets: '100' },
    { fromTier: MASS, toTier: AFFLUENT, clients: 1, assets: '900' },
    { fromTier: AFFLUENT, toTier: MASS, clients: 3, assets: '300' },
  ];
  const m = layoutMatrix(cells, [AFFLUENT, MASS, HNW], [MASS, AFFLUENT]);
  it('lays out both axes lowest first, with the untiered row on top', () => {
    expect(m.rows.map((r) => r?.code ?? 'NONE')).toEqual(['NONE', 'MASS', 'AFFLUENT']);
    expect(m.cols.map((c) => c.code)).toEqual(['MASS', 'AFFLUENT', 'HNW']);
  });
  it('totals rows, columns and movements', () => {
    expect(m.rowTotal(MASS)).toBe(6);
    expect(m.colTotal(MASS)).toBe(10);
    expect(m.total).toBe(11);
    expect(m.counts).toEqual({ up: 1, down: 3, same: 5, new: 2 });
    expect(m.cell(AFFLUENT, MASS)?.clients).toBe(3);
    expect(m.cell(AFFLUENT, HNW)).toBeUndefined();
  });
});

describe('pairTotals', () => {
  it('joins by code, highest tier first, keeping tiers only one side has', () => {
    const rows = pairTotals([{ tier: MASS, n: 1 }, { tier: AFFLUENT, n: 2 }], [{ tier: MASS, n: 3 }, { tier: HNW, n: 4 }]);
    expect(rows.map((r) => [r.code, r.before?.n, r.after?.n])).toEqual([
      ['HNW', undefined, 4],
      ['AFFLUENT', 2, undefined],
      ['MASS', 1, 3],
    ]);
  });
  it('puts clients with no tier last', () => {
    const rows = pairTotals([{ tier: null, n: 9 }, { tier: MASS, n: 1 }], [{ tier: MASS, n: 10 }]);
    expect(rows.map((r) => [r.code, r.before?.n, r.after?.n])).toEqual([
      ['MASS', 1, 10],
      ['', 9, undefined],
    ]);
  });
});
