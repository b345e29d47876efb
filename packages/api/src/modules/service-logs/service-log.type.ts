import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../shared/pagination.js';
import { graphqlEnum } from '../../shared/enums.js';
import { LocalDateScalar } from '../../shared/scalars.js';
import {
  SENTIMENTS, SERVICE_CHANNELS, SERVICE_KINDS, SERVICE_OUTCOMES,
  type Sentiment, type ServiceChannel, type ServiceKind, type ServiceOutcome,
} from './service-log.enums.js';
import type { ServiceLog } from './service-log.entity.js';

export const ServiceChannelEnum = graphqlEnum(SERVICE_CHANNELS, 'ServiceChannel');
export const ServiceKindEnum = graphqlEnum(SERVICE_KINDS, 'ServiceKind', 'CALL_BACK 回访 is a check made by someone other than the owning adviser.');
export const ServiceOutcomeEnum = graphqlEnum(SERVICE_OUTCOMES, 'ServiceOutcome');
export const SentimentEnum = graphqlEnum(SENTIMENTS, 'Sentiment');

@ObjectType('ServiceLog', { description: 'One contact with or delivery to a client (服务记录). Append-only.' })
export class ServiceLogType {
  @Field(() => ID) id!: string;
  @Field(() => Date) occurredAt!: Date;
  @Field(() => ServiceChannelEnum) channel!: ServiceChannel;
  @Field(() => ServiceKindEnum) kind!: ServiceKind;
  @Field(() => String) summary!: string;
  @Field(() => ServiceOutcomeEnum) outcome!: ServiceOutcome;
  @Field(() => SentimentEnum, { nullable: true }) sentiment!: Sentiment | null;
  @Field(() => LocalDateScalar, { nullable: true }) followUpOn!: string | null;
  @Field(() => Date) createdAt!: Date;
  clientId!: string;
  adviserId!: string;
  offeringId!: string | null;

  static from(l: ServiceLog): ServiceLogType {
    return Object.assign(new ServiceLogType(), {
      id: l.id, occurredAt: l.occurredAt, channel: l.channel, kind: l.kind, summary: l.summary, outcome: l.outcome,
      sentiment: l.sentiment ?? null, followUpOn: l.followUpOn ?? null, createdAt: l.createdAt,
      clientId: l.client.id, adviserId: l.adviser.id, offeringId: l.offering?.id ?? null,
    });
  }
}

/** A service_log row as selected by raw SQL (snake_case columns). */
export interface ServiceLogRow {
  id: string; client_id: string; adviser_id: string; offering_id: string | null; occurred_at: string;
  channel: ServiceChannel; kind: ServiceKind; summary: string; outcome: ServiceOutcome;
  sentiment: Sentiment | null; follow_up_on: string | null; created_at: string;
}

export function toServiceLog(r: ServiceLogRow): ServiceLogType {
  return Object.assign(new ServiceLogType(), {
    // raw rows carry timestamps as strings (MikroORM's pg type parsers)
    id: r.id, occurredAt: new Date(r.occurred_at), channel: r.channel, kind: r.kind, summary: r.summary, outcome: r.outcome,
    sentiment: r.sentiment, followUpOn: r.follow_up_on, createdAt: new Date(r.created_at),
    clientId: r.client_id, adviserId: r.adviser_id, offeringId: r.offering_id,
  });
}

@ObjectType('ServiceLogEdge')
export class ServiceLogEdge {
  @Field(() => ServiceLogType) node!: ServiceLogType;
  @Field(() => String) cursor!: string;
}

@ObjectType('ServiceLogConnection', { description: "A page of a client's service log, newest first." })
export class ServiceLogConnection {
  @Field(() => [ServiceLogEdge]) edges!: ServiceLogEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int, { description: 'All entries of the client, whatever the page.' }) totalCount!: number;
}
