import type { Faker } from '@faker-js/faker';
import { between } from './demo-rand.js';

/** The organisation every demo database starts with: branches, staff, tiers and the catalogue. */

export const BRANCHES = [
  { code: 'SZ01', name: '深圳福田营业部', city: '深圳', accountPrefix: '1001', advisers: 6, regions: ['440304', '440303', '440305', '440306'] },
  { code: 'SH01', name: '上海陆家嘴营业部', city: '上海', accountPrefix: '1002', advisers: 6, regions: ['310115', '310104', '310105', '310110'] },
  { code: 'BJ01', name: '北京金融街营业部', city: '北京', accountPrefix: '1003', advisers: 5, regions: ['110102', '110105', '110108', '110101'] },
  { code: 'GZ01', name: '广州天河营业部', city: '广州', accountPrefix: '1004', advisers: 5, regions: ['440106', '440104', '440105', '440111'] },
] as const;

export type Role = 'ADVISER' | 'MANAGER' | 'HEAD_OFFICE' | 'COMPLIANCE';

export interface DemoBranch { id: string; code: string; name: string; city: string; accountPrefix: string; regions: readonly string[] }
export interface DemoStaff {
  id: string; email: string; name: string; role: Role; branchId: string | null;
  /** Advisers only: how much of what the entitlements promise this adviser actually delivers. */
  diligence: number;
  /** Advisers only: relative share of the branch's new clients. */
  weight: number;
}

export const TIERS = [
  { rank: 1, code: 'CHANNEL', nameZh: '财富通道', nameEn: 'Wealth Channel', minAvgAssets: 0, minCommission12m: 0 },
  { rank: 2, code: 'INFO', nameZh: '财富资讯', nameEn: 'Wealth Insight', minAvgAssets: 100_000, minCommission12m: 2_000 },
  { rank: 3, code: 'CLASSIC', nameZh: '财富宝典', nameEn: 'Wealth Classic', minAvgAssets: 500_000, minCommission12m: 10_000 },
  { rank: 4, code: 'BUTLER', nameZh: '财富管家', nameEn: 'Wealth Butler', minAvgAssets: 6_000_000, minCommission12m: 60_000 },
] as const;
export type TierCode = (typeof TIERS)[number]['code'];

export const OFFERINGS = [
  { code: 'FAST_LANE', nameZh: '快速交易通道', nameEn: 'Fast trading lane', category: 'CHANNEL', channel: 'PHONE', pointsCost: 1000 },
  { code: 'VIP_ROOM', nameZh: '贵宾室', nameEn: 'VIP room', category: 'CHANNEL', channel: 'FACE_TO_FACE', pointsCost: 500 },
  { code: 'RESEARCH_REPORT', nameZh: '研究报告', nameEn: 'Research report', category: 'INFORMATION', channel: 'EMAIL', pointsCost: 100 },
  { code: 'SMS_ALERT', nameZh: '短信提醒', nameEn: 'SMS alert', category: 'INFORMATION', channel: 'SMS', pointsCost: null },
  { code: 'HOLDINGS_PUSH', nameZh: '持仓资讯推送', nameEn: 'Holdings-based push', category: 'INFORMATION', channel: 'WECHAT', pointsCost: null },
  { code: 'ONE_TO_ONE_CALL', nameZh: '一对一电话', nameEn: 'One-to-one call', category: 'ADVISORY', channel: 'PHONE', pointsCost: null },
  { code: 'PORTFOLIO_REVIEW', nameZh: '组合检视', nameEn: 'Portfolio review', category: 'ADVISORY', channel: 'FACE_TO_FACE', pointsCost: 800 },
  { code: 'AV_SESSION', nameZh: '音视频路演', nameEn: 'Audio/video roadshow', category: 'ADVISORY', channel: 'SEMINAR', pointsCost: 300 },
  { code: 'BIRTHDAY_GREETING', nameZh: '生日祝福', nameEn: 'Birthday greeting', category: 'CARE', channel: 'SMS', pointsCost: null },
  { code: 'CLIENT_EVENT', nameZh: '客户活动', nameEn: 'Client event', category: 'CARE', channel: 'SEMINAR', pointsCost: 200 },
] as const;
export type OfferingCode = (typeof OFFERINGS)[number]['code'];

