import { ArgsType, Field, Int } from 'type-graphql';
import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { LocalDateScalar } from '../../../shared/scalars.js';

@ArgsType()
export class WorklistArgs {
  @Field(() => LocalDateScalar, { nullable: true, description: 'Defaults to today in Asia/Shanghai.' })
  @IsOptional()
  asOf?: string;

  @Field(() => Int, { defaultValue: 50 })
  @Min(1)
  @Max(100)
  first: number = 50;

  // a keyset cursor (worklist-cursor.ts): up to 162 characters, above the 100 of offset cursors
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200, { message: 'Invalid cursor' })
  after?: string;
}
