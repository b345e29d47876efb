import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, IsUUID, MaxLength } from 'class-validator';

@InputType('RedeemPointsInput', { description: 'Spend a client\'s points on a service offering.' })
export class RedeemPointsInput {
  @Field(() => ID) @IsUUID('all', { message: 'Choose a client' }) clientId!: string;

  @Field(() => ID, { description: 'An active offering with a points cost.' })
  @IsUUID('all', { message: 'Unknown service offering' })
  offeringId!: string;

  @Field(() => String, { nullable: true, description: 'Send the same key when retrying: the first entry is returned instead of a second redemption.' })
  @IsOptional()
  @MaxLength(100)
  idempotencyKey?: string;
}
