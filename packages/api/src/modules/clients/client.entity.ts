import { randomUUID } from 'node:crypto';
import { ArrayType, Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Branch } from '../branches/branch.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { Tier } from '../tiers/tier.entity.js';
import type { ServiceChannel } from '../service-logs/service-log.enums.js';

export const CLIENT_STATUSES = ['ACTIVE', 'DORMANT', 'CLOSED', 'TRANSFERRED_OUT'] as const;
export type ClientStatus = (typeof CLIENT_STATUSES)[number];
/**
 * Clients the brokerage serves: tiered by reviews, entitled to their tier's services. A closed
 * or transferred-out client is not: it shows no current tier (its row keeps the tier it last
 * had, as history), owes no entitlement and is left out of reviews and simulations.
 */
export const SERVED_STATUSES: readonly ClientStatus[] = ['ACTIVE', 'DORMANT'];
export const isServed = (status: ClientStatus) => SERVED_STATUSES.includes(status);
export const RISK_LEVELS = ['C1', 'C2', 'C3', 'C4', 'C5'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
export const INVESTMENT_STYLES = ['SHORT_TERM', 'MID_TERM', 'LONG_TERM'] as const;
export type InvestmentStyle = (typeof INVESTMENT_STYLES)[number];
export const CLIENT_SEGMENTS = ['RETAIL', 'BUSINESS', 'PROFESSIONAL'] as const;
export type ClientSegment = (typeof CLIENT_SEGMENTS)[number];

@Entity({ tableName: 'client' })
export class Client {
  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Property({ type: 'text', unique: true }) accountNo!: string;
  @Property({ type: 'text' }) name!: string;
  /** Full ID number: only ever leaves the API masked. */
  @Property({ type: 'text', hidden: true }) idNumber!: string;
  @Property({ type: 'text', hidden: true }) phone!: string;
  @ManyToOne({ entity: () => Branch }) branch!: Branch;
  @ManyToOne({ entity: () => Staff, nullable: true, fieldName: 'adviser_id' }) adviser?: Staff | null;
  @Property({ type: 'text' }) status: ClientStatus = 'ACTIVE';
  @Property({ type: 'text' }) riskLevel!: RiskLevel;
  @Property({ type: 'text' }) investmentStyle!: InvestmentStyle;
  @Property({ type: ArrayType }) preferredChannels: ServiceChannel[] = [];
  @Property({ type: ArrayType }) watchSectors: string[] = [];
  @Property({ type: 'text' }) segment: ClientSegment = 'RETAIL';
  @Property({ type: 'date' }) openedOn!: string;
  // Read models refreshed with their sources (tier_change, daily_metric, service_log).
  @ManyToOne({ entity: () => Tier, nullable: true, fieldName: 'current_tier_id' }) currentTier?: Tier | null;
  @Property({ type: 'decimal', precision: 20, scale: 2, nullable: true }) latestTotalAssets?: string | null;
  @Property({ type: 'date', nullable: true }) latestMetricsOn?: string | null;
  @Property({ type: 'timestamptz', nullable: true }) lastContactAt?: Date | null;
  @Property({ type: 'timestamptz' }) createdAt: Date = new Date();
  @Property({ type: 'timestamptz', onUpdate: () => new Date() }) updatedAt: Date = new Date();
}
