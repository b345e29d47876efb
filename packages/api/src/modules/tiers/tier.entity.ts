import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { TierPolicy } from './tier-policy.entity.js';

/** One rung of a policy; rank 1 is the lowest. Thresholds are CNY decimals as strings. */
@Entity({ tableName: 'tier' })
export class Tier {
  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne({ entity: () => TierPolicy }) policy!: TierPolicy;
  @Property({ type: 'integer' }) rank!: number;
  @Property({ type: 'text' }) code!: string;
  @Property({ type: 'text' }) nameZh!: string;
  @Property({ type: 'text' }) nameEn!: string;
  @Property({ type: 'decimal', precision: 20, scale: 2 }) minAvgAssets: string = '0';
  @Property({ type: 'decimal', precision: 20, scale: 2, fieldName: 'min_commission_12m' }) minCommission12m: string = '0';
  @Property({ type: 'integer' }) minPoints: number = 0;
}
