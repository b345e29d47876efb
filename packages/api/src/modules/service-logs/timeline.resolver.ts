import { Args, ArgsType, Ctx, Field, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { IsOptional, Max, Min } from 'class-validator';
import type { Context } from '../../context.js';
import { ClientType } from '../clients/client.type.js';
import { ServiceLogConnection } from './service-log.type.js';
import { timelineConnection } from './timeline.js';
import { Can } from '../auth/access/decorators.js';

@ArgsType()
export class TimelineArgs {
  @Field(() => Int, { defaultValue: 20 })
  @Min(1)
  @Max(100)
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page.' })
  @IsOptional()
  after?: string;
}

@Resolver(() => ClientType)
export class ClientTimelineResolver {
  @Can('client:read')
  @FieldResolver(() => ServiceLogConnection, { description: 'The service log timeline, newest first, paged (keyset on occurredAt, id), with the total.' })
  serviceLogsConnection(@Root() c: ClientType, @Args(() => TimelineArgs) { first, after }: TimelineArgs, @Ctx() { loaders }: Context) {
    return timelineConnection(loaders, c.id, first, after);
  }
}
