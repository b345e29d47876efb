import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Client } from '../clients/client.entity.js';

/**
 * One client's figures for one day from the trading/clearing system. The table is
 * range-partitioned by month (see the migration); bulk loads go through SQL, not this entity.
 */
@Entity({ tableName: 'daily_metric' })
export class DailyMetric {
  @ManyToOne({ entity: () => Client, primary: true }) client!: Client;
  @PrimaryKey({ type: 'date' }) day!: string;
  @Property({ type: 'decimal', precision: 20, scale: 2 }) totalAssets!: string;
  @Property({ type: 'decimal', precision: 20, scale: 2 }) cash!: string;
  @Property({ type: 'decimal', precision: 20, scale: 2 }) marketValue!: string;
  @Property({ type: 'decimal', precision: 20, scale: 2 }) tradingVolume: string = '0';
  @Property({ type: 'decimal', precision: 20, scale: 2 }) commission: string = '0';
  @Property({ type: 'decimal', precision: 20, scale: 2 }) interestSpread: string = '0';
  @Property({ type: 'decimal', precision: 20, scale: 2 }) netInflow: string = '0';
}
