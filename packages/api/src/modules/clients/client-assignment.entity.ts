import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Staff } from '../staff/staff.entity.js';
import { Client } from './client.entity.js';

/** Which adviser owned a client, from when to when (assignedTo null: still does). */
@Entity({ tableName: 'client_assignment' })
export class ClientAssignment {
  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne({ entity: () => Client }) client!: Client;
  @ManyToOne({ entity: () => Staff, fieldName: 'adviser_id' }) adviser!: Staff;
  @Property({ type: 'timestamptz' }) assignedFrom!: Date;
  @Property({ type: 'timestamptz', nullable: true }) assignedTo?: Date | null;
  @ManyToOne({ entity: () => Staff, nullable: true, fieldName: 'assigned_by' }) assignedBy?: Staff | null;
  @Property({ type: 'text', nullable: true }) reason?: string | null;
}
