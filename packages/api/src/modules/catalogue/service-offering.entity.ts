import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { ServiceChannel } from '../service-logs/service-log.enums.js';

export const OFFERING_CATEGORIES = ['CHANNEL', 'INFORMATION', 'ADVISORY', 'PRODUCT', 'CARE'] as const;
export type OfferingCategory = (typeof OFFERING_CATEGORIES)[number];

@Entity({ tableName: 'service_offering' })
export class ServiceOffering {
  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Property({ type: 'text', unique: true }) code!: string;
  @Property({ type: 'text' }) nameZh!: string;
  @Property({ type: 'text' }) nameEn!: string;
  @Property({ type: 'text' }) category!: OfferingCategory;
  @Property({ type: 'text' }) channel!: ServiceChannel;
  @Property({ type: 'integer', nullable: true }) pointsCost?: number | null;
  @Property({ type: 'boolean' }) active: boolean = true;
}
