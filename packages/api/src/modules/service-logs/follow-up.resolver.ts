import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { businessDay } from '../../shared/time.js';
import { requireViewer } from '../auth/viewer.js';
import { Can } from '../auth/access/decorators.js';
import { StaffType } from '../staff/staff.type.js';
import { ClientType } from '../clients/client.type.js';
import { ServiceLogType } from './service-log.type.js';
import { dueStatusOf, FollowUpDueStatusEnum, FollowUpEventType, FollowUpType, type FollowUpDueStatus } from './follow-up.type.js';
import { RescheduleFollowUpArgs } from './dto/reschedule-follow-up.args.js';
import { rescheduleFollowUp } from './follow-up.service.js';

@Resolver(() => FollowUpType)
export class FollowUpResolver {
  @Can('client:contact')
  @Mutation(() => FollowUpType, {
    description:
      'Move an open follow-up to another day, with a reason; the old day and the reason are kept in its history. Moving it to the day it is already due changes nothing. Errors: BAD_USER_INPUT (dueOn, reason), NOT_FOUND, FORBIDDEN, CONFLICT (extensions.reason FOLLOW_UP_CLOSED).',
  })
  async rescheduleFollowUp(@Args(() => RescheduleFollowUpArgs) { id, dueOn, reason }: RescheduleFollowUpArgs, @Ctx() { em, viewer }: Context): Promise<FollowUpType> {
    return FollowUpType.from(await rescheduleFollowUp(em, requireViewer(viewer), id, dueOn, reason));
  }

  @Can('client:read')
  @FieldResolver(() => FollowUpDueStatusEnum, { nullable: true, description: 'Null once closed.' })
  dueStatus(@Root() f: FollowUpType): FollowUpDueStatus | null {
    return f.status === 'OPEN' ? dueStatusOf(f.dueOn, businessDay()).status : null;
  }

  @Can('client:read')
  @FieldResolver(() => Int, { description: 'Days past dueOn for an open follow-up (Asia/Shanghai); else 0.' })
  daysOverdue(@Root() f: FollowUpType): number {
    return f.status === 'OPEN' ? dueStatusOf(f.dueOn, businessDay()).daysOverdue : 0;
  }

  @Can('client:read')
  @FieldResolver(() => ServiceLogType, { description: 'The contact that asked for this follow-up.' })
  serviceLog(@Root() f: FollowUpType, @Ctx() { loaders }: Context) {
    return loaders.serviceLog.load(f.serviceLogId);
  }

  @Can('client:read')
  @FieldResolver(() => ServiceLogType, { nullable: true, description: 'The contact that completed it.' })
  completedBy(@Root() f: FollowUpType, @Ctx() { loaders }: Context) {
    return f.completedByLogId ? loaders.serviceLog.load(f.completedByLogId) : null;
  }

  @Can('client:read')
  @FieldResolver(() => StaffType, { description: 'Who logged the contact that asked for it.' })
  adviser(@Root() f: FollowUpType, @Ctx() { loaders }: Context) {
    return loaders.staff.load(f.adviserId);
  }

  @Can('client:read')
  @FieldResolver(() => [FollowUpEventType], { description: 'Reschedules and completion, oldest first.' })
  history(@Root() f: FollowUpType, @Ctx() { loaders }: Context) {
    return loaders.followUpHistory.load(f.id);
  }
}

@Resolver(() => FollowUpEventType)
export class FollowUpEventResolver {
  @Can('client:read')
  @FieldResolver(() => StaffType, { description: 'Who rescheduled or completed it.' })
  actor(@Root() e: FollowUpEventType, @Ctx() { loaders }: Context) {
    return loaders.staff.load(e.actorId);
  }

  @Can('client:read')
  @FieldResolver(() => ServiceLogType, { nullable: true, description: 'COMPLETED: the contact that completed it.' })
  serviceLog(@Root() e: FollowUpEventType, @Ctx() { loaders }: Context) {
    return e.serviceLogId ? loaders.serviceLog.load(e.serviceLogId) : null;
  }
}

@Resolver(() => ClientType)
export class ClientFollowUpsResolver {
  @Can('client:read')
  @FieldResolver(() => [FollowUpType], { description: 'Follow-ups of the client: open ones, soonest due first; closed ones after them when asked.' })
  followUps(
    @Root() c: ClientType,
    @Arg('includeClosed', () => Boolean, { defaultValue: false }) includeClosed: boolean,
    @Ctx() { loaders }: Context,
  ) {
    return loaders.followUps.load({ clientId: c.id, includeClosed });
  }
}
