import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Client } from '../clients/client.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { ServiceOffering } from '../catalogue/service-offering.entity.js';
import type { Sentiment, ServiceChannel, ServiceKind, ServiceOutcome } from './service-log.enums.js';


/** One contact or delivery. Append-only: a correction is a new entry that amends this one. */
@Entity({ tableName: 'service_log' })
export class ServiceLog {
  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne({ entity: () => Client }) client!: Client;
  @ManyToOne({ entity: () => Staff, fieldName: 'adviser_id' }) adviser!: Staff;
  @Property({ type: 'timestamptz' }) occurredAt!: Date;
  @Property({ type: 'text' }) channel!: ServiceChannel;
  @Property({ type: 'text' }) kind!: ServiceKind;
  @ManyToOne({ entity: () => ServiceOffering, nullable: true, fieldName: 'offering_id' }) offering?: ServiceOffering | null;
  @Property({ type: 'text' }) summary!: string;
  @Property({ type: 'text' }) outcome!: ServiceOutcome;
  @Property({ type: 'text', nullable: true }) sentiment?: Sentiment | null;
  @Property({ type: 'date', nullable: true }) followUpOn?: string | null;
  @ManyToOne({ entity: () => ServiceLog, nullable: true, fieldName: 'amends_id' }) amends?: ServiceLog | null;
  @Property({ type: 'text', nullable: true }) idempotencyKey?: string | null;
  /** SHA-256 of the canonical request (see request-hash.ts), kept with the idempotency key. */
  @Property({ type: 'text', nullable: true }) requestHash?: string | null;
  @Property({ type: 'timestamptz' }) createdAt: Date = new Date();
}
