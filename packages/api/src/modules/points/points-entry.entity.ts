import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Client } from '../clients/client.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { ServiceOffering } from '../catalogue/service-offering.entity.js';

export const POINTS_KINDS = ['EARN_ASSETS', 'EARN_COMMISSION', 'EARN_TENURE', 'EARN_REFERRAL', 'REDEEM', 'ADJUST'] as const;
export type PointsKind = (typeof POINTS_KINDS)[number];

/** The points ledger: append-only; a client's balance is the sum of its deltas. */
@Entity({ tableName: 'points_entry' })
export class PointsEntry {
  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne({ entity: () => Client }) client!: Client;
  @Property({ type: 'timestamptz' }) occurredAt: Date = new Date();
  @Property({ type: 'integer' }) delta!: number;
  @Property({ type: 'text' }) kind!: PointsKind;
  @Property({ type: 'text', nullable: true }) period?: string | null;
  @ManyToOne({ entity: () => ServiceOffering, nullable: true, fieldName: 'offering_id' }) offering?: ServiceOffering | null;
  @Property({ type: 'text', nullable: true }) note?: string | null;
  @ManyToOne({ entity: () => Staff, nullable: true, fieldName: 'created_by' }) createdBy?: Staff | null;
  @Property({ type: 'text', nullable: true }) idempotencyKey?: string | null;
}