export const ENTITLEMENTS: readonly (readonly [TierCode, OfferingCode, number])[] = [
  ['BUTLER', 'ONE_TO_ONE_CALL', 14], ['BUTLER', 'PORTFOLIO_REVIEW', 30], ['BUTLER', 'HOLDINGS_PUSH', 7],
  ['BUTLER', 'VIP_ROOM', 30], ['BUTLER', 'BIRTHDAY_GREETING', 365],
  ['CLASSIC', 'ONE_TO_ONE_CALL', 30], ['CLASSIC', 'PORTFOLIO_REVIEW', 90], ['CLASSIC', 'RESEARCH_REPORT', 7],
  ['INFO', 'RESEARCH_REPORT', 14], ['INFO', 'SMS_ALERT', 7],
  ['CHANNEL', 'SMS_ALERT', 30],
];

const CATEGORY_KIND = { CHANNEL: 'TRADING', INFORMATION: 'INFORMATION', ADVISORY: 'ADVISORY', PRODUCT: 'ADVISORY', CARE: 'CARE' } as const;

/**
 * Share of the due deliveries that get logged. Advisory contacts for top tiers are mostly
 * delivered; bulk information pushes are logged far less than promised, which is the
 * report's "branches don't execute" failure and what the SLA screens should surface.
 */
function deliveryRate(category: string, everyDays: number, rank: number): number {
  if (category === 'ADVISORY') return rank >= 4 ? 0.9 : 0.6;
  if (category === 'CARE') return 0.9;
  if (category === 'CHANNEL') return 0.6;
  if (everyDays <= 7) return rank >= 4 ? 0.35 : 0.1;
  return everyDays <= 14 ? 0.2 : 0.55;
}

/** One row of the contact plan the SQL expands into service logs. */
export interface PlanRow {
  /** Names the schedule; phaseSeed seeds its phase (shared by a style's ad-hoc rows, so the rhythm survives a tier change). */
  key: string; phaseSeed: number; tierId: string; style: string | null; offeringId: string | null; everyDays: number;
  rate: number; kind: string; channel: string | null; template: string; byManager: boolean; scaledByDiligence: boolean;
}

export interface DemoOrg {
  branches: DemoBranch[]; staff: DemoStaff[]; policyId: string;
  tiers: { id: string; rank: number; code: TierCode }[];
  offerings: { id: string; code: OfferingCode }[];
  entitlements: { id: string; tierId: string; offeringId: string; everyDays: number }[];
  plan: PlanRow[];
}

const idOf = <T extends { id: string }>(rows: readonly T[], test: (r: T) => boolean): string => {
  const row = rows.find(test);
  if (!row) throw new Error('demo organisation is inconsistent');
  return row.id;
};

/**
 * How a large demo is staffed: about `clientsPerBranch` clients a branch and
 * `clientsPerAdviser` an adviser. Without it the organisation is the fixed four
 * branches and 22 advisers of the default demo.
 */
export interface OrgScale { clients: number; clientsPerBranch: number; clientsPerAdviser: number }

const CITIES = [
  ['杭州', ['330106', '330102', '330105', '330108']], ['南京', ['320102', '320104', '320105', '320106']],
  ['成都', ['510104', '510105', '510106', '510107']], ['武汉', ['420102', '420103', '420104', '420106']],
] as const;

/** The branch list and advisers per branch of a scaled organisation (the first four are the default branches). */
function scaledBranches(scale: OrgScale): { defs: Omit<DemoBranch, 'id'>[]; advisers: number[] } {
  const count = Math.min(99, Math.max(1, Math.round(scale.clients / scale.clientsPerBranch)));
  const totalAdvisers = Math.max(count, Math.round(scale.clients / scale.clientsPerAdviser));
  const defs: Omit<DemoBranch, 'id'>[] = [];
  for (let i = 0; i < count; i++) {
    const known = BRANCHES[i];
    if (known) {
      defs.push({ code: known.code, name: known.name, city: known.city, accountPrefix: known.accountPrefix, regions: known.regions });
    } else {
      const [city, regions] = CITIES[i % CITIES.length] ?? CITIES[0];
      const no = String(i + 1).padStart(2, '0');
      defs.push({ code: `B${no}`, name: `${city}第${i + 1}营业部`, city, accountPrefix: `10${no}`, regions });
    }
  }
  const advisers = defs.map((_, i) => Math.floor(totalAdvisers / count) + (i < totalAdvisers % count ? 1 : 0));
  return { defs, advisers };
}

