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
  @Field(() => String, { description: 'Phone with all but its last digits masked: a mainland number (11 digits or more) its last 4 (13812345678 → *******5678), a shorter one at most a third.' }) phoneMasked!: string;
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
    return ClientType.fromRow({
      id: c.id, account_no: c.accountNo, name: c.name, id_number: c.idNumber, phone: c.phone,
      branch_id: c.branch.id, adviser_id: c.adviser?.id ?? null, status: c.status, risk_level: c.riskLevel,
      investment_style: c.investmentStyle, preferred_channels: c.preferredChannels, watch_sectors: c.watchSectors,
      segment: c.segment, opened_on: c.openedOn, latest_total_assets: c.latestTotalAssets ?? null,
      latest_metrics_on: c.latestMetricsOn ?? null, last_contact_at: c.lastContactAt ?? null, current_tier_id: c.currentTier?.id ?? null,
    });
  }

  /** The one mapping from a client's columns (an entity via `from`, or a plain SQL row: client-list.sql.ts) to the contract. */
  static fromRow(r: ClientRow): ClientType {
    return Object.assign(new ClientType(), {
      id: r.id, accountNo: r.account_no, name: r.name,
      idNumberMasked: maskIdNumber(r.id_number), phoneMasked: maskPhone(r.phone),
      status: r.status, riskLevel: r.risk_level, investmentStyle: r.investment_style, segment: r.segment,
      preferredChannels: r.preferred_channels, watchSectors: r.watch_sectors, openedOn: r.opened_on,
      latestTotalAssets: r.latest_total_assets, latestMetricsOn: r.latest_metrics_on,
      // the driver hands timestamps over as text on MikroORM's connections
      lastContactAt: r.last_contact_at === null ? null : new Date(r.last_contact_at),
      branchId: r.branch_id, adviserId: r.adviser_id, currentTierId: isServed(r.status) ? r.current_tier_id : null,
    });
  }
}

/** A client's columns as SQL returns them (dates and decimals as text: CLIENT_ROW_COLUMNS). */
export interface ClientRow {
  id: string; account_no: string; name: string; id_number: string; phone: string;
  branch_id: string; adviser_id: string | null; status: ClientStatus; risk_level: RiskLevel;
  investment_style: InvestmentStyle; preferred_channels: ServiceChannel[]; watch_sectors: string[];
  segment: ClientSegment; opened_on: string; latest_total_assets: string | null; latest_metrics_on: string | null;
  last_contact_at: Date | string | null; current_tier_id: string | null;
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
  @Field(() => Int, {
    description: 'How many clients match: exact for an adviser\'s book and for any answer of at most 1,000; otherwise the planner\'s estimate (totalCountIsEstimate), so the count stays fast for a branch or the whole firm.',
  })
  totalCount!: number;
  @Field(() => Boolean, { description: 'True when totalCount is an estimate (show it as "about N"), false when it is exact.' })
  totalCountIsEstimate!: boolean;
}
