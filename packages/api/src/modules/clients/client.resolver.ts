import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Can } from '../auth/access/decorators.js';
import type { Context } from '../../context.js';
import { requireViewer } from '../auth/viewer.js';
import { BranchType } from '../branches/branch.type.js';
import { StaffType } from '../staff/staff.type.js';
import { TierType, TierChangeType } from '../tiers/tier.type.js';
import { ServiceLogType } from '../service-logs/service-log.type.js';
import { businessDay, daysBetween } from '../../shared/time.js';
import { AssetPointType, ClientConnection, ClientType } from './client.type.js';
import { ClientsArgs } from './dto/clients.args.js';
import { clientInScope } from './client-scope.js';
import { listClients } from './client.service.js';

@Resolver(() => ClientType)
export class ClientResolver {
  @Can('client:read')
  @Query(() => ClientConnection, {
    description: "The viewer's clients: an adviser's own book, a manager's branch, everything for head office and compliance.",
  })
  async clients(@Args(() => ClientsArgs) args: ClientsArgs, @Ctx() { em, viewer, loaders }: Context): Promise<ClientConnection> {
    const page = await listClients(em, requireViewer(viewer), args);
    // every row came through the scope: loaders of its fields need not ask again
    for (const e of page.edges) loaders.clientAccess.prime(e.node.id, true);
    return page;
  }
  @Can('client:read')
  @Query(() => ClientType, { description: 'One client; NOT_FOUND when it does not exist or is outside your scope.' })
  async client(@Arg('id', () => ID) id: string, @Ctx() { em, viewer, loaders }: Context): Promise<ClientType> {
    const client = await clientInScope(em, requireViewer(viewer), id);
    // found through the scope: the page's loaders need not ask again
    loaders.clientAccess.prime(client.id, true);
    return client;
  }

  @Can('client:read')
  @FieldResolver(() => BranchType)
  branch(@Root() c: ClientType, @Ctx() { loaders }: Context) {
    return loaders.branch.load(c.branchId);
  }

  @Can('client:read')
  @FieldResolver(() => StaffType, { nullable: true, description: 'The adviser who owns the client now.' })
  adviser(@Root() c: ClientType, @Ctx() { loaders }: Context) {
    return c.adviserId ? loaders.staff.load(c.adviserId) : null;
  }

  @Can('client:read')
  @FieldResolver(() => TierType, {
    nullable: true,
    description: 'The tier the client is served at. Null when not yet tiered, and for a CLOSED or TRANSFERRED_OUT client, which is no longer served: the tier it last had is the newest entry of tierHistory.',
  })
  currentTier(@Root() c: ClientType, @Ctx() { loaders }: Context) {
    return c.currentTierId ? loaders.tier.load(c.currentTierId) : null;
  }

  @Can('client:read')
  @FieldResolver(() => Int, { nullable: true, description: 'Whole days since the last contact, in Asia/Shanghai; null if never contacted.' })
  daysSinceLastContact(@Root() c: ClientType): number | null {
    return c.lastContactAt ? daysBetween(businessDay(c.lastContactAt), businessDay()) : null;
  }

  @Can('client:read')
  @FieldResolver(() => [TierChangeType], { description: 'Tier history, newest first.' })
  tierHistory(@Root() c: ClientType, @Ctx() { loaders }: Context) {
    return loaders.tierHistory.load(c.id);
  }

  @Can('client:read')
  @FieldResolver(() => [ServiceLogType], {
    description: 'Service log timeline, newest first: the latest `first` entries (at most 500), without saying how many there are.',
    deprecationReason: 'Use serviceLogsConnection: it pages the whole timeline and gives the totalCount.',
  })
  async serviceLogs(
    @Root() c: ClientType,
    @Arg('first', () => Int, { defaultValue: 50, validate: false }) first: number,
    @Ctx() { loaders }: Context,
  ) {
    const limit = Math.min(Math.max(first, 1), 500);
    return (await loaders.serviceLogs.load({ clientId: c.id, limit })).slice(0, limit);
  }

  @Can('client:read')
  @FieldResolver(() => [AssetPointType], { description: 'Daily total assets, oldest first.' })
  assetHistory(
    @Root() c: ClientType,
    @Arg('days', () => Int, { defaultValue: 365, validate: false }) days: number,
    @Ctx() { loaders }: Context,
  ) {
    return loaders.assetHistory.load({ clientId: c.id, days: Math.min(Math.max(days, 1), 3660) });
  }
}
