import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Can } from '../auth/access/decorators.js';
import type { Context } from '../../context.js';
import { StaffType } from '../staff/staff.type.js';
import { TierChangeType, TierType } from './tier.type.js';

@Resolver(() => TierChangeType)
export class TierChangeResolver {
  @Can('client:read')
  @FieldResolver(() => TierType, { nullable: true })
  fromTier(@Root() t: TierChangeType, @Ctx() { loaders }: Context) {
    return t.fromTierId ? loaders.tier.load(t.fromTierId) : null;
  }

  @Can('client:read')
  @FieldResolver(() => TierType)
  toTier(@Root() t: TierChangeType, @Ctx() { loaders }: Context) {
    return loaders.tier.load(t.toTierId);
  }

  @Can('client:read')
  @FieldResolver(() => StaffType, { nullable: true, description: 'Who made a manual change; null for reviews.' })
  changedBy(@Root() t: TierChangeType, @Ctx() { loaders }: Context) {
    return t.changedById ? loaders.staff.load(t.changedById) : null;
  }
}
