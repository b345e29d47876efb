import type { MatchRule } from '../../shared/enums';
import type { VariablesOf } from '../../shared/graphql';
import type { CreateTierPolicyDraftMutation } from './policies.graphql';
import type { PolicyDetail } from './hooks/usePolicy';

/**
 * The tier-policy editor's model, kept as typed text so nothing the person typed is lost or
 * reformatted, and its translation to TierPolicyInput. Errors are keyed by the same paths the
 * API puts in extensions.field ("tiers.2.minAvgAssets", "entitlements.0.everyDays",
 * "pointsRule.perReferral", "windowDays", ...): row i of the editor is index i of the input.
 */

export const TIER_FIELDS = ['code', 'nameZh', 'nameEn', 'minAvgAssets', 'minCommission12m', 'minPoints'] as const;
export const ENTITLEMENT_FIELDS = ['tierCode', 'offeringCode', 'everyDays'] as const;
export const POINTS_FIELDS = ['per10kAvgAssets', 'per100Commission', 'perTenureYear', 'perReferral'] as const;

export type TierField = (typeof TIER_FIELDS)[number];
export type PointsField = (typeof POINTS_FIELDS)[number];

export interface TierRow {
  /** Stable identity while rows are reordered and renamed; never sent. */
  key: string;
  code: string;
  nameZh: string;
  nameEn: string;
  minAvgAssets: string;
  minCommission12m: string;
  minPoints: string;
}

export interface EntitlementRow {
  key: string;
  /** The tier row it belongs to, so renaming a tier's code carries its entitlements along. */
  tierKey: string;
  offeringCode: string;
  everyDays: string;
}

export interface PolicyValues {
  name: string;
  matchRule: MatchRule;
  windowDays: string;
  downgradeAfter: string;
  tiers: TierRow[];
  entitlements: EntitlementRow[];
  pointsRule: Record<PointsField, string>;
}

/** path → message, as from extensions.field. */
export type FieldErrors = Record<string, string>;

export type PolicyInput = VariablesOf<typeof CreateTierPolicyDraftMutation>['input'];

let nextKey = 0;
export const newKey = () => `k${++nextKey}`;

export function emptyTier(): TierRow {
  return { key: newKey(), code: '', nameZh: '', nameEn: '', minAvgAssets: '0', minCommission12m: '0', minPoints: '0' };
}

export function emptyValues(): PolicyValues {
  return {
    name: '',
    matchRule: 'ANY',
    windowDays: '60',
    downgradeAfter: '2',
    tiers: [emptyTier()],
    entitlements: [],
    pointsRule: { per10kAvgAssets: '0', per100Commission: '0', perTenureYear: '0', perReferral: '0' },
  };
}

export function valuesFromPolicy(p: PolicyDetail): PolicyValues {
  const tiers = [...p.tiers]
    .sort((a, b) => a.rank - b.rank)
    .map((t) => ({
      key: newKey(),
      code: t.code,
      nameZh: t.nameZh,
      nameEn: t.nameEn,
      minAvgAssets: t.minAvgAssets,
      minCommission12m: t.minCommission12m,
      minPoints: String(t.minPoints),
    }));
  const keyByCode = new Map(tiers.map((t) => [t.code, t.key]));
  return {
    name: p.name,
    matchRule: p.matchRule,
    windowDays: String(p.windowDays),
    downgradeAfter: String(p.downgradeAfter),
    tiers,
    entitlements: p.entitlements.map((e) => ({
      key: newKey(),
      tierKey: keyByCode.get(e.tier.code) ?? '',
      offeringCode: e.offering.code,
      everyDays: String(e.everyDays),
    })),
    pointsRule: {
      per10kAvgAssets: String(p.pointsRule.per10kAvgAssets),
      per100Commission: String(p.pointsRule.per100Commission),
      perTenureYear: String(p.pointsRule.perTenureYear),
      perReferral: String(p.pointsRule.perReferral),
    },
  };
}

