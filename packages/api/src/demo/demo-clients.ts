import type { Faker } from '@faker-js/faker';
import type { DemoBranch, DemoOrg, DemoStaff } from './demo-org.js';
import { addDays, between, daysBetween, gauss, intBetween, pick, unit, weekdayOnOrBefore, weighted } from './demo-rand.js';

export const SECTORS = ['新能源', '半导体', '医药', '消费', '银行', '券商', '白酒', '人工智能', '军工', '有色金属', '光伏', '地产'] as const;
const STYLES = [['SHORT_TERM', 35], ['MID_TERM', 40], ['LONG_TERM', 25]] as const;
const CHANNEL_ORDER = ['PHONE', 'SMS', 'EMAIL', 'FACE_TO_FACE', 'WECHAT', 'WEB', 'SEMINAR'] as const;
/** Region codes (GB/T 2260) of clients born outside the branch's city. */
const ELSEWHERE = ['320102', '330106', '420106', '510107', '370102', '350203', '430104', '610113'] as const;

/** One client row plus the parameters of its simulated account (see METRIC_CHUNK_SQL). */
export interface DemoClient {
  id: string; assignmentId: string; accountNo: string; name: string; idNumber: string; phone: string;
  branchId: string; adviserId: string; managerId: string; diligence: number;
  status: 'ACTIVE' | 'DORMANT' | 'CLOSED' | 'TRANSFERRED_OUT';
  riskLevel: string; style: string; segment: string; channels: string[]; sectors: string[]; openedOn: string;
  /** Asset level the path is anchored to at asOf, before noise and drift. */
  baseAssets: number;
  /** Assets at opening: decides the onboarding tier. */
  openingAssets: number;
  trend: number; beta: number; vol: number; amp: number; period: number; phase: number;
  cashShare: number; turnover: number; pActive: number; commissionRate: number;
  dormant: boolean; driftStart: string | null; driftK: number; closeDay: string | null;
  /** No service contact after this day (drifting and neglected clients stop early). */
  contactEnd: string; adhocChannel: string;
}

export interface ClientContext { org: DemoOrg; asOf: string; days: number }

/** GB 11643 check character (ISO 7064 MOD 11-2). */
export function idCheckChar(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((s, w, i) => s + w * Number(first17[i]), 0);
  return '10X98765432'[sum % 11] ?? '0';
}

/**
 * Base assets: lognormal around a ¥110k median with σ 1.7 plus a ¥10k floor, which puts
 * ~80% of assets with the top 20% of clients, ~1% above ¥6m and three quarters under ¥500k.
 */
export function drawBaseAssets(f: Faker): number {
  const z = Math.max(-4.5, Math.min(4.5, gauss(f)));
  return Math.round((10_000 + Math.exp(Math.log(110_000) + 1.7 * z)) * 100) / 100;
}

function preferredChannels(f: Faker, style: string, segment: string, base: number): string[] {
  const set = new Set<string>();
  // 长城证券's matching: traders get SMS/IM, mid-term investors the web, high value one-to-one
  if (style === 'SHORT_TERM') ['SMS', 'WECHAT'].forEach((c) => set.add(c));
  if (style === 'MID_TERM') ['WEB', 'EMAIL'].forEach((c) => set.add(c));
  if (style === 'LONG_TERM') set.add(unit(f) < 0.5 ? 'PHONE' : 'EMAIL');
  if (base >= 1_000_000) ['PHONE', 'FACE_TO_FACE'].forEach((c) => set.add(c));
  if (segment === 'BUSINESS') set.add('WECHAT');
  if (segment === 'PROFESSIONAL') set.add('SEMINAR');
  if (unit(f) < 0.2) set.add(pick(f, CHANNEL_ORDER));
  return CHANNEL_ORDER.filter((c) => set.has(c));
}

interface AdviserPick { adviser: DemoStaff; branch: DemoBranch; manager: DemoStaff }
interface AdviserIndex { picks: AdviserPick[]; weights: (readonly [AdviserPick, number])[]; cumulative: number[]; total: number }
const adviserIndexes = new WeakMap<DemoOrg, AdviserIndex>();

/**
 * The owner of the next client, weighted by the advisers' weights. Looked up once per org:
 * thousands of advisers at a million clients would make a per-client scan quadratic. Small
 * organisations keep weighted()'s linear walk, so the default demo draws exactly as before.
 */
function pickAdviser(f: Faker, org: DemoOrg): AdviserPick {
  let index = adviserIndexes.get(org);
  if (!index) {
    const picks = org.staff.filter((s) => s.role === 'ADVISER').map((adviser) => {
      const branch = org.branches.find((b) => b.id === adviser.branchId);
      const manager = org.staff.find((s) => s.role === 'MANAGER' && s.branchId === adviser.branchId);
      if (!branch || !manager) throw new Error('adviser without branch or manager');
      return { adviser, branch, manager };
    });
    const cumulative: number[] = [];
    let total = 0;
    for (const p of picks) cumulative.push((total += p.adviser.weight));
    index = { picks, weights: picks.map((p) => [p, p.adviser.weight] as const), cumulative, total };
    adviserIndexes.set(org, index);
  }
  if (index.picks.length <= 64) return weighted(f, index.weights);
  const r = unit(f) * index.total;
  let lo = 0;
  let hi = index.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (r < (index.cumulative[mid] ?? 0)) hi = mid;
    else lo = mid + 1;
  }
  const chosen = index.picks[lo];
  if (!chosen) throw new Error('weighted pick from an empty list');
  return chosen;
}

