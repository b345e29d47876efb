import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Client } from '../clients/client.entity.js';
import { Staff } from '../staff/staff.entity.js';

/** Every read of an unmasked ID number or phone number, for compliance. */
@Entity({ tableName: 'pii_access_log' })
export class PiiAccessLog {
  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne({ entity: () => Staff }) staff!: Staff;
  @ManyToOne({ entity: () => Client }) client!: Client;
  @Property({ type: 'text' }) field!: 'ID_NUMBER' | 'PHONE';
  @Property({ type: 'timestamptz' }) accessedAt: Date = new Date();
}
