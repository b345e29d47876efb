import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Can } from '../auth/access/decorators.js';
import type { Context } from '../../context.js';
import { LocalDateScalar } from '../../shared/scalars.js';
import { requireViewer } from '../auth/viewer.js';
import { ClientType } from '../clients/client.type.js';
import { OverrideTierInput } from './dto/override-tier.input.js';
import { overrideTier } from './tier-override.service.js';

@Resolver(() => ClientType)
export class TierOverrideResolver {
  @Can('tier:override')
  @Mutation(() => ClientType, { description: "Sets a client's tier by hand until a date (manager: own branch; head office: all). Reviews leave it until then." })
  async overrideClientTier(@Arg('input', () => OverrideTierInput) input: OverrideTierInput, @Ctx() { em, viewer }: Context) {
    return ClientType.from(await overrideTier(em, requireViewer(viewer), input));
  }

  @Can('client:read')
  @FieldResolver(() => LocalDateScalar, { nullable: true, description: 'While a manual override holds: its end date.' })
  overrideUntil(@Root() c: ClientType, @Ctx() { loaders }: Context) {
    return loaders.overrideUntil.load(c.id);
  }
}
