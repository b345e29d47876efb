import { Field, ID, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../shared/enums.js';
import { LocalDateScalar } from '../../shared/scalars.js';
import { FOLLOW_UP_EVENT_KINDS, type FollowUpEventKind } from './follow-up-event.entity.js';
import type { FollowUp, FollowUpStatus } from './follow-up.entity.js';

export const FOLLOW_UP_STATUSES = ['OPEN', 'DONE', 'CANCELLED'] as const satisfies readonly FollowUpStatus[];
export const FollowUpStatusEnum = graphqlEnum(FOLLOW_UP_STATUSES, 'FollowUpStatus', 'OPEN until a contact completes it (DONE).');
export const FollowUpEventKindEnum = graphqlEnum(FOLLOW_UP_EVENT_KINDS, 'FollowUpEventKind');

export const FOLLOW_UP_DUE_STATUSES = ['UPCOMING', 'DUE', 'OVERDUE'] as const;
export type FollowUpDueStatus = (typeof FOLLOW_UP_DUE_STATUSES)[number];
export const FollowUpDueStatusEnum = graphqlEnum(
  FOLLOW_UP_DUE_STATUSES,
  'FollowUpDueStatus',
  'For an open follow-up, against today in Asia/Shanghai: OVERDUE when dueOn is before today, DUE within 7 days, else UPCOMING.',
);

/** OVERDUE / DUE / UPCOMING of a due day against a day, as the worklist grades entitlements. */
export function dueStatusOf(dueOn: string, asOf: string): { status: FollowUpDueStatus; daysOverdue: number } {
  const days = Math.round((Date.parse(`${asOf}T00:00:00Z`) - Date.parse(`${dueOn}T00:00:00Z`)) / 86_400_000);
  if (days > 0) return { status: 'OVERDUE', daysOverdue: days };
  return { status: days >= -7 ? 'DUE' : 'UPCOMING', daysOverdue: 0 };
}

@ObjectType('FollowUp', { description: 'A follow-up promised in a contact (跟进): open until a later contact completes it; may be rescheduled with a reason.' })
export class FollowUpType {
  @Field(() => ID) id!: string;
  @Field(() => LocalDateScalar, { description: 'The day it is due now (after any reschedules).' }) dueOn!: string;
  @Field(() => FollowUpStatusEnum) status!: FollowUpStatus;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
  clientId!: string;
  adviserId!: string;
  serviceLogId!: string;
  completedByLogId!: string | null;

  static from(f: FollowUp): FollowUpType {
    return Object.assign(new FollowUpType(), {
      id: f.id, dueOn: f.dueOn, status: f.status, createdAt: f.createdAt, closedAt: f.closedAt ?? null,
      clientId: f.client.id, adviserId: f.adviser.id, serviceLogId: f.serviceLog.id, completedByLogId: f.completedByLog?.id ?? null,
    });
  }
}

/** A follow_up row as selected by raw SQL (snake_case columns). */
export interface FollowUpRow {
  id: string; client_id: string; adviser_id: string; service_log_id: string; completed_by_log_id: string | null;
  due_on: string; status: FollowUpStatus; created_at: string | Date; closed_at: string | Date | null;
}

export function toFollowUp(r: FollowUpRow): FollowUpType {
  return Object.assign(new FollowUpType(), {
    id: r.id, dueOn: r.due_on, status: r.status, createdAt: new Date(r.created_at), closedAt: r.closed_at === null ? null : new Date(r.closed_at),
    clientId: r.client_id, adviserId: r.adviser_id, serviceLogId: r.service_log_id, completedByLogId: r.completed_by_log_id,
  });
}

@ObjectType('FollowUpEvent', { description: 'One change of a follow-up: a reschedule (old and new day, reason) or its completion. Append-only.' })
export class FollowUpEventType {
  @Field(() => ID) id!: string;
  @Field(() => FollowUpEventKindEnum) kind!: FollowUpEventKind;
  @Field(() => LocalDateScalar, { description: 'The day it was due before this change.' }) fromDueOn!: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'RESCHEDULED: the new day.' }) toDueOn!: string | null;
  @Field(() => String, { nullable: true, description: 'RESCHEDULED: why.' }) reason!: string | null;
  @Field(() => Date) occurredAt!: Date;
  followUpId!: string;
  actorId!: string;
  serviceLogId!: string | null;
}

