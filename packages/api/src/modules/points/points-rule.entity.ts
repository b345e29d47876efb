import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A policy version's points earning scheme (one row per policy, keyed by it). Whole points
 * per whole unit: per 10k CNY of a month's average daily assets, per 100 CNY of the month's
 * commission, per year of tenure, per referral. Column names carry digits, hence fieldName.
 */
@Entity({ tableName: 'points_rule' })
export class PointsRule {
  @PrimaryKey({ type: 'uuid', fieldName: 'policy_id' }) policyId!: string;
  @Property({ type: 'integer', fieldName: 'per_10k_avg_assets' }) per10kAvgAssets: number = 0;
  @Property({ type: 'integer', fieldName: 'per_100_commission' }) per100Commission: number = 0;
  @Property({ type: 'integer', fieldName: 'per_tenure_year' }) perTenureYear: number = 0;
  @Property({ type: 'integer', fieldName: 'per_referral' }) perReferral: number = 0;
}
