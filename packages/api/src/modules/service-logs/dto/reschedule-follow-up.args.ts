import { ArgsType, Field, ID } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { LocalDateScalar } from '../../../shared/scalars.js';

@ArgsType()
export class RescheduleFollowUpArgs {
  @Field(() => ID) id!: string;
  @Field(() => LocalDateScalar, { description: 'The new due day; not before today (Asia/Shanghai).' }) dueOn!: string;
  @Field(() => String, { description: 'Why it moves; kept with the old and new day.' })
  @MaxLength(500, { message: 'The reason must be at most 500 characters' })
  reason!: string;
}
