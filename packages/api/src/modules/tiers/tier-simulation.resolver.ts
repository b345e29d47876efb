import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Can } from '../auth/access/decorators.js';
import type { Context } from '../../context.js';
import { LocalDateScalar } from '../../shared/scalars.js';
import { badInput } from '../../shared/errors.js';
import { businessDay, isIsoDay } from '../../shared/time.js';
import { TierType } from './tier.type.js';
import { TierPolicyType } from './tier-policy.type.js';
import { getPolicy } from './tier-policy.service.js';
import { movers, policyForSql, simulate } from './tier-simulation.service.js';
import { ClientMoveConnection, ClientMoveType, MigrationCellType, TierSimulationType, TierTotalsType } from './tier-simulation.type.js';

@Resolver(() => TierSimulationType)
export class TierSimulationResolver {
  @Can('policy:simulate')
  @Query(() => TierSimulationType, { description: 'A dry run of a policy (usually a draft) over every served client (ACTIVE or DORMANT); writes nothing.' })
  async simulateTierPolicy(
    @Arg('id', () => ID) id: string,
    @Arg('asOf', () => LocalDateScalar, { nullable: true }) asOf: string | undefined,
    @Ctx() { em }: Context,
  ) {
    const day = asOf ?? businessDay();
    if (!isIsoDay(day) || day > businessDay()) throw badInput('asOf', 'Use a date that is not in the future', 'DATE_IN_FUTURE');
    const policy = await getPolicy(em, id);
    return simulate(em, await policyForSql(em, policy), day);
  }

  @Can('policy:simulate')
  @FieldResolver(() => TierPolicyType)
  policy(@Root() s: TierSimulationType, @Ctx() { loaders }: Context) {
    return loaders.policy.load(s.policyId);
  }

  @Can('policy:simulate')
  @FieldResolver(() => ClientMoveConnection, { description: 'Clients whose tier would change, largest assets first.' })
  async movers(
    @Root() s: TierSimulationType,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | undefined,
    @Ctx() { em }: Context,
  ) {
    if (first < 1 || first > 100) throw badInput('first', 'first must be between 1 and 100', 'OUT_OF_RANGE');
    const policy = await getPolicy(em, s.policyId);
    return movers(em, await policyForSql(em, policy), s.asOf, first, after ?? undefined);
  }
}

@Resolver(() => MigrationCellType)
export class MigrationCellResolver {
  @Can('policy:simulate')
  @FieldResolver(() => TierType, { nullable: true, description: 'Null: clients with no tier yet.' })
  fromTier(@Root() c: MigrationCellType, @Ctx() { loaders }: Context) {
    return c.fromTierId ? loaders.tier.load(c.fromTierId) : null;
  }

  @Can('policy:simulate')
  @FieldResolver(() => TierType)
  toTier(@Root() c: MigrationCellType, @Ctx() { loaders }: Context) {
    return loaders.tier.load(c.toTierId);
  }
}

@Resolver(() => TierTotalsType)
export class TierTotalsResolver {
  @Can('policy:simulate')
  @FieldResolver(() => TierType, { nullable: true })
  tier(@Root() t: TierTotalsType, @Ctx() { loaders }: Context) {
    return t.tierId ? loaders.tier.load(t.tierId) : null;
  }
}

@Resolver(() => ClientMoveType)
export class ClientMoveResolver {
  @Can('policy:simulate')
  @FieldResolver(() => TierType, { nullable: true })
  fromTier(@Root() m: ClientMoveType, @Ctx() { loaders }: Context) {
    return m.fromTierId ? loaders.tier.load(m.fromTierId) : null;
  }

  @Can('policy:simulate')
  @FieldResolver(() => TierType)
  toTier(@Root() m: ClientMoveType, @Ctx() { loaders }: Context) {
    return loaders.tier.load(m.toTierId);
  }
}
