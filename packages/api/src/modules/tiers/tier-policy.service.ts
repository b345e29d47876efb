import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { conflict, notFound } from '../../shared/errors.js';
import { query } from '../../shared/sql.js';
import type { Viewer } from '../auth/viewer.js';
import { Staff } from '../staff/staff.entity.js';
import { ServiceOffering } from '../catalogue/service-offering.entity.js';
import { TierEntitlement } from '../catalogue/tier-entitlement.entity.js';
import { TierPolicy } from './tier-policy.entity.js';
import { Tier } from './tier.entity.js';
import type { TierPolicyInput } from './dto/tier-policy.input.js';
import { validatePolicyInput } from './tier-policy.rules.js';
import { isUuid } from '../../shared/ids.js';


export async function listPolicies(em: EntityManager): Promise<TierPolicy[]> {
  return em.find(TierPolicy, {}, { orderBy: { version: 'desc' } });
}

export async function getPolicy(em: EntityManager, id: string): Promise<TierPolicy> {
  const policy = isUuid(id) ? await em.findOne(TierPolicy, id) : null;
  if (!policy) throw notFound('Tier policy');
  return policy;
}

async function offeringsByCode(em: EntityManager): Promise<Map<string, ServiceOffering>> {
  const rows = await em.find(ServiceOffering, { active: true });
  return new Map(rows.map((o) => [o.code, o]));
}

/**
 * Makes a draft's tiers, entitlements and points rule match `input` (inside the caller's
 * transaction). Tiers keep their ids by code, so a simulation being read while the draft is
 * saved still finds the tiers it names.
 */
async function writeContents(tx: EntityManager, policy: TierPolicy, input: TierPolicyInput, offerings: Map<string, ServiceOffering>) {
  await tx.nativeDelete(TierEntitlement, { tier: { policy: policy.id } });
  const existing = new Map((await tx.find(Tier, { policy: policy.id })).map((t) => [t.code, t]));
  const kept = new Set(input.tiers.map((t) => t.code));
  const removed = [...existing.values()].filter((t) => !kept.has(t.code));
  if (removed.length) await tx.nativeDelete(Tier, { id: { $in: removed.map((t) => t.id) } });
  // (policy_id, rank) is unique: park the kept tiers out of the way before renumbering
  const parked = [...existing.values()].filter((t) => kept.has(t.code));
  parked.forEach((t) => (t.rank += 1000));
  await tx.flush();
  const tiers = new Map<string, Tier>();
  input.tiers.forEach((t, i) => {
    const fields = {
      rank: i + 1, nameZh: t.nameZh.trim(), nameEn: t.nameEn.trim(),
      minAvgAssets: t.minAvgAssets, minCommission12m: t.minCommission12m, minPoints: t.minPoints,
    };
    const tier = existing.get(t.code);
    if (tier) tiers.set(t.code, Object.assign(tier, fields));
    else tiers.set(t.code, tx.create(Tier, { policy, code: t.code, ...fields }));
  });
  for (const e of input.entitlements) {
    tx.create(TierEntitlement, { tier: tiers.get(e.tierCode)!, offering: offerings.get(e.offeringCode)!, everyDays: e.everyDays });
  }
  await tx.flush();
  const r = input.pointsRule ?? { per10kAvgAssets: 0, per100Commission: 0, perTenureYear: 0, perReferral: 0 };
  await query(tx,
    `insert into points_rule (policy_id, per_10k_avg_assets, per_100_commission, per_tenure_year, per_referral)
     values (?, ?, ?, ?, ?)
     on conflict (policy_id) do update set per_10k_avg_assets = excluded.per_10k_avg_assets,
       per_100_commission = excluded.per_100_commission, per_tenure_year = excluded.per_tenure_year, per_referral = excluded.per_referral`,
    [policy.id, r.per10kAvgAssets, r.per100Commission, r.perTenureYear, r.perReferral]);
}