/** Draws every id and name of the organisation from `f`, in a fixed order. */
export function buildOrg(f: Faker, scale?: OrgScale): DemoOrg {
  const scaled = scale ? scaledBranches(scale) : undefined;
  const branches: DemoBranch[] = scaled
    ? scaled.defs.map((b) => ({ id: f.string.uuid(), ...b }))
    : BRANCHES.map((b) => ({ id: f.string.uuid(), ...b }));
  const staff: DemoStaff[] = [];
  const person = (email: string, role: Role, branchId: string | null, diligence = 0, weight = 0): void => {
    staff.push({ id: f.string.uuid(), email, name: f.person.fullName(), role, branchId, diligence, weight });
  };
  let adviserNo = 0;
  branches.forEach((b, i) => {
    person(i === 0 ? 'manager@demo.local' : `manager${String(i + 1).padStart(2, '0')}@demo.local`, 'MANAGER', b.id);
    const count = scaled ? (scaled.advisers[i] ?? 1) : (BRANCHES[i]?.advisers ?? 5);
    for (let k = 0; k < count; k++) {
      adviserNo++;
      const email = adviserNo === 1 ? 'adviser@demo.local'
        : adviserNo === 2 ? 'adviser2@demo.local'
        : `adviser${String(adviserNo).padStart(2, '0')}@demo.local`;
      // the fixed sign-in gets a slightly smaller, well-served book (80-150 clients at 3,000)
      const diligence = adviserNo === 1 ? 0.9 : Math.round(between(f, 0.45, 1) * 100) / 100;
      // at scale the fixed sign-in holds an ordinary book (~clientsPerAdviser)
      person(email, 'ADVISER', b.id, diligence, adviserNo === 1 && !scaled ? 0.8 : 1);
    }
  });
  person('head@demo.local', 'HEAD_OFFICE', null);
  person('head02@demo.local', 'HEAD_OFFICE', null);
  person('compliance@demo.local', 'COMPLIANCE', null);
  person('compliance02@demo.local', 'COMPLIANCE', null);

  const policyId = f.string.uuid();
  const tiers = TIERS.map((t) => ({ id: f.string.uuid(), rank: t.rank, code: t.code }));
  const offerings = OFFERINGS.map((o) => ({ id: f.string.uuid(), code: o.code }));
  const entitlements = ENTITLEMENTS.map(([tier, offering, everyDays]) => ({
    id: f.string.uuid(),
    tierId: idOf(tiers, (t) => t.code === tier),
    offeringId: idOf(offerings, (o) => o.code === offering),
    everyDays,
  }));

  const plan: PlanRow[] = ENTITLEMENTS.map(([tier, code, everyDays], i) => {
    const o = OFFERINGS.find((x) => x.code === code);
    const t = TIERS.find((x) => x.code === tier);
    if (!o || !t) throw new Error('demo entitlement is inconsistent');
    return {
      key: `${tier}:${code}`, phaseSeed: i + 1, tierId: idOf(tiers, (x) => x.code === tier), style: null,
      offeringId: idOf(offerings, (x) => x.code === code), everyDays, rate: deliveryRate(o.category, everyDays, t.rank),
      kind: CATEGORY_KIND[o.category], channel: o.channel, template: code, byManager: false, scaledByDiligence: true,
    };
  });
  // client-initiated questions, more often from traders, whatever the tier; no offering
  const adhoc = [['SHORT_TERM', 60, 'TRADING'], ['MID_TERM', 120, 'ADVISORY'], ['LONG_TERM', 240, 'ADVISORY']] as const;
  adhoc.forEach(([style, everyDays, kind], i) => {
    for (const t of tiers) {
      plan.push({ key: `ADHOC:${style}`, phaseSeed: 100 + i, tierId: t.id, style, offeringId: null, everyDays, rate: 0.8, kind,
        channel: null, template: 'ADHOC', byManager: false, scaledByDiligence: false });
    }
  });
  // periodic call-backs (回访) of top-tier clients by the branch manager, not the owner
  for (const [tier, everyDays, rate] of [['BUTLER', 90, 0.7], ['CLASSIC', 180, 0.3]] as const) {
    plan.push({ key: `CALL_BACK:${tier}`, phaseSeed: 200, tierId: idOf(tiers, (t) => t.code === tier), style: null, offeringId: null,
      everyDays, rate, kind: 'CALL_BACK', channel: 'PHONE', template: 'CALL_BACK', byManager: true, scaledByDiligence: false });
  }
  return { branches, staff, policyId, tiers, offerings, entitlements, plan };
}
