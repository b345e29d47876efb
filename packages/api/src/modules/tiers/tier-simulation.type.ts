import { Field, Int, ObjectType } from 'type-graphql';
import { DecimalScalar, LocalDateScalar } from '../../shared/scalars.js';
import { PageInfo } from '../../shared/pagination.js';
import { ClientType } from '../clients/client.type.js';

@ObjectType('MigrationCell', { description: 'Clients (and their assets) now in fromTier that the policy puts in toTier.' })
export class MigrationCellType {
  @Field(() => Int) clients!: number;
  @Field(() => DecimalScalar, { description: 'Sum of latest total assets, CNY.' }) assets!: string;
  fromTierId!: string | null;
  toTierId!: string;
}

@ObjectType('TierTotals')
export class TierTotalsType {
  @Field(() => Int) clients!: number;
  @Field(() => DecimalScalar, { description: 'Sum of latest total assets, CNY.' }) assets!: string;
  @Field(() => DecimalScalar, { description: 'Commission + interest spread over the trailing 12 months, CNY.' }) revenue12m!: string;
  tierId!: string | null;
}

@ObjectType('ClientMove')
export class ClientMoveType {
  @Field(() => ClientType) client!: ClientType;
  @Field(() => DecimalScalar) avgAssets!: string;
  @Field(() => DecimalScalar) commission12m!: string;
  @Field(() => Int) points!: number;
  fromTierId!: string | null;
  toTierId!: string;
}

@ObjectType('ClientMoveEdge')
export class ClientMoveEdge {
  @Field(() => ClientMoveType) node!: ClientMoveType;
  @Field(() => String) cursor!: string;
}

@ObjectType('ClientMoveConnection')
export class ClientMoveConnection {
  @Field(() => [ClientMoveEdge]) edges!: ClientMoveEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}

@ObjectType('TierSimulation', {
  description: "What a policy would do to every served client (ACTIVE or DORMANT) as of a date, written nowhere. It shows each client's qualifying tier (before hysteresis and overrides, which the first review under the policy applies).",
})
export class TierSimulationType {
  @Field(() => LocalDateScalar) asOf!: string;
  @Field(() => Int) clientsReviewed!: number;
  @Field(() => [MigrationCellType], { description: 'Current tier × simulated tier.' }) matrix!: MigrationCellType[];
  @Field(() => [TierTotalsType], { description: 'Per current tier.' }) before!: TierTotalsType[];
  @Field(() => [TierTotalsType], { description: 'Per simulated tier.' }) after!: TierTotalsType[];
  policyId!: string;
}
