import { Field, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../shared/enums.js';
import { ServiceChannelEnum } from '../service-logs/service-log.type.js';
import type { ServiceChannel } from '../service-logs/service-log.entity.js';
import { NEXT_CONTACT_REASONS, type ContactSuggestion, type NextContactReason } from './next-contact.js';

export const NextContactReasonEnum = graphqlEnum(
  NEXT_CONTACT_REASONS,
  'NextContactReason',
  'Which rule of the matching chose the contact; the web app translates it.',
);

@ObjectType('NextBestContact', { description: 'A suggested channel and content for the next contact, with the reason.' })
export class NextBestContactType {
  @Field(() => ServiceChannelEnum) channel!: ServiceChannel;
  @Field(() => NextContactReasonEnum) reasonCode!: NextContactReason;
  @Field(() => String, { description: 'In English words, naming the facts used.' }) reason!: string;
  @Field(() => [String], { description: 'Content hint: the sectors the client watches.' }) watchSectors!: string[];
  offeringCode!: string;

  static from(s: ContactSuggestion): NextBestContactType {
    return Object.assign(new NextBestContactType(), {
      channel: s.channel, reasonCode: s.reasonCode, reason: s.reason, watchSectors: s.watchSectors, offeringCode: s.offeringCode,
    });
  }
}
