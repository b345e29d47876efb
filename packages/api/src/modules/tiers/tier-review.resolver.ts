import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Can } from '../auth/access/decorators.js';
import type { Context } from '../../context.js';
import { LocalDateScalar } from '../../shared/scalars.js';
import { requireViewer } from '../auth/viewer.js';
import { StaffType } from '../staff/staff.type.js';
import { TierPolicyType } from './tier-policy.type.js';
import { TierReviewRunType } from './tier-review.type.js';
import { getRun, listRuns, startTierReview } from './tier-review.service.js';

@Resolver(() => TierReviewRunType)
export class TierReviewResolver {
  @Can('review:run')
  @Mutation(() => TierReviewRunType, {
    description: 'Starts a review of every served client (ACTIVE or DORMANT) with the active policy as of a date (default today). Returns the RUNNING run; CONFLICT while another runs.',
  })
  startTierReview(@Arg('asOf', () => LocalDateScalar, { nullable: true }) asOf: string | undefined, @Ctx() { em, viewer, dbUrl }: Context) {
    return startTierReview(em, requireViewer(viewer), dbUrl, asOf ?? undefined);
  }
  @Can('review:read')
  @Query(() => TierReviewRunType)
  tierReviewRun(@Arg('id', () => ID) id: string, @Ctx() { em }: Context) {
    return getRun(em, id);
  }
  @Can('review:read')
  @Query(() => [TierReviewRunType], { description: 'Newest first.' })
  tierReviewRuns(@Arg('first', () => Int, { defaultValue: 10 }) first: number, @Ctx() { em }: Context) {
    return listRuns(em, first);
  }

  @Can('review:read')
  @FieldResolver(() => TierPolicyType)
  policy(@Root() r: TierReviewRunType, @Ctx() { loaders }: Context) {
    return loaders.policy.load(r.policyId);
  }

  @Can('review:read')
  @FieldResolver(() => StaffType, { nullable: true })
  startedBy(@Root() r: TierReviewRunType, @Ctx() { loaders }: Context) {
    return r.startedById ? loaders.staff.load(r.startedById) : null;
  }
}
