import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Can } from '../auth/access/decorators.js';
import type { Context } from '../../context.js';
import { requireViewer } from '../auth/viewer.js';
import { ServiceOfferingType } from '../catalogue/service-offering.type.js';
import { TierType } from './tier.type.js';
import { PointsRuleType, TierEntitlementType, TierPolicyType } from './tier-policy.type.js';
import { TierPolicyInput } from './dto/tier-policy.input.js';
import { activate, copyPolicy, createDraft, getPolicy, listPolicies, updateDraft } from './tier-policy.service.js';

@Resolver(() => TierPolicyType)
export class TierPolicyResolver {
  @Can('policy:read')
  @Query(() => [TierPolicyType], { description: 'Every version, newest first.' })
  async tierPolicies(@Ctx() { em }: Context) {
    return (await listPolicies(em)).map(TierPolicyType.from);
  }
  @Can('policy:read')
  @Query(() => TierPolicyType)
  async tierPolicy(@Arg('id', () => ID) id: string, @Ctx() { em }: Context) {
    return TierPolicyType.from(await getPolicy(em, id));
  }
  @Can('policy:edit')
  @Mutation(() => TierPolicyType, { description: 'A new DRAFT with the next version number.' })
  async createTierPolicyDraft(@Arg('input', () => TierPolicyInput) input: TierPolicyInput, @Ctx() { em, viewer }: Context) {
    return TierPolicyType.from(await createDraft(em, requireViewer(viewer), input));
  }
  @Can('policy:edit')
  @Mutation(() => TierPolicyType, { description: 'A new DRAFT copied from any version.' })
  async copyTierPolicy(@Arg('id', () => ID) id: string, @Ctx() { em, viewer }: Context) {
    return TierPolicyType.from(await copyPolicy(em, requireViewer(viewer), id));
  }
  @Can('policy:edit')
  @Mutation(() => TierPolicyType, { description: 'Edits a DRAFT; CONFLICT for an active or retired version.' })
  async updateTierPolicyDraft(@Arg('id', () => ID) id: string, @Arg('input', () => TierPolicyInput) input: TierPolicyInput, @Ctx() { em }: Context) {
    return TierPolicyType.from(await updateDraft(em, id, input));
  }
  @Can('policy:edit')
  @Mutation(() => TierPolicyType, { description: 'DRAFT → ACTIVE; the previous active version is retired. Safe to retry: a repeat answers CONFLICT and changes nothing.' })
  async activateTierPolicy(@Arg('id', () => ID) id: string, @Ctx() { em }: Context) {
    return TierPolicyType.from(await activate(em, id));
  }

  @Can('policy:read')
  @FieldResolver(() => [TierType], { description: 'Lowest rank first.' })
  tiers(@Root() p: TierPolicyType, @Ctx() { loaders }: Context) {
    return loaders.tiersOfPolicy.load(p.id);
  }

  @Can('policy:read')
  @FieldResolver(() => [TierEntitlementType])
  entitlements(@Root() p: TierPolicyType, @Ctx() { loaders }: Context) {
    return loaders.entitlementsOfPolicy.load(p.id);
  }

  @Can('policy:read')
  @FieldResolver(() => PointsRuleType)
  pointsRule(@Root() p: TierPolicyType, @Ctx() { loaders }: Context) {
    return loaders.pointsRule.load(p.id);
  }
}

@Resolver(() => TierEntitlementType)
export class TierEntitlementResolver {
  @Can('policy:read')
  @FieldResolver(() => TierType)
  tier(@Root() e: TierEntitlementType, @Ctx() { loaders }: Context) {
    return loaders.tier.load(e.tierId);
  }

  @Can('policy:read')
  @FieldResolver(() => ServiceOfferingType)
  offering(@Root() e: TierEntitlementType, @Ctx() { loaders }: Context) {
    return loaders.offering.load(e.offeringId);
  }
}
