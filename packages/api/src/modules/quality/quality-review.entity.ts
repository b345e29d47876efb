import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Client } from '../clients/client.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { ServiceLog } from '../service-logs/service-log.entity.js';

/** A manager's score (0–100) and findings on one service log. Append-only. */
@Entity({ tableName: 'quality_review' })
export class QualityReview {
  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne({ entity: () => Client }) client!: Client;
  @ManyToOne({ entity: () => ServiceLog }) serviceLog!: ServiceLog;
  @ManyToOne({ entity: () => Staff, fieldName: 'reviewer_id' }) reviewer!: Staff;
  @Property({ type: 'integer' }) score!: number;
  @Property({ type: 'text' }) findings!: string;
  @Property({ type: 'timestamptz' }) createdAt: Date = new Date();
}
