import { Field, ID, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../shared/enums.js';
import { ServiceChannelEnum } from '../service-logs/service-log.type.js';
import { OFFERING_CATEGORIES, type OfferingCategory, type ServiceOffering } from './service-offering.entity.js';
import type { ServiceChannel } from '../service-logs/service-log.enums.js';

export const OfferingCategoryEnum = graphqlEnum(OFFERING_CATEGORIES, 'OfferingCategory', 'CHANNEL 通道, INFORMATION 资讯, ADVISORY 咨询, PRODUCT 产品, CARE 情感服务.');

@ObjectType('ServiceOffering', { description: 'An entry of the service catalogue (服务产品).' })
export class ServiceOfferingType {
  @Field(() => ID) id!: string;
  @Field(() => String) code!: string;
  @Field(() => String) nameZh!: string;
  @Field(() => String) nameEn!: string;
  @Field(() => OfferingCategoryEnum) category!: OfferingCategory;
  @Field(() => ServiceChannelEnum) channel!: ServiceChannel;
  @Field(() => Int, { nullable: true }) pointsCost!: number | null;

  static from(o: ServiceOffering): ServiceOfferingType {
    return Object.assign(new ServiceOfferingType(), {
      id: o.id, code: o.code, nameZh: o.nameZh, nameEn: o.nameEn, category: o.category, channel: o.channel, pointsCost: o.pointsCost ?? null,
    });
  }

  static fromRow(r: {
    id: string; code: string; name_zh: string; name_en: string; category: ServiceOffering['category']; channel: ServiceOffering['channel']; points_cost: number | null;
  }): ServiceOfferingType {
    return Object.assign(new ServiceOfferingType(), {
      id: r.id, code: r.code, nameZh: r.name_zh, nameEn: r.name_en, category: r.category, channel: r.channel, pointsCost: r.points_cost,
    });
  }
}
