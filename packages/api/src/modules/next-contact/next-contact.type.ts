import { Field, Int, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../../shared/scalars.js';
import { graphqlEnum } from '../../shared/enums.js';
import { ServiceChannelEnum } from '../service-logs/service-log.type.js';
import type { ServiceChannel } from '../service-logs/service-log.enums.js';
import { NEXT_CONTACT_REASONS, type ContactSuggestion, type NextContactReason } from './next-contact.js';

export const NextContactReasonEnum = graphqlEnum(
  NEXT_CONTACT_REASONS,
  'NextContactReason',
  'Which rule of the matching chose the contact; the web app translates it.',
);

@ObjectType('NextContactReasonParams', { description: 'The facts behind a reasonCode, so each reader can word the reason in its own language.' })
export class NextContactReasonParamsType {
  @Field(() => String, { nullable: true, description: 'HIGH_VALUE by tier: the tier code (else null).' }) tierCode!: string | null;
  @Field(() => Int, { nullable: true, description: 'HIGH_VALUE by tier: its rank (1 = lowest).' }) tierRank!: number | null;
  @Field(() => Int, { nullable: true, description: 'HIGH_VALUE by tier: the rank of the top tier.' }) topRank!: number | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'HIGH_VALUE by assets: total assets, CNY (else null).' }) assets!: string | null;
  @Field(() => Boolean, { description: 'The channel was chosen because the client lists it among its preferred channels.' }) preferredChannel!: boolean;
}

@ObjectType('NextBestContact', { description: 'A suggested channel and content for the next contact, with the reason.' })
export class NextBestContactType {
  @Field(() => ServiceChannelEnum) channel!: ServiceChannel;
  @Field(() => NextContactReasonEnum) reasonCode!: NextContactReason;
  @Field(() => NextContactReasonParamsType) reasonParams!: NextContactReasonParamsType;
  @Field(() => String, { description: 'In English words, naming the facts used; for API consumers. People see reasonCode and reasonParams put in their language.' }) reason!: string;
  @Field(() => [String], { description: 'Content hint: the sectors the client watches.' }) watchSectors!: string[];
  offeringCode!: string;

  static from(s: ContactSuggestion): NextBestContactType {
    return Object.assign(new NextBestContactType(), {
      channel: s.channel, reasonCode: s.reasonCode, reason: s.reason,
      reasonParams: Object.assign(new NextContactReasonParamsType(), {
        tierCode: s.reasonParams.tier?.code ?? null, tierRank: s.reasonParams.tier?.rank ?? null, topRank: s.reasonParams.tier?.topRank ?? null,
        assets: s.reasonParams.assets, preferredChannel: s.reasonParams.preferredChannel,
      }), watchSectors: s.watchSectors, offeringCode: s.offeringCode,
    });
  }
}
