import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Client } from '../clients/client.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { ServiceLog } from './service-log.entity.js';

export type FollowUpStatus = 'OPEN' | 'DONE' | 'CANCELLED';

/** A follow-up promised in a contact: its current state. Every change is a FollowUpEvent. */
@Entity({ tableName: 'follow_up' })
export class FollowUp {
  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne({ entity: () => Client }) client!: Client;
  @ManyToOne({ entity: () => ServiceLog }) serviceLog!: ServiceLog;
  @ManyToOne({ entity: () => Staff, fieldName: 'adviser_id' }) adviser!: Staff;
  @Property({ type: 'date' }) dueOn!: string;
  @Property({ type: 'text' }) status: FollowUpStatus = 'OPEN';
  @Property({ type: 'timestamptz', nullable: true }) closedAt?: Date | null;
  /** The contact that completed it (status DONE). */
  @ManyToOne({ entity: () => ServiceLog, nullable: true, fieldName: 'completed_by_log_id' }) completedByLog?: ServiceLog | null;
  @Property({ type: 'timestamptz' }) createdAt: Date = new Date();
}
