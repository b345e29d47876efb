import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DecimalScalar, LocalDateScalar } from '../../shared/scalars.js';
import { graphqlEnum } from '../../shared/enums.js';
import type { Tier } from './tier.entity.js';
import { TIER_CHANGE_REASONS, type TierChangeReason } from './tier-change.enums.js';

export const TierChangeReasonEnum = graphqlEnum(TIER_CHANGE_REASONS, 'TierChangeReason');

@ObjectType('Tier', { description: 'One rung of a tier policy (客户级别); rank 1 is the lowest.' })
export class TierType {
  @Field(() => ID) id!: string;
  @Field(() => String) code!: string;
  @Field(() => Int) rank!: number;
  @Field(() => String) nameZh!: string;
  @Field(() => String) nameEn!: string;
  @Field(() => DecimalScalar, { description: 'Average daily assets threshold, CNY.' }) minAvgAssets!: string;
  @Field(() => DecimalScalar, { description: 'Trailing 12-month commission threshold, CNY.' }) minCommission12m!: string;
  @Field(() => Int) minPoints!: number;
  policyId!: string;

  static from(t: Tier): TierType {
    return Object.assign(new TierType(), {
      id: t.id, code: t.code, rank: t.rank, nameZh: t.nameZh, nameEn: t.nameEn,
      minAvgAssets: t.minAvgAssets, minCommission12m: t.minCommission12m, minPoints: t.minPoints, policyId: t.policy.id,
    });
  }

  static fromRow(r: {
    id: string; code: string; rank: number; name_zh: string; name_en: string; min_avg_assets: string; min_commission_12m: string; min_points: number; policy_id: string;
  }): TierType {
    return Object.assign(new TierType(), {
      id: r.id, code: r.code, rank: r.rank, nameZh: r.name_zh, nameEn: r.name_en,
      minAvgAssets: r.min_avg_assets, minCommission12m: r.min_commission_12m, minPoints: r.min_points, policyId: r.policy_id,
    });
  }
}

@ObjectType('TierFigures', { description: 'The figures a tier decision used.' })
export class TierFiguresType {
  @Field(() => DecimalScalar, { nullable: true }) avgAssets!: string | null;
  @Field(() => DecimalScalar, { nullable: true }) commission12m!: string | null;
  @Field(() => Int, { nullable: true }) points!: number | null;
  @Field(() => Int, { nullable: true }) windowDays!: number | null;
  @Field(() => LocalDateScalar, { nullable: true }) asOf!: string | null;
}

@ObjectType('TierChange', { description: 'One entry of a client\'s tier history (append-only).' })
export class TierChangeType {
  @Field(() => ID) id!: string;
  @Field(() => TierChangeReasonEnum) reason!: TierChangeReason;
  @Field(() => LocalDateScalar) effectiveOn!: string;
  @Field(() => Date) changedAt!: Date;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => TierFiguresType) figures!: TierFiguresType;
  @Field(() => Int, { description: 'Version of the policy the change was made under.' }) policyVersion!: number;
  @Field(() => LocalDateScalar, { nullable: true }) overrideUntil!: string | null;
  fromTierId!: string | null;
  toTierId!: string;
  changedById!: string | null;
}
