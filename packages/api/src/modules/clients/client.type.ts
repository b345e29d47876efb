import { Field, ID, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../shared/enums.js';
import { DecimalScalar, LocalDateScalar } from '../../shared/scalars.js';
import { PageInfo } from '../../shared/pagination.js';
import { ServiceChannelEnum } from '../service-logs/service-log.type.js';
import type { ServiceChannel } from '../service-logs/service-log.enums.js';
import {
  CLIENT_SEGMENTS, CLIENT_STATUSES, INVESTMENT_STYLES, RISK_LEVELS, isServed,
  type Client, type ClientSegment, type ClientStatus, type InvestmentStyle, type RiskLevel,
} from './client.entity.js';
import { maskIdNumber, maskPhone } from './masking.js';

export const ClientStatusEnum = graphqlEnum(CLIENT_STATUSES, 'ClientStatus',
  'ACTIVE, DORMANT 休眠: served (tiered, reviewed, entitled to services). CLOSED 销户, TRANSFERRED_OUT 转出: no longer served: no current tier, no entitlements, no worklist items; the tier history keeps the tier they last had.');
export const RiskLevelEnum = graphqlEnum(RISK_LEVELS, 'RiskLevel', 'Suitability risk level: C1 保守型 … C5 激进型.');
export const InvestmentStyleEnum = graphqlEnum(INVESTMENT_STYLES, 'InvestmentStyle', 'SHORT_TERM 短线, MID_TERM 中线, LONG_TERM 长线.');
export const ClientSegmentEnum = graphqlEnum(CLIENT_SEGMENTS, 'ClientSegment');

@ObjectType('AssetPoint', { description: 'Total assets at the close of one day.' })
export class AssetPointType {
  @Field(() => LocalDateScalar) day!: string;
  @Field(() => DecimalScalar) totalAssets!: string;
}

@ObjectType('Client', { description: 'A brokerage client (客户). ID number and phone are always masked here.' })
export class ClientType {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'Fund account number (资金账号).' }) accountNo!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'ID number (证件号) masked: a resident ID card keeps its first 3 and last 4 characters; other documents follow the phone rule.' }) idNumberMasked!: string;
  @Field(() => String, { description: 'Phone with all but its last digits masked: at most 4, never more than a third (13812345678 → ********678).' }) phoneMasked!: string;
  @Field(() => ClientStatusEnum) status!: ClientStatus;
  @Field(() => RiskLevelEnum) riskLevel!: RiskLevel;
  @Field(() => InvestmentStyleEnum) investmentStyle!: InvestmentStyle;
  @Field(() => ClientSegmentEnum) segment!: ClientSegment;
  @Field(() => [ServiceChannelEnum]) preferredChannels!: ServiceChannel[];
  @Field(() => [String]) watchSectors!: string[];
  @Field(() => LocalDateScalar) openedOn!: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'Total assets on the latest metric day, CNY.' }) latestTotalAssets!: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) latestMetricsOn!: string | null;
  @Field(() => Date, { nullable: true }) lastContactAt!: Date | null;
  branchId!: string;
  adviserId!: string | null;
  /** null for a client no longer served (SERVED_STATUSES): its last tier stays in the history */
  currentTierId!: string | null;

  static from(c: Client): ClientType {
    return Object.assign(new ClientType(), {
      id: c.id, accountNo: c.accountNo, name: c.name,
      idNumberMasked: maskIdNumber(c.idNumber), phoneMasked: maskPhone(c.phone),
      status: c.status, riskLevel: c.riskLevel, investmentStyle: c.investmentStyle, segment: c.segment,
      preferredChannels: c.preferredChannels, watchSectors: c.watchSectors, openedOn: c.openedOn,
      latestTotalAssets: c.latestTotalAssets ?? null, latestMetricsOn: c.latestMetricsOn ?? null,
      lastContactAt: c.lastContactAt ?? null,
      branchId: c.branch.id, adviserId: c.adviser?.id ?? null, currentTierId: isServed(c.status) ? c.currentTier?.id ?? null : null,
    });
  }
}

@ObjectType('ClientEdge')
export class ClientEdge {
  @Field(() => ClientType) node!: ClientType;
  @Field(() => String) cursor!: string;
}

@ObjectType('ClientConnection')
export class ClientConnection {
  @Field(() => [ClientEdge]) edges!: ClientEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}
