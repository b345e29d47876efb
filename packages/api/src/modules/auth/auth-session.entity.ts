import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Staff } from '../staff/staff.entity.js';

@Entity({ tableName: 'auth_session' })
export class AuthSession {
  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  /** sha256 of the bearer token; the token itself is never stored. */
  @Property({ type: 'text', unique: true }) tokenHash!: string;
  @ManyToOne({ entity: () => Staff }) staff!: Staff;
  @Property({ type: 'timestamptz' }) createdAt: Date = new Date();
  @Property({ type: 'timestamptz' }) expiresAt!: Date;
  @Property({ type: 'timestamptz', nullable: true }) revokedAt?: Date | null;
}