// Only the shape is checked here (a number the API can parse); ranges and ordering are the
// API's rules, answered as BAD_USER_INPUT on the same paths.
const INT = /^-?\d+$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;

/** The input to send, or the fields whose text is not a number at all. */
export function toInput(v: PolicyValues): { input: PolicyInput | null; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const int = (path: string, text: string): number => {
    if (!INT.test(text.trim())) errors[path] = 'format';
    return Number.parseInt(text.trim(), 10);
  };
  const money = (path: string, text: string): string => {
    const s = text.trim().replace(/,/g, '');
    if (!DECIMAL.test(s)) errors[path] = 'format';
    return s;
  };
  const codeByKey = new Map(v.tiers.map((t) => [t.key, t.code.trim()]));

  const input: PolicyInput = {
    name: v.name.trim(),
    matchRule: v.matchRule,
    windowDays: int('windowDays', v.windowDays),
    downgradeAfter: int('downgradeAfter', v.downgradeAfter),
    tiers: v.tiers.map((t, i) => ({
      code: t.code.trim(),
      nameZh: t.nameZh.trim(),
      nameEn: t.nameEn.trim(),
      minAvgAssets: money(`tiers.${i}.minAvgAssets`, t.minAvgAssets),
      minCommission12m: money(`tiers.${i}.minCommission12m`, t.minCommission12m),
      minPoints: int(`tiers.${i}.minPoints`, t.minPoints),
    })),
    entitlements: v.entitlements.map((e, i) => ({
      tierCode: codeByKey.get(e.tierKey) ?? '',
      offeringCode: e.offeringCode,
      everyDays: int(`entitlements.${i}.everyDays`, e.everyDays),
    })),
    pointsRule: {
      per10kAvgAssets: int('pointsRule.per10kAvgAssets', v.pointsRule.per10kAvgAssets),
      per100Commission: int('pointsRule.per100Commission', v.pointsRule.per100Commission),
      perTenureYear: int('pointsRule.perTenureYear', v.pointsRule.perTenureYear),
      perReferral: int('pointsRule.perReferral', v.pointsRule.perReferral),
    },
  };
  return { input: Object.keys(errors).length ? null : input, errors };
}

/** "tiers.2.minAvgAssets" → "minAvgAssets"; "pointsRule.perReferral" → "pointsRule"; "tiers" → "tiers". */
export function errorLeaf(path: string): string {
  const parts = path.split('.').filter((p) => !/^\d+$/.test(p));
  if (parts[0] === 'pointsRule') return 'pointsRule';
  return parts.at(-1) ?? path;
}

/** Every path the editor shows next to a control; anything else is listed above the buttons. */
export function isPlacedPath(path: string, v: PolicyValues): boolean {
  if (['name', 'matchRule', 'windowDays', 'downgradeAfter', 'tiers', 'entitlements', 'pointsRule'].includes(path)) return true;
  let m = /^tiers\.(\d+)\.(\w+)$/.exec(path);
  if (m) return Number(m[1]) < v.tiers.length && (TIER_FIELDS as readonly string[]).includes(m[2]!);
  m = /^entitlements\.(\d+)\.(\w+)$/.exec(path);
  if (m) return Number(m[1]) < v.entitlements.length && (ENTITLEMENT_FIELDS as readonly string[]).includes(m[2]!);
  m = /^pointsRule\.(\w+)$/.exec(path);
  return m != null && (POINTS_FIELDS as readonly string[]).includes(m[1]!);
}

/** Moves item i by `by` places (−1 up, +1 down), returning a new array; out of range is a no-op. */
export function move<T>(items: readonly T[], i: number, by: number): T[] {
  const j = i + by;
  if (j < 0 || j >= items.length) return [...items];
  const next = [...items];
  [next[i], next[j]] = [next[j]!, next[i]!];
  return next;
}
