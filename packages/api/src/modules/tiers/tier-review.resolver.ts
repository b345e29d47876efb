import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { LocalDateScalar } from '../../shared/scalars.js';
import { requireViewer } from '../auth/viewer.js';
import { StaffType } from '../staff/staff.type.js';
import { TierPolicyType } from './tier-policy.type.js';
import { TierReviewRunType } from './tier-review.type.js';
import { getRun, listRuns, startTierReview } from './tier-review.service.js';

@Resolver(() => TierReviewRunType)
export class TierReviewResolver {
  @Authorized('HEAD_OFFICE')
  @Mutation(() => TierReviewRunType, {
    description: 'Starts a review of every served client (ACTIVE or DORMANT) with the active policy as of a date (default today). Returns the RUNNING run; CONFLICT while another runs.',
  })
  startTierReview(@Arg('asOf', () => LocalDateScalar, { nullable: true }) asOf: string | undefined, @Ctx() { em, viewer, dbUrl }: Context) {
    return startTierReview(em, requireViewer(viewer), dbUrl, asOf ?? undefined);
  }

  @Authorized('HEAD_OFFICE', 'MANAGER', 'COMPLIANCE')
  @Query(() => TierReviewRunType)
  tierReviewRun(@Arg('id', () => ID) id: string, @Ctx() { em }: Context) {
    return getRun(em, id);
  }

  @Authorized('HEAD_OFFICE', 'MANAGER', 'COMPLIANCE')
  @Query(() => [TierReviewRunType], { description: 'Newest first.' })
  tierReviewRuns(@Arg('first', () => Int, { defaultValue: 10 }) first: number, @Ctx() { em }: Context) {
    return listRuns(em, first);
  }

  @FieldResolver(() => TierPolicyType)
  policy(@Root() r: TierReviewRunType, @Ctx() { loaders }: Context) {
    return loaders.policy.load(r.policyId);
  }

  @FieldResolver(() => StaffType, { nullable: true })
  startedBy(@Root() r: TierReviewRunType, @Ctx() { loaders }: Context) {
    return r.startedById ? loaders.staff.load(r.startedById) : null;
  }
}
