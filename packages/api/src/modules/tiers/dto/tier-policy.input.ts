import { Field, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { DecimalScalar } from '../../../shared/scalars.js';
import { TierMatchRuleEnum } from '../tier-policy.type.js';
import type { TierMatchRule } from '../tier-policy.entity.js';

// Shape checks live here; the rules that span fields (threshold order, unique codes,
// known offerings) are in tier-policy.rules.ts so they are unit-testable.

@InputType('TierInput', { description: 'One tier; the list order is the rank, lowest first.' })
export class TierInput {
  @Field(() => String) @MaxLength(32) code!: string;
  @Field(() => String) @MaxLength(40) nameZh!: string;
  @Field(() => String) @MaxLength(60) nameEn!: string;
  @Field(() => DecimalScalar) minAvgAssets!: string;
  @Field(() => DecimalScalar) minCommission12m!: string;
  @Field(() => Int) minPoints!: number;
}

@InputType('EntitlementInput')
export class EntitlementInput {
  @Field(() => String) @MaxLength(32) tierCode!: string;
  @Field(() => String) @MaxLength(64) offeringCode!: string;
  @Field(() => Int) @Min(1, { message: 'Every must be at least 1 day' }) @Max(366, { message: 'Every must be at most 366 days' }) everyDays!: number;
}

@InputType('PointsRuleInput')
export class PointsRuleInput {
  @Field(() => Int) @Min(0, { message: 'Must not be negative' }) @Max(100000) per10kAvgAssets!: number;
  @Field(() => Int) @Min(0, { message: 'Must not be negative' }) @Max(100000) per100Commission!: number;
  @Field(() => Int) @Min(0, { message: 'Must not be negative' }) @Max(100000) perTenureYear!: number;
  @Field(() => Int) @Min(0, { message: 'Must not be negative' }) @Max(100000) perReferral!: number;
}

@InputType('TierPolicyInput')
export class TierPolicyInput {
  @Field(() => String) @MaxLength(100) name!: string;
  @Field(() => TierMatchRuleEnum) matchRule!: TierMatchRule;
  @Field(() => Int) @Min(1, { message: 'Window must be at least 1 day' }) @Max(366, { message: 'Window must be at most 366 days' }) windowDays!: number;
  @Field(() => Int) @Min(1, { message: 'Must be at least 1 review' }) @Max(24, { message: 'Must be at most 24 reviews' }) downgradeAfter!: number;
  @Field(() => [TierInput]) @ArrayMaxSize(12) @ValidateNested() tiers!: TierInput[];
  @Field(() => [EntitlementInput], { defaultValue: [] }) @ArrayMaxSize(200) @ValidateNested() entitlements!: EntitlementInput[];
  @Field(() => PointsRuleInput, { nullable: true }) @IsOptional() @ValidateNested() pointsRule?: PointsRuleInput;
}
