import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Branch } from '../branches/branch.entity.js';

export const STAFF_ROLES = ['ADVISER', 'MANAGER', 'HEAD_OFFICE', 'COMPLIANCE'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

@Entity({ tableName: 'staff' })
export class Staff {
  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Property({ type: 'text', unique: true }) email!: string;
  @Property({ type: 'text' }) name!: string;
  @Property({ type: 'text' }) role!: StaffRole;
  @ManyToOne({ entity: () => Branch, nullable: true }) branch?: Branch | null;
  @Property({ type: 'text', hidden: true, lazy: true }) passwordHash!: string;
  @Property({ type: 'boolean' }) active: boolean = true;
  @Property({ type: 'timestamptz' }) createdAt: Date = new Date();
}
