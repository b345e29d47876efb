import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Client } from '../clients/client.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { FollowUp } from './follow-up.entity.js';
import { ServiceLog } from './service-log.entity.js';

export const FOLLOW_UP_EVENT_KINDS = ['RESCHEDULED', 'COMPLETED'] as const;
export type FollowUpEventKind = (typeof FOLLOW_UP_EVENT_KINDS)[number];

/** One change of a follow-up: who moved it from which date to which and why, or which contact closed it. Append-only. */
@Entity({ tableName: 'follow_up_event' })
export class FollowUpEvent {
  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne({ entity: () => Client }) client!: Client;
  @ManyToOne({ entity: () => FollowUp }) followUp!: FollowUp;
  @Property({ type: 'text' }) kind!: FollowUpEventKind;
  @Property({ type: 'date' }) fromDueOn!: string;
  @Property({ type: 'date', nullable: true }) toDueOn?: string | null;
  @Property({ type: 'text', nullable: true }) reason?: string | null;
  @ManyToOne({ entity: () => ServiceLog, nullable: true, fieldName: 'service_log_id' }) serviceLog?: ServiceLog | null;
  @ManyToOne({ entity: () => Staff, fieldName: 'actor_id' }) actor!: Staff;
  @Property({ type: 'timestamptz' }) occurredAt: Date = new Date();
}