/** Draws client `index` (0-based). Calls `f` in a fixed order, so batch size never matters. */
export function drawClient(f: Faker, index: number, ctx: ClientContext): DemoClient {
  const { org, asOf, days } = ctx;
  const { adviser, branch, manager } = pickAdviser(f, org);

  const sex = unit(f) < 0.55 ? 'male' : 'female';
  const name = f.person.fullName({ sex });
  const windowStart = addDays(asOf, -(days - 1));
  const openedOn = weekdayOnOrBefore(addDays(windowStart, -intBetween(f, 1, 3650)));
  // adult when the account was opened
  const minAge = Math.max(22, daysBetween(openedOn, asOf) / 365.25 + 18.5);
  const birth = addDays(asOf, -Math.round(between(f, minAge, Math.max(minAge, 75)) * 365.25));
  const region = unit(f) < 0.7 ? pick(f, branch.regions) : pick(f, ELSEWHERE);
  const seq = intBetween(f, 0, 49) * 20 + intBetween(f, 0, 9) * 2 + (sex === 'male' ? 1 : 0);
  const first17 = `${region}${birth.replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
  const phone = `1${pick(f, ['3', '5', '7', '8', '9'])}${String(intBetween(f, 0, 999_999_999)).padStart(9, '0')}`;

  const style = weighted(f, STYLES);
  const baseAssets = drawBaseAssets(f);
  const segment = weighted(f, [['RETAIL', 80], ['BUSINESS', 13], ['PROFESSIONAL', baseAssets > 1_000_000 ? 25 : 5]] as const);
  const riskLevel = style === 'SHORT_TERM'
    ? weighted(f, [['C2', 5], ['C3', 30], ['C4', 40], ['C5', 25]] as const)
    : weighted(f, [['C1', 8], ['C2', 27], ['C3', 45], ['C4', 15], ['C5', 5]] as const);
  const sectors = f.helpers.arrayElements([...SECTORS], intBetween(f, 1, 3));
  const channels = preferredChannels(f, style, segment, baseAssets);

  const drifting = unit(f) < 0.1;
  const dormant = !drifting && unit(f) < (baseAssets < 50_000 ? 0.2 : 0.04);
  let status: DemoClient['status'] = dormant ? 'DORMANT' : 'ACTIVE';
  let driftStart: string | null = null;
  let driftK = 0;
  let closeDay: string | null = null;
  let contactEnd = addDays(asOf, -1);
  if (drifting) {
    const startAgo = intBetween(f, 30, 90);
    driftStart = addDays(asOf, -startAgo);
    // lose 50-85% of assets by asOf (or by closing)
    driftK = -Math.log(between(f, 0.15, 0.5)) / startAgo;
    contactEnd = addDays(asOf, -(Math.max(startAgo, 60) + intBetween(f, 0, 30)));
    if (unit(f) < 0.25) {
      status = unit(f) < 0.4 ? 'CLOSED' : 'TRANSFERRED_OUT';
      closeDay = weekdayOnOrBefore(addDays(driftStart, intBetween(f, 10, startAgo)));
      if (closeDay <= driftStart) closeDay = addDays(driftStart, 1);
    }
  } else if (unit(f) < (dormant ? 0.6 : 0.08)) {
    contactEnd = addDays(asOf, -intBetween(f, 90, 200));
  }

  const styleTurnover = style === 'SHORT_TERM' ? 25 : style === 'MID_TERM' ? 6 : 1;
  const pActive = style === 'SHORT_TERM' ? 0.5 : style === 'MID_TERM' ? 0.2 : 0.06;
  // small accounts pay list price; large ones have negotiated it down
  const rateRaw = 0.0008 - 0.00012 * Math.log10(baseAssets / 10_000) + 0.0001 * gauss(f);
  const commissionRate = Math.round(Math.max(0.0002, Math.min(0.0008, rateRaw)) * 1e6) / 1e6;
  const adhocChannel = channels.find((c) => c === 'PHONE' || c === 'WECHAT' || c === 'FACE_TO_FACE') ?? 'PHONE';

  return {
    id: f.string.uuid(), assignmentId: f.string.uuid(),
    accountNo: `${branch.accountPrefix}${String(index + 1).padStart(8, '0')}`,
    name, idNumber: first17 + idCheckChar(first17), phone,
    branchId: branch.id, adviserId: adviser.id, managerId: manager.id, diligence: adviser.diligence,
    status, riskLevel, style, segment, channels, sectors, openedOn, baseAssets,
    openingAssets: Math.round(baseAssets * Math.exp(-0.3 + 0.5 * gauss(f)) * 100) / 100,
    trend: 0.03 + 0.15 * gauss(f),
    beta: dormant ? 0.3 : Math.max(0.2, Math.min(1.8, 1 + 0.3 * gauss(f))),
    vol: dormant ? 0.002 : between(f, 0.004, 0.012),
    amp: between(f, 0, 0.08), period: between(f, 60, 240), phase: between(f, 0, 2 * Math.PI),
    cashShare: style === 'LONG_TERM' ? between(f, 0.05, 0.25) : between(f, 0.1, 0.5),
    turnover: dormant ? 0 : styleTurnover * Math.exp(0.5 * gauss(f)),
    pActive, commissionRate, dormant, driftStart, driftK, closeDay, contactEnd, adhocChannel,
  };
}
