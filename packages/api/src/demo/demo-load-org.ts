import type { DemoClient } from './demo-clients.js';
import { nameInitials } from '../modules/clients/client-initials.js';
import type { DemoOrg, PlanRow } from './demo-org.js';
import { OFFERINGS, TIERS } from './demo-org.js';
import { shanghaiAt, unnestInsert, type UnnestColumn } from './demo-sql-util.js';
import { TEMPLATE_INSERT_SQL } from './demo-service.sql.js';
import { SUMMARY_TEMPLATES } from './demo-text.js';

/** Builds the unnest() inserts for the organisation, the client batches and the contact plan. */

type Statement = { sql: string; params: unknown[] };
const at = (time: string) => (v: string) => shanghaiAt(`${v}::date`, time);

/** Branches, staff (all sharing one password hash), the active policy, its tiers and the catalogue. */
export function orgStatements(org: DemoOrg, passwordHash: string, orgSince: string, policySince: string): Statement[] {
  const headId = org.staff.find((s) => s.email === 'head@demo.local')?.id ?? null;
  const since = () => orgSince;
  const statements: Statement[] = [
    unnestInsert('branch', [
      ['id', 'uuid', (b) => b.id], ['code', 'text', (b) => b.code], ['name', 'text', (b) => b.name],
      ['city', 'text', (b) => b.city], ['created_at', 'text', since, at('09:00')],
    ], org.branches),
    unnestInsert('staff', [
      ['id', 'uuid', (s) => s.id], ['email', 'text', (s) => s.email], ['name', 'text', (s) => s.name],
      ['role', 'text', (s) => s.role], ['branch_id', 'uuid', (s) => s.branchId],
      ['password_hash', 'text', () => passwordHash], ['created_at', 'text', since, at('09:00')],
    ], org.staff),
    {
      sql: `insert into tier_policy (id, version, name, status, match_rule, window_days, downgrade_after, created_by,
                                     created_at, activated_at)
            values ($1::uuid, 1, '财富管家分级方案 2026', 'ACTIVE', 'ANY', 60, 2, $2::uuid,
                    ${shanghaiAt('$3::date - 30', '10:00')}, ${shanghaiAt('$3::date - 1', '18:00')})`,
      params: [org.policyId, headId, policySince],
    },
    {
      // the demo scheme: 1 point per 10k CNY of average assets, 2 per 100 CNY of commission,
      // 100 per year as a client, 500 per referral
      sql: `insert into points_rule (policy_id, per_10k_avg_assets, per_100_commission, per_tenure_year, per_referral)
            values ($1::uuid, 1, 2, 100, 500)`,
      params: [org.policyId],
    },
    unnestInsert('tier', [
      ['id', 'uuid', (t) => t.id], ['policy_id', 'uuid', () => org.policyId], ['rank', 'int', (t) => t.rank],
      ['code', 'text', (t) => t.code], ['name_zh', 'text', (t) => def(t.code).nameZh], ['name_en', 'text', (t) => def(t.code).nameEn],
      ['min_avg_assets', 'numeric', (t) => def(t.code).minAvgAssets],
      ['min_commission_12m', 'numeric', (t) => def(t.code).minCommission12m],
      ['min_points', 'int', () => 0],
    ], org.tiers),
    unnestInsert('service_offering', [
      ['id', 'uuid', (o) => o.id], ['code', 'text', (o) => o.code], ['name_zh', 'text', (o) => offering(o.code).nameZh],
      ['name_en', 'text', (o) => offering(o.code).nameEn], ['category', 'text', (o) => offering(o.code).category],
      ['channel', 'text', (o) => offering(o.code).channel], ['points_cost', 'int', (o) => offering(o.code).pointsCost],
    ], org.offerings),
    unnestInsert('tier_entitlement', [
      ['id', 'uuid', (e) => e.id], ['tier_id', 'uuid', (e) => e.tierId], ['offering_id', 'uuid', (e) => e.offeringId],
      ['every_days', 'int', (e) => e.everyDays],
    ], org.entitlements),
  ];
  return statements;
}

function def(code: string) {
  const t = TIERS.find((x) => x.code === code);
  if (!t) throw new Error(`unknown tier ${code}`);
  return t;
}
function offering(code: string) {
  const o = OFFERINGS.find((x) => x.code === code);
  if (!o) throw new Error(`unknown offering ${code}`);
  return o;
}

const list = (v: string) => `string_to_array(${v}, ',')`;

