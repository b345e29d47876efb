import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Can } from '../auth/access/decorators.js';
import type { Context } from '../../context.js';
import { ClientType } from '../clients/client.type.js';
import { ServiceOfferingType } from '../catalogue/service-offering.type.js';
import { nextBestContact } from './next-contact.js';
import { NextBestContactType } from './next-contact.type.js';

@Resolver(() => ClientType)
export class ClientNextContactResolver {
  @Can('client:read')
  @FieldResolver(() => NextBestContactType, { description: 'Suggested channel and content for the next contact, from style, segment, tier and interests.' })
  async nextBestContact(@Root() c: ClientType, @Ctx() { loaders }: Context): Promise<NextBestContactType> {
    const tier = c.currentTierId ? await loaders.tierRanking.load(c.currentTierId) : null;
    return NextBestContactType.from(nextBestContact({
      investmentStyle: c.investmentStyle, segment: c.segment, tier, latestTotalAssets: c.latestTotalAssets,
      preferredChannels: c.preferredChannels, watchSectors: c.watchSectors,
    }));
  }
}

@Resolver(() => NextBestContactType)
export class NextBestContactResolver {
  @Can('client:read')
  @FieldResolver(() => ServiceOfferingType, { nullable: true, description: 'The catalogue offering to deliver; null if the catalogue lacks it.' })
  offering(@Root() s: NextBestContactType, @Ctx() { loaders }: Context) {
    return loaders.offeringByCode.load(s.offeringCode);
  }
}
