import { Field, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../shared/enums.js';
import { LocalDateScalar } from '../../shared/scalars.js';
import { PageInfo } from '../../shared/pagination.js';
import { ClientType } from '../clients/client.type.js';
import { FollowUpType } from '../service-logs/follow-up.type.js';
import type { ServiceLevelRow } from './service-levels.sql.js';

export const SERVICE_LEVEL_STATUSES = ['ON_TRACK', 'DUE', 'OVERDUE'] as const;
export type ServiceLevelStatus = (typeof SERVICE_LEVEL_STATUSES)[number];
export const ServiceLevelStatusEnum = graphqlEnum(
  SERVICE_LEVEL_STATUSES,
  'ServiceLevelStatus',
  'OVERDUE: dueOn is before the as-of day; DUE: dueOn within 7 days of it; else ON_TRACK.',
);

@ObjectType('ServiceLevel', { description: 'One entitled offering of a client\'s current tier against what was delivered (服务权益).' })
export class ServiceLevelType {
  @Field(() => Int, { description: 'The offering is due once every this many days.' }) everyDays!: number;
  @Field(() => Date, { nullable: true, description: 'The latest service log with this offering (a NO_ANSWER contact does not count).' })
  lastDeliveredAt!: Date | null;
  @Field(() => Int, { description: 'Logs with this offering on days in (asOf − everyDays, asOf].' }) deliveredInPeriod!: number;
  @Field(() => LocalDateScalar, { description: 'Last delivery (or, never delivered, the day the client entered its tier) + everyDays.' })
  dueOn!: string;
  @Field(() => ServiceLevelStatusEnum) status!: ServiceLevelStatus;
  @Field(() => Int, { description: '0 unless OVERDUE.' }) daysOverdue!: number;
  clientId!: string;
  offeringId!: string;
}

export function toServiceLevel(r: ServiceLevelRow): ServiceLevelType {
  return Object.assign(new ServiceLevelType(), {
    everyDays: r.every_days, lastDeliveredAt: r.last_at === null ? null : new Date(r.last_at), deliveredInPeriod: r.in_period,
    dueOn: r.due_on, status: r.status, daysOverdue: r.days_overdue, clientId: r.client_id, offeringId: r.offering_id,
  });
}

export const WORKLIST_ITEM_KINDS = ['ENTITLEMENT', 'FOLLOW_UP'] as const;
export type WorklistItemKind = (typeof WORKLIST_ITEM_KINDS)[number];
export const WorklistItemKindEnum = graphqlEnum(
  WORKLIST_ITEM_KINDS,
  'WorklistItemKind',
  'ENTITLEMENT: an entitled service of the tier (serviceLevel is set); FOLLOW_UP: an open follow-up promised in a contact (followUp is set).',
);

@ObjectType('WorklistItem', { description: 'A due or overdue entitled service, or a due or overdue open follow-up, of one client.' })
export class WorklistItemType {
  @Field(() => WorklistItemKindEnum) kind!: WorklistItemKind;
  @Field(() => ClientType) client!: ClientType;
  @Field(() => LocalDateScalar) dueOn!: string;
  @Field(() => ServiceLevelStatusEnum, { description: 'DUE or OVERDUE.' }) status!: ServiceLevelStatus;
  @Field(() => Int, { description: '0 unless OVERDUE.' }) daysOverdue!: number;
  @Field(() => ServiceLevelType, { nullable: true, description: 'Set for ENTITLEMENT items.' }) serviceLevel!: ServiceLevelType | null;
  @Field(() => FollowUpType, { nullable: true, description: 'Set for FOLLOW_UP items; its serviceLog is the contact that asked for it.' })
  followUp!: FollowUpType | null;
}

@ObjectType('WorklistEdge')
export class WorklistEdge {
  @Field(() => WorklistItemType) node!: WorklistItemType;
  @Field(() => String) cursor!: string;
}

@ObjectType('WorklistConnection')
export class WorklistConnection {
  @Field(() => [WorklistEdge]) edges!: WorklistEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}
