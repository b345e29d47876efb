import { Field, ID, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../shared/enums.js';
import type { TierMatchRule, TierPolicy, TierPolicyStatus } from './tier-policy.entity.js';

export const TierMatchRuleEnum = graphqlEnum(['ALL', 'ANY'] as const, 'TierMatchRule', 'ALL: every non-zero threshold of a tier must hold; ANY: one is enough.');
export const TierPolicyStatusEnum = graphqlEnum(['DRAFT', 'ACTIVE', 'RETIRED'] as const, 'TierPolicyStatus');

@ObjectType('PointsRule', { description: 'How clients earn points under a policy, per period (month).' })
export class PointsRuleType {
  @Field(() => Int, { description: 'Points per 10,000 CNY of average daily assets.' }) per10kAvgAssets!: number;
  @Field(() => Int, { description: 'Points per 100 CNY of commission.' }) per100Commission!: number;
  @Field(() => Int, { description: 'Points per whole year as a client.' }) perTenureYear!: number;
  @Field(() => Int, { description: 'Points per client referred.' }) perReferral!: number;
}

@ObjectType('TierEntitlement', { description: 'A tier is entitled to an offering once every `everyDays` days.' })
export class TierEntitlementType {
  @Field(() => Int) everyDays!: number;
  tierId!: string;
  offeringId!: string;
}

@ObjectType('TierPolicy', { description: 'A versioned tier policy (分级方案). An active policy is never edited: a new version is made.' })
export class TierPolicyType {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String) name!: string;
  @Field(() => TierPolicyStatusEnum) status!: TierPolicyStatus;
  @Field(() => TierMatchRuleEnum) matchRule!: TierMatchRule;
  @Field(() => Int, { description: 'Average daily assets are taken over this many days before the review date.' }) windowDays!: number;
  @Field(() => Int, { description: 'Consecutive reviews below a tier before a downgrade.' }) downgradeAfter!: number;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) activatedAt!: Date | null;

  static from(p: TierPolicy): TierPolicyType {
    return Object.assign(new TierPolicyType(), {
      id: p.id, version: p.version, name: p.name, status: p.status, matchRule: p.matchRule,
      windowDays: p.windowDays, downgradeAfter: p.downgradeAfter, createdAt: p.createdAt, activatedAt: p.activatedAt ?? null,
    });
  }
}
