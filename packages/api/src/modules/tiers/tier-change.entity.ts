import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Client } from '../clients/client.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { Tier } from './tier.entity.js';
import { TierPolicy } from './tier-policy.entity.js';

export const TIER_CHANGE_REASONS = ['ONBOARDING', 'SCHEDULED_REVIEW', 'MANUAL_OVERRIDE', 'OVERRIDE_EXPIRED'] as const;
export type TierChangeReason = (typeof TIER_CHANGE_REASONS)[number];

/** Append-only tier history (a trigger refuses UPDATE/DELETE). */
@Entity({ tableName: 'tier_change' })
export class TierChange {
  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne({ entity: () => Client }) client!: Client;
  @ManyToOne({ entity: () => Tier, nullable: true, fieldName: 'from_tier_id' }) fromTier?: Tier | null;
  @ManyToOne({ entity: () => Tier, fieldName: 'to_tier_id' }) toTier!: Tier;
  @ManyToOne({ entity: () => TierPolicy }) policy!: TierPolicy;
  @Property({ type: 'text' }) reason!: TierChangeReason;
  @Property({ type: 'date' }) effectiveOn!: string;
  @Property({ type: 'timestamptz' }) changedAt: Date = new Date();
  @ManyToOne({ entity: () => Staff, nullable: true, fieldName: 'changed_by' }) changedBy?: Staff | null;
  @Property({ type: 'text', nullable: true }) note?: string | null;
  @Property({ type: 'json' }) figures: Record<string, unknown> = {};
  @Property({ type: 'date', nullable: true }) overrideUntil?: string | null;
}
