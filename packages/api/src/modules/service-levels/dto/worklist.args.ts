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

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100, { message: 'Invalid cursor' })
  after?: string;
}
