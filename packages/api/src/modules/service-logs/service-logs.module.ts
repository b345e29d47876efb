import type { FeatureModule } from '../../shared/feature-module.js';
import { ServiceLog } from './service-log.entity.js';
import { FollowUp } from './follow-up.entity.js';
import { FollowUpEvent } from './follow-up-event.entity.js';
import { ServiceLogResolver } from './service-log.resolver.js';
import { ClientFollowUpsResolver, FollowUpEventResolver, FollowUpResolver } from './follow-up.resolver.js';
import { ClientTimelineResolver } from './timeline.resolver.js';
import { followUpLoaders } from './follow-up.loaders.js';
import { timelineLoaders } from './timeline.js';

export const serviceLogsModule = {
  name: 'service-logs',
  resolvers: [ServiceLogResolver, FollowUpResolver, FollowUpEventResolver, ClientFollowUpsResolver, ClientTimelineResolver],
  entities: [ServiceLog, FollowUp, FollowUpEvent],
  loaders: (em, access) => ({ ...followUpLoaders(em, access), ...timelineLoaders(em, access) }),
} satisfies FeatureModule;
