import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { ServiceOffering } from './service-offering.entity.js';
import { ServiceOfferingType } from './service-offering.type.js';

@Resolver(() => ServiceOfferingType)
export class CatalogueResolver {
  @Authorized()
  @Query(() => [ServiceOfferingType], { description: 'The active service catalogue.' })
  async serviceOfferings(@Ctx() { em }: Context): Promise<ServiceOfferingType[]> {
    const rows = await em.find(ServiceOffering, { active: true }, { orderBy: { category: 'asc', code: 'asc' } });
    return rows.map(ServiceOfferingType.from);
  }
}
