import { Field, ID, InputType } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { LocalDateScalar } from '../../../shared/scalars.js';
import { MultiLine } from '../../../shared/text.js';

@InputType('OverrideTierInput')
export class OverrideTierInput {
  @Field(() => ID) clientId!: string;
  @Field(() => ID, { description: 'A tier of the active policy.' }) tierId!: string;
  @Field(() => String) @MultiLine() @MaxLength(500) reason!: string;
  @Field(() => LocalDateScalar, { description: 'Reviews leave the tier alone until this date (inclusive); after today.' }) until!: string;
}
