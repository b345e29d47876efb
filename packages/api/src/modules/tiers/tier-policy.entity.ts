import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Staff } from '../staff/staff.entity.js';

export type TierPolicyStatus = 'DRAFT' | 'ACTIVE' | 'RETIRED';
export type TierMatchRule = 'ALL' | 'ANY';

@Entity({ tableName: 'tier_policy' })
export class TierPolicy {
  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Property({ type: 'integer', unique: true }) version!: number;
  @Property({ type: 'text' }) name!: string;
  @Property({ type: 'text' }) status: TierPolicyStatus = 'DRAFT';
  @Property({ type: 'text' }) matchRule: TierMatchRule = 'ALL';
  @Property({ type: 'integer' }) windowDays: number = 60;
  @Property({ type: 'integer' }) downgradeAfter: number = 2;
  @ManyToOne({ entity: () => Staff, nullable: true, fieldName: 'created_by' }) createdBy?: Staff | null;
  @Property({ type: 'timestamptz' }) createdAt: Date = new Date();
  @Property({ type: 'timestamptz', nullable: true }) activatedAt?: Date | null;
}
