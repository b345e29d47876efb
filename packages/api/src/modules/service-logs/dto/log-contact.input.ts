import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { LocalDateScalar } from '../../../shared/scalars.js';
import { MultiLine } from '../../../shared/text.js';
import { SentimentEnum, ServiceChannelEnum, ServiceKindEnum, ServiceOutcomeEnum } from '../service-log.type.js';
import type { Sentiment, ServiceChannel, ServiceKind, ServiceOutcome } from '../service-log.enums.js';

@InputType('LogContactInput', { description: 'One contact with a client, as the adviser records it.' })
export class LogContactInput {
  @Field(() => ID) @IsUUID('all', { message: 'Choose a client' }) clientId!: string;

  @Field(() => Date, { nullable: true, description: 'When the contact happened; defaults to now. Not in the future.' })
  @IsOptional()
  occurredAt?: Date;

  @Field(() => ServiceChannelEnum) channel!: ServiceChannel;
  @Field(() => ServiceKindEnum) kind!: ServiceKind;

  @Field(() => ID, { nullable: true, description: 'The catalogue offering delivered, if any.' })
  @IsOptional()
  @IsUUID('all', { message: 'Unknown service offering' })
  offeringId?: string;

  @Field(() => String)
  @MultiLine()
  @Matches(/\S/, { message: 'Summary must not be empty' })
  @MaxLength(2000, { message: 'Summary must be at most 2000 characters' })
  summary!: string;

  @Field(() => ServiceOutcomeEnum) outcome!: ServiceOutcome;
  @Field(() => SentimentEnum, { nullable: true }) @IsOptional() sentiment?: Sentiment;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Follow-up due date; not before the contact.' })
  @IsOptional()
  followUpOn?: string;

  @Field(() => ID, {
    nullable: true,
    description: "An open follow-up of the same client that this contact completes (closes). BAD_USER_INPUT when it is not one.",
  })
  @IsOptional()
  @IsUUID('all', { message: 'Unknown follow-up' })
  completesFollowUpId?: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Send the same key when retrying: the same request answers the first entry instead of a duplicate; a different request under a used key answers CONFLICT (extensions.reason IDEMPOTENCY_KEY_REUSED) and writes nothing.',
  })
  @IsOptional()
  @MaxLength(100)
  idempotencyKey?: string;
}
