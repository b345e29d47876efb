import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Client } from '../clients/client.entity.js';

/** One client brought in by another; the referrer earns points in the month of `referredOn`. */
@Entity({ tableName: 'client_referral' })
export class ClientReferral {
  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne({ entity: () => Client, fieldName: 'referrer_client_id' }) referrer!: Client;
  /** a client is referred at most once (unique in the table) */
  @ManyToOne({ entity: () => Client, fieldName: 'referred_client_id' }) referred!: Client;
  @Property({ type: 'date' }) referredOn!: string;
}
