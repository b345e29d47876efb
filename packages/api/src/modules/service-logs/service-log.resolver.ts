import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Can } from '../auth/access/decorators.js';
import type { Context } from '../../context.js';
import { requireViewer } from '../auth/viewer.js';
import { StaffType } from '../staff/staff.type.js';
import { ServiceOfferingType } from '../catalogue/service-offering.type.js';
import { ServiceLogType } from './service-log.type.js';
import { LogContactInput } from './dto/log-contact.input.js';
import { logContact } from './service-log.service.js';

@Resolver(() => ServiceLogType)
export class ServiceLogResolver {
  @Can('client:contact')
  @Mutation(() => ServiceLogType, { description: 'Record a contact with a client. Errors: BAD_USER_INPUT (with extensions.field), NOT_FOUND, FORBIDDEN.' })
  async logContact(@Arg('input', () => LogContactInput) input: LogContactInput, @Ctx() { em, viewer }: Context): Promise<ServiceLogType> {
    return ServiceLogType.from(await logContact(em, requireViewer(viewer), input));
  }

  @Can('client:read')
  @FieldResolver(() => StaffType, { description: 'Who made the contact.' })
  adviser(@Root() l: ServiceLogType, @Ctx() { loaders }: Context) {
    return loaders.staff.load(l.adviserId);
  }

  @Can('client:read')
  @FieldResolver(() => ServiceOfferingType, { nullable: true })
  offering(@Root() l: ServiceLogType, @Ctx() { loaders }: Context) {
    return l.offeringId ? loaders.offering.load(l.offeringId) : null;
  }
}
