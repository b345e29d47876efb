import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { IsOptional, IsUUID, MaxLength } from 'class-validator';
import { PageArgs } from '../../../shared/pagination.js';
import { graphqlEnum } from '../../../shared/enums.js';
import { ClientStatusEnum } from '../client.type.js';
import type { ClientStatus } from '../client.entity.js';

export const CLIENT_ORDERS = ['LATEST_ASSETS_DESC', 'LATEST_ASSETS_ASC', 'LAST_CONTACT_OLDEST', 'LAST_CONTACT_NEWEST', 'NAME'] as const;
export type ClientOrder = (typeof CLIENT_ORDERS)[number];
export const ClientOrderEnum = graphqlEnum(
  CLIENT_ORDERS,
  'ClientOrder',
  'LAST_CONTACT_OLDEST puts never-contacted clients first: the ones most in need of a call.',
);

@InputType('ClientFilter')
export class ClientFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() tierId?: string;
  @Field(() => String, { nullable: true, description: 'Tier code in the active policy, e.g. BUTLER. A tier filter finds only served (ACTIVE or DORMANT) clients.' }) @IsOptional() @MaxLength(32) tierCode?: string;
  @Field(() => ClientStatusEnum, { nullable: true }) @IsOptional() status?: ClientStatus;
  @Field(() => String, {
    nullable: true,
    description: 'Part of the name (张三丰: 三丰), the start of its pinyin initials (zsf), the start of the account number, or exactly the last four digits of the phone. The answer shows only the masked phone.',
  })
  @IsOptional()
  @MaxLength(50)
  search?: string;
}

@ArgsType()
export class ClientsArgs extends PageArgs {
  @Field(() => ClientFilter, { nullable: true }) @IsOptional() filter?: ClientFilter;
  @Field(() => ClientOrderEnum, { defaultValue: 'LATEST_ASSETS_DESC' }) orderBy: ClientOrder = 'LATEST_ASSETS_DESC';
}
