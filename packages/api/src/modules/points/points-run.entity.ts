import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Staff } from '../staff/staff.entity.js';
import { TierPolicy } from '../tiers/tier-policy.entity.js';

/** One points run over a month (YYYY-MM): who ran it, under which policy, how many entries it wrote. */
@Entity({ tableName: 'points_run' })
export class PointsRun {
  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne({ entity: () => TierPolicy }) policy!: TierPolicy;
  @Property({ type: 'text' }) period!: string;
  @ManyToOne({ entity: () => Staff, nullable: true, fieldName: 'started_by' }) startedBy?: Staff | null;
  @Property({ type: 'timestamptz' }) startedAt: Date = new Date();
  @Property({ type: 'integer' }) entriesWritten: number = 0;
}
