import { Field, ID, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../shared/enums.js';
import { POINTS_KINDS, type PointsKind } from './points.enums.js';

export const PointsKindEnum = graphqlEnum(
  POINTS_KINDS,
  'PointsKind',
  'EARN_* come from a points run (one per client, kind and period); REDEEM spends points on an offering; ADJUST is a manual correction.',
);

@ObjectType('PointsEntry', { description: 'One entry of a client\'s points ledger (积分). Append-only.' })
export class PointsEntryType {
  @Field(() => ID) id!: string;
  @Field(() => Date) occurredAt!: Date;
  @Field(() => Int, { description: 'Positive when earned, negative when spent.' }) delta!: number;
  @Field(() => PointsKindEnum) kind!: PointsKind;
  @Field(() => String, { nullable: true, description: 'The earning month (YYYY-MM) of an EARN_* entry.' }) period!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  clientId!: string;
  offeringId!: string | null;
}

/** A points_entry row as selected by raw SQL (snake_case columns). */
export interface PointsEntryRow {
  id: string; client_id: string; occurred_at: string | Date; delta: number; kind: PointsKind;
  period: string | null; offering_id: string | null; note: string | null;
}

export function toPointsEntry(r: PointsEntryRow): PointsEntryType {
  return Object.assign(new PointsEntryType(), {
    id: r.id, occurredAt: new Date(r.occurred_at), delta: r.delta, kind: r.kind, period: r.period, note: r.note,
    clientId: r.client_id, offeringId: r.offering_id,
  });
}

@ObjectType('ClientPoints', { description: 'A client\'s points: balance and ledger.' })
export class ClientPointsType {
  clientId!: string;
}

@ObjectType('PointsRun', { description: 'One points run over a month.' })
export class PointsRunType {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'YYYY-MM' }) period!: string;
  @Field(() => Int, { description: 'Ledger entries this run wrote; 0 when the period had already been run.' }) entriesWritten!: number;
}
