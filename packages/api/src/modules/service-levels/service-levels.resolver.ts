import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Can } from '../auth/access/decorators.js';
import type { Context } from '../../context.js';
import { requireViewer } from '../auth/viewer.js';
import { LocalDateScalar } from '../../shared/scalars.js';
import { businessDay } from '../../shared/time.js';
import { ClientType } from '../clients/client.type.js';
import { ServiceOfferingType } from '../catalogue/service-offering.type.js';
import { ServiceLevelType, WorklistConnection } from './service-level.type.js';
import { WorklistArgs } from './dto/worklist.args.js';
import { worklist } from './service-levels.service.js';

@Resolver(() => ServiceLevelType)
export class ServiceLevelResolver {
  @Can('client:read')
  @Query(() => WorklistConnection, {
    description: "The viewer's due and overdue entitled services and open follow-ups (see WorklistItem.kind), most valuable clients first: an adviser's own book, a manager's branch, everything for head office and compliance.",
  })
  worklist(@Args(() => WorklistArgs) args: WorklistArgs, @Ctx() { em, viewer, loaders }: Context): Promise<WorklistConnection> {
    return worklist(em, requireViewer(viewer), args, (id) => loaders.clientAccess.prime(id, true));
  }

  @Can('client:read')
  @FieldResolver(() => ServiceOfferingType)
  offering(@Root() l: ServiceLevelType, @Ctx() { loaders }: Context) {
    return loaders.offering.load(l.offeringId);
  }
}

@Resolver(() => ClientType)
export class ClientServiceLevelsResolver {
  @Can('client:read')
  @FieldResolver(() => [ServiceLevelType], { description: "Entitled versus delivered for the client's current tier, most urgent first." })
  serviceLevels(
    @Root() c: ClientType,
    @Arg('asOf', () => LocalDateScalar, { nullable: true, description: 'Defaults to today in Asia/Shanghai.' }) asOf: string | undefined,
    @Ctx() { loaders }: Context,
  ) {
    return loaders.serviceLevels.load({ clientId: c.id, asOf: asOf ?? businessDay() });
  }
}