/** A new DRAFT with the next version number. Validation runs before anything is written. */
export async function createDraft(em: EntityManager, viewer: Viewer, input: TierPolicyInput): Promise<TierPolicy> {
  const offerings = await offeringsByCode(em);
  validatePolicyInput(input, new Set(offerings.keys()));
  return em.transactional(async (tx) => {
    // serialises version numbering between two head-office users saving at once
    await query(tx, 'lock table tier_policy in share row exclusive mode');
    const [row] = await query<{ next: number }>(tx, 'select coalesce(max(version), 0) + 1 as next from tier_policy');
    const policy = tx.create(TierPolicy, {
      version: Number(row?.next ?? 1), name: input.name.trim(), status: 'DRAFT', matchRule: input.matchRule,
      windowDays: input.windowDays, downgradeAfter: input.downgradeAfter, createdBy: tx.getReference(Staff, viewer.id), createdAt: new Date(),
    });
    await tx.flush();
    await writeContents(tx, policy, input, offerings);
    return policy;
  });
}

/** Edits a DRAFT; an active or retired policy is never edited (CONFLICT): copy it instead. */
export async function updateDraft(em: EntityManager, id: string, input: TierPolicyInput): Promise<TierPolicy> {
  const offerings = await offeringsByCode(em);
  validatePolicyInput(input, new Set(offerings.keys()));
  return em.transactional(async (tx) => {
    const policy = await getPolicy(tx, id);
    await tx.lock(policy, LockMode.PESSIMISTIC_WRITE);
    if (policy.status !== 'DRAFT') throw conflict(`Version ${policy.version} is ${policy.status.toLowerCase()} and cannot be edited; make a new draft from it`, 'POLICY_NOT_DRAFT');
    Object.assign(policy, { name: input.name.trim(), matchRule: input.matchRule, windowDays: input.windowDays, downgradeAfter: input.downgradeAfter });
    await writeContents(tx, policy, input, offerings);
    return policy;
  });
}

/** The contents of a policy as the input that would recreate it. */
export async function policyAsInput(em: EntityManager, policy: TierPolicy): Promise<TierPolicyInput> {
  const tiers = await em.find(Tier, { policy: policy.id }, { orderBy: { rank: 'asc' } });
  const ents = await em.find(TierEntitlement, { tier: { policy: policy.id } }, { populate: ['tier', 'offering'] });
  const [rule] = await query<{ a: number; c: number; t: number; r: number }>(em,
    'select per_10k_avg_assets as a, per_100_commission as c, per_tenure_year as t, per_referral as r from points_rule where policy_id = ?', [policy.id]);
  return {
    name: policy.name, matchRule: policy.matchRule, windowDays: policy.windowDays, downgradeAfter: policy.downgradeAfter,
    tiers: tiers.map((t) => ({ code: t.code, nameZh: t.nameZh, nameEn: t.nameEn, minAvgAssets: t.minAvgAssets, minCommission12m: t.minCommission12m, minPoints: t.minPoints })),
    entitlements: ents.map((e) => ({ tierCode: e.tier.code, offeringCode: e.offering.code, everyDays: e.everyDays })),
    pointsRule: rule ? { per10kAvgAssets: rule.a, per100Commission: rule.c, perTenureYear: rule.t, perReferral: rule.r } : undefined,
  };
}

/** A new DRAFT that starts as a copy of any version: how an active policy gets changed. */
export async function copyPolicy(em: EntityManager, viewer: Viewer, id: string): Promise<TierPolicy> {
  const source = await getPolicy(em, id);
  const input = await policyAsInput(em, source);
  return createDraft(em, viewer, { ...input, name: `${source.name} (v${source.version}+)` });
}

/** DRAFT → ACTIVE; the previously active version is retired in the same transaction. */
export async function activate(em: EntityManager, id: string): Promise<TierPolicy> {
  return em.transactional(async (tx) => {
    await query(tx, 'lock table tier_policy in share row exclusive mode');
    const policy = await getPolicy(tx, id);
    if (policy.status !== 'DRAFT') throw conflict(`Version ${policy.version} is ${policy.status.toLowerCase()}; only a draft can be activated`, 'POLICY_NOT_DRAFT');
    const tiers = await tx.count(Tier, { policy: policy.id });
    if (tiers === 0) throw conflict('A policy without tiers cannot be activated', 'POLICY_WITHOUT_TIERS');
    await tx.nativeUpdate(TierPolicy, { status: 'ACTIVE' }, { status: 'RETIRED' });
    policy.status = 'ACTIVE';
    policy.activatedAt = new Date();
    return policy;
  });
}