const CLIENT_COLUMNS: UnnestColumn<DemoClient>[] = [
  ['id', 'uuid', (c) => c.id], ['account_no', 'text', (c) => c.accountNo], ['name', 'text', (c) => c.name],
  ['name_initials', 'text', (c) => nameInitials(c.name)],
  ['id_number', 'text', (c) => c.idNumber], ['phone', 'text', (c) => c.phone], ['branch_id', 'uuid', (c) => c.branchId],
  ['adviser_id', 'uuid', (c) => c.adviserId], ['status', 'text', (c) => c.status], ['risk_level', 'text', (c) => c.riskLevel],
  ['investment_style', 'text', (c) => c.style], ['preferred_channels', 'text', (c) => c.channels.join(','), list],
  ['watch_sectors', 'text', (c) => c.sectors.join(','), list], ['segment', 'text', (c) => c.segment],
  ['opened_on', 'date', (c) => c.openedOn], ['created_at', 'text', (c) => c.openedOn, at('09:30')],
  ['updated_at', 'text', (c) => c.openedOn, at('09:30')],
];

const ASSIGNMENT_COLUMNS: UnnestColumn<DemoClient>[] = [
  ['id', 'uuid', (c) => c.assignmentId], ['client_id', 'uuid', (c) => c.id], ['adviser_id', 'uuid', (c) => c.adviserId],
  ['assigned_from', 'text', (c) => c.openedOn, at('09:30')], ['assigned_by', 'uuid', (c) => c.managerId],
  ['reason', 'text', () => '开户分配'],
];

/** The simulation parameters of demo_param (see METRIC_CHUNK_SQL for what they drive). */
const PARAM_COLUMNS: UnnestColumn<DemoClient>[] = [
  ['client_id', 'uuid', (c) => c.id], ['style', 'text', (c) => c.style],
  ['dormant', 'boolean', (c) => c.dormant], ['base', 'float8', (c) => c.baseAssets], ['opening', 'numeric', (c) => c.openingAssets],
  ['trend', 'float8', (c) => c.trend], ['beta', 'float8', (c) => c.beta], ['vol', 'float8', (c) => c.vol],
  ['amp', 'float8', (c) => c.amp], ['period', 'float8', (c) => c.period], ['phase', 'float8', (c) => c.phase],
  ['cash_share', 'float8', (c) => c.cashShare], ['turnover', 'float8', (c) => c.turnover], ['p_active', 'float8', (c) => c.pActive],
  ['rate', 'numeric', (c) => c.commissionRate], ['drift_start', 'date', (c) => c.driftStart], ['drift_k', 'float8', (c) => c.driftK],
  ['close_day', 'date', (c) => c.closeDay], ['contact_end', 'date', (c) => c.contactEnd], ['opened_on', 'date', (c) => c.openedOn],
  ['adviser_id', 'uuid', (c) => c.adviserId], ['manager_id', 'uuid', (c) => c.managerId], ['diligence', 'float8', (c) => c.diligence],
  ['adhoc_channel', 'text', (c) => c.adhocChannel], ['sectors', 'text', (c) => c.sectors.join(','), list],
];

/** Three inserts per batch: the clients, their open assignments, their simulation parameters. */
export function clientBatchStatements(batch: readonly DemoClient[]): Statement[] {
  return [
    unnestInsert('client', CLIENT_COLUMNS, batch),
    unnestInsert('client_assignment', ASSIGNMENT_COLUMNS, batch),
    unnestInsert('demo_param', PARAM_COLUMNS, batch),
  ];
}

export function planStatements(plan: readonly PlanRow[]): Statement[] {
  const templates = Object.entries(SUMMARY_TEMPLATES).flatMap(([grp, bodies]) => bodies.map((body) => [grp, body] as const));
  return [
    unnestInsert('demo_plan', [
      ['key', 'text', (p) => p.key], ['phase_seed', 'int8', (p) => p.phaseSeed], ['tier_id', 'uuid', (p) => p.tierId],
      ['style', 'text', (p) => p.style],
      ['offering_id', 'uuid', (p) => p.offeringId], ['every_days', 'int', (p) => p.everyDays], ['rate', 'float8', (p) => p.rate],
      ['kind', 'text', (p) => p.kind], ['channel', 'text', (p) => p.channel], ['grp', 'text', (p) => p.template],
      ['by_manager', 'boolean', (p) => p.byManager], ['scaled', 'boolean', (p) => p.scaledByDiligence],
    ], plan),
    { sql: TEMPLATE_INSERT_SQL, params: [templates.map(([g]) => g), templates.map(([, b]) => b)] },
  ];
}
