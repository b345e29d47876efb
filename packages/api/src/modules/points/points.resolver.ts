import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Can } from '../auth/access/decorators.js';
import type { Context } from '../../context.js';
import { requireViewer } from '../auth/viewer.js';
import { ClientType } from '../clients/client.type.js';
import { ServiceOfferingType } from '../catalogue/service-offering.type.js';
import { ClientPointsType, PointsEntryType, PointsRunType } from './points.type.js';
import { RedeemPointsInput } from './dto/redeem-points.input.js';
import { redeemPoints, runPoints } from './points.service.js';

@Resolver(() => PointsEntryType)
export class PointsResolver {
  @Can('points:run')
  @Mutation(() => PointsRunType, {
    description: 'Awards the points the active policy earns over a month (YYYY-MM) that has ended. Idempotent: a second run of the month writes nothing. HEAD_OFFICE.',
  })
  async runPoints(@Arg('period', () => String) period: string, @Ctx() { em, viewer, dbUrl }: Context): Promise<PointsRunType> {
    const run = await runPoints(em, requireViewer(viewer), dbUrl, period);
    return Object.assign(new PointsRunType(), { id: run.id, period: run.period, entriesWritten: run.entriesWritten });
  }
  @Can('client:redeem-points')
  @Mutation(() => PointsEntryType, {
    description: "Spends a client's points on an offering. Errors: BAD_USER_INPUT field offeringId (not redeemable, or the balance is short), NOT_FOUND, FORBIDDEN.",
  })
  redeemPoints(@Arg('input', () => RedeemPointsInput) input: RedeemPointsInput, @Ctx() { em, viewer }: Context): Promise<PointsEntryType> {
    return redeemPoints(em, requireViewer(viewer), input);
  }

  @Can('client:read')
  @FieldResolver(() => ServiceOfferingType, { nullable: true, description: 'The offering redeemed, for a REDEEM entry.' })
  offering(@Root() e: PointsEntryType, @Ctx() { loaders }: Context) {
    return e.offeringId ? loaders.offering.load(e.offeringId) : null;
  }
}

@Resolver(() => ClientPointsType)
export class ClientPointsResolver {
  @Can('client:read')
  @FieldResolver(() => Int, { description: 'Sum of the ledger; never negative.' })
  balance(@Root() p: ClientPointsType, @Ctx() { loaders }: Context) {
    return loaders.pointsBalance.load(p.clientId);
  }

  @Can('client:read')
  @FieldResolver(() => [PointsEntryType], { description: 'Ledger entries, newest first.' })
  async history(
    @Root() p: ClientPointsType,
    @Arg('first', () => Int, { defaultValue: 50, validate: false }) first: number,
    @Ctx() { loaders }: Context,
  ) {
    const limit = Math.min(Math.max(first, 1), 500);
    return (await loaders.pointsHistory.load({ clientId: p.clientId, limit })).slice(0, limit);
  }
}

@Resolver(() => ClientType)
export class ClientPointsFieldResolver {
  @Can('client:read')
  @FieldResolver(() => ClientPointsType, { description: 'Points (积分): balance and ledger.' })
  points(@Root() c: ClientType): ClientPointsType {
    return Object.assign(new ClientPointsType(), { clientId: c.id });
  }
}
