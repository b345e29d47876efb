/**
 * Reading a simulation: which way each migration cell points, and the matrix laid out with
 * both axes lowest tier first, so upgrades sit right of the diagonal and downgrades left.
 */

export interface SimTier {
  code: string;
  rank: number;
  nameZh: string;
  nameEn: string;
}
export interface SimCell {
  fromTier?: SimTier | null;
  toTier: SimTier;
  clients: number;
  assets: string;
}
export type Movement = 'up' | 'down' | 'same' | 'new';

/**
 * Today's tiers belong to the active policy, the columns to the draft; codes usually carry
 * over between versions, ranks may not (a tier added at the bottom shifts every rank). So a
 * from-tier whose code exists in the draft is placed at that code's draft rank.
 */
export function movement(from: SimTier | null | undefined, to: SimTier, draftRankByCode: ReadonlyMap<string, number>): Movement {
  if (!from) return 'new';
  if (from.code === to.code) return 'same';
  const fromRank = draftRankByCode.get(from.code) ?? from.rank;
  return to.rank > fromRank ? 'up' : to.rank < fromRank ? 'down' : 'same';
}

export interface MatrixLayout {
  /** null = clients with no tier yet; listed first when present. */
  rows: (SimTier | null)[];
  cols: SimTier[];
  cell: (from: SimTier | null, to: SimTier) => SimCell | undefined;
  move: (from: SimTier | null, to: SimTier) => Movement;
  rowTotal: (from: SimTier | null) => number;
  colTotal: (to: SimTier) => number;
  total: number;
  counts: Record<Movement, number>;
}

const byRank = (a: SimTier, b: SimTier) => a.rank - b.rank || a.code.localeCompare(b.code);
const keyOf = (t: SimTier | null | undefined) => t?.code ?? '';

export function layoutMatrix(
  cells: readonly SimCell[],
  draftTiers: readonly SimTier[],
  currentTiers: readonly (SimTier | null | undefined)[] = [],
): MatrixLayout {
  const cols = new Map<string, SimTier>();
  for (const t of draftTiers) cols.set(t.code, t);
  for (const c of cells) if (!cols.has(c.toTier.code)) cols.set(c.toTier.code, c.toTier);

  const rows = new Map<string, SimTier>();
  for (const t of currentTiers) if (t) rows.set(t.code, t);
  for (const c of cells) if (c.fromTier && !rows.has(c.fromTier.code)) rows.set(c.fromTier.code, c.fromTier);
  const hasNone = cells.some((c) => !c.fromTier && c.clients > 0);

  const draftRank = new Map([...cols.values()].map((t) => [t.code, t.rank]));
  const index = new Map(cells.map((c) => [`${keyOf(c.fromTier)}>${c.toTier.code}`, c]));
  const rowTotals = new Map<string, number>();
  const colTotals = new Map<string, number>();
  const counts: Record<Movement, number> = { up: 0, down: 0, same: 0, new: 0 };
  let total = 0;
  for (const c of cells) {
    rowTotals.set(keyOf(c.fromTier), (rowTotals.get(keyOf(c.fromTier)) ?? 0) + c.clients);
    colTotals.set(c.toTier.code, (colTotals.get(c.toTier.code) ?? 0) + c.clients);
    counts[movement(c.fromTier, c.toTier, draftRank)] += c.clients;
    total += c.clients;
  }

  return {
    rows: [...(hasNone ? [null] : []), ...[...rows.values()].sort(byRank)],
    cols: [...cols.values()].sort(byRank),
    cell: (from, to) => index.get(`${keyOf(from)}>${to.code}`),
    move: (from, to) => movement(from, to, draftRank),
    rowTotal: (from) => rowTotals.get(keyOf(from)) ?? 0,
    colTotal: (to) => colTotals.get(to.code) ?? 0,
    total,
    counts,
  };
}

export interface TotalsRow<T> {
  /** The tier code, or '' for clients with no tier. */
  code: string;
  tier: SimTier | null;
  before: T | undefined;
  after: T | undefined;
}

/**
 * Before (today's tiers) and after (the draft's) side by side by tier code, highest first;
 * clients with no tier (a null tier, e.g. never reviewed) last.
 */
export function pairTotals<T extends { tier?: SimTier | null }>(before: readonly T[], after: readonly T[]): TotalsRow<T>[] {
  const rows = new Map<string, TotalsRow<T>>();
  for (const b of before) rows.set(keyOf(b.tier), { code: keyOf(b.tier), tier: b.tier ?? null, before: b, after: undefined });
  for (const a of after) {
    const row = rows.get(keyOf(a.tier));
    if (row) Object.assign(row, { after: a, tier: a.tier ?? row.tier });
    else rows.set(keyOf(a.tier), { code: keyOf(a.tier), tier: a.tier ?? null, before: undefined, after: a });
  }
  return [...rows.values()].sort((x, y) => (!x.tier ? 1 : !y.tier ? -1 : byRank(y.tier, x.tier)));
}
