import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Client } from '../clients/client.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { ServiceLog } from './service-log.entity.js';

export type FollowUpStatus = 'OPEN' | 'DONE' | 'CANCELLED';

@Entity({ tableName: 'follow_up' })
export class FollowUp {
  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne({ entity: () => Client }) client!: Client;
  @ManyToOne({ entity: () => ServiceLog }) serviceLog!: ServiceLog;
  @ManyToOne({ entity: () => Staff, fieldName: 'adviser_id' }) adviser!: Staff;
  @Property({ type: 'date' }) dueOn!: string;
  @Property({ type: 'text' }) status: FollowUpStatus = 'OPEN';
  @Property({ type: 'timestamptz', nullable: true }) closedAt?: Date | null;
  @Property({ type: 'timestamptz' }) createdAt: Date = new Date();
}
