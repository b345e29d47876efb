import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { authChecker } from './modules/auth/access/auth-checker.js';
import { assertEveryFieldHasARule } from './modules/auth/access/rule-check.js';
import { AuthResolver } from './modules/auth/auth.resolver.js';
import { ClientResolver } from './modules/clients/client.resolver.js';
import { StaffResolver } from './modules/staff/staff.resolver.js';
import { TierResolver } from './modules/tiers/tier.resolver.js';
import { TierChangeResolver } from './modules/tiers/tier-change.resolver.js';
import { CatalogueResolver } from './modules/catalogue/catalogue.resolver.js';
import { ServiceLogResolver } from './modules/service-logs/service-log.resolver.js';
import { TierEntitlementResolver, TierPolicyResolver } from './modules/tiers/tier-policy.resolver.js';
import { TierReviewResolver } from './modules/tiers/tier-review.resolver.js';
import { ClientMoveResolver, MigrationCellResolver, TierSimulationResolver, TierTotalsResolver } from './modules/tiers/tier-simulation.resolver.js';
import { TierOverrideResolver } from './modules/tiers/tier-override.resolver.js';
import { ClientPointsFieldResolver, ClientPointsResolver, PointsResolver } from './modules/points/points.resolver.js';
import { ClientServiceLevelsResolver, ServiceLevelResolver } from './modules/service-levels/service-levels.resolver.js';
import { ClientFollowUpsResolver, FollowUpEventResolver, FollowUpResolver } from './modules/service-logs/follow-up.resolver.js';
import { ClientTimelineResolver } from './modules/service-logs/timeline.resolver.js';
import { ClientNextContactResolver, NextBestContactResolver } from './modules/next-contact/next-contact.resolver.js';
import { validateArguments } from './shared/validation.js';
import { DateTimeScalar } from './shared/scalars.js';

export const RESOLVERS = [
  AuthResolver, ClientResolver, StaffResolver, TierResolver, TierChangeResolver, CatalogueResolver, ServiceLogResolver,
  TierPolicyResolver, TierEntitlementResolver, TierReviewResolver, TierSimulationResolver, MigrationCellResolver, TierTotalsResolver, ClientMoveResolver, TierOverrideResolver,
  PointsResolver, ClientPointsResolver, ClientPointsFieldResolver, ServiceLevelResolver, ClientServiceLevelsResolver, ClientNextContactResolver, NextBestContactResolver,
  FollowUpResolver, FollowUpEventResolver, ClientFollowUpsResolver, ClientTimelineResolver,
] as const;

/** Builds the schema; refuses to when any resolver field lacks an access rule (deny by default). */
export function buildCrmSchema(): Promise<GraphQLSchema> {
  assertEveryFieldHasARule(RESOLVERS);
  return buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    // Every argument, at every depth: free-text rules, ids, class-validator (shared/validation.ts).
    validateFn: validateArguments,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
  });
}

/** The SDL checked in at packages/schema/schema.graphql: sorted, so diffs show real changes. */
export function printCrmSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
