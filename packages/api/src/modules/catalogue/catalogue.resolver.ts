import { Ctx, Query, Resolver } from 'type-graphql';
import { Can } from '../auth/access/decorators.js';
import type { Context } from '../../context.js';
import { ServiceOffering } from './service-offering.entity.js';
import { ServiceOfferingType } from './service-offering.type.js';

@Resolver(() => ServiceOfferingType)
export class CatalogueResolver {
  @Can('catalogue:read')
  @Query(() => [ServiceOfferingType], { description: 'The active service catalogue.' })
  async serviceOfferings(@Ctx() { em }: Context): Promise<ServiceOfferingType[]> {
    const rows = await em.find(ServiceOffering, { active: true }, { orderBy: { category: 'asc', code: 'asc' } });
    return rows.map(ServiceOfferingType.from);
  }
}
