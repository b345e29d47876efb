import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Tier } from '../tiers/tier.entity.js';
import { ServiceOffering } from './service-offering.entity.js';

/** A tier is entitled to an offering once every `everyDays` days. */
@Entity({ tableName: 'tier_entitlement' })
export class TierEntitlement {
  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne({ entity: () => Tier }) tier!: Tier;
  @ManyToOne({ entity: () => ServiceOffering, fieldName: 'offering_id' }) offering!: ServiceOffering;
  @Property({ type: 'integer' }) everyDays!: number;
}
