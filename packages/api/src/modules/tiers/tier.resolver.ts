import { Ctx, Query, Resolver } from 'type-graphql';
import { Can } from '../auth/access/decorators.js';
import type { Context } from '../../context.js';
import { Tier } from './tier.entity.js';
import { TierType } from './tier.type.js';

@Resolver(() => TierType)
export class TierResolver {
  @Can('catalogue:read')
  @Query(() => [TierType], { description: 'The tiers of the active policy, lowest first.' })
  async activeTiers(@Ctx() { em }: Context): Promise<TierType[]> {
    const tiers = await em.find(Tier, { policy: { status: 'ACTIVE' } }, { orderBy: { rank: 'asc' } });
    return tiers.map(TierType.from);
  }
}
