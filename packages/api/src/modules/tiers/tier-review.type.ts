import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../shared/enums.js';
import { LocalDateScalar } from '../../shared/scalars.js';

export const TierReviewStatusEnum = graphqlEnum(['RUNNING', 'SUCCEEDED', 'FAILED'] as const, 'TierReviewStatus');
export type TierReviewStatus = keyof typeof TierReviewStatusEnum;

@ObjectType('TierReviewRun', { description: 'One run of the tier review: every served client (ACTIVE or DORMANT) recomputed as of a date; closed and transferred-out clients are not reviewed, committed whole or not at all.' })
export class TierReviewRunType {
  @Field(() => ID) id!: string;
  @Field(() => LocalDateScalar) asOf!: string;
  @Field(() => TierReviewStatusEnum) status!: TierReviewStatus;
  @Field(() => Float, { description: '0 to 1 while running.' }) progress!: number;
  @Field(() => Int) clientsReviewed!: number;
  @Field(() => Int, { description: 'Tier changes written (0 when nothing changed).' }) changesWritten!: number;
  @Field(() => Date) startedAt!: Date;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
  @Field(() => String, { nullable: true }) error!: string | null;
  policyId!: string;
  startedById!: string | null;
}

export interface ReviewRunRow {
  id: string; policy_id: string; as_of: string; status: TierReviewStatus; progress: string; clients_reviewed: number;
  changes_written: number; started_at: string; finished_at: string | null; error: string | null; started_by: string | null;
}

export function toReviewRun(r: ReviewRunRow): TierReviewRunType {
  return Object.assign(new TierReviewRunType(), {
    id: r.id, asOf: r.as_of, status: r.status, progress: Number(r.progress), clientsReviewed: r.clients_reviewed,
    changesWritten: r.changes_written, startedAt: new Date(r.started_at), finishedAt: r.finished_at ? new Date(r.finished_at) : null,
    error: r.error, policyId: r.policy_id, startedById: r.started_by,
  });
}
