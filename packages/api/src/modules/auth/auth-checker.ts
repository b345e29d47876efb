import type { AuthChecker } from 'type-graphql';
import type { Context } from '../../context.js';
import { forbidden, unauthenticated } from '../../shared/errors.js';

/**
 * `@Authorized()` needs a signed-in viewer (else UNAUTHENTICATED); `@Authorized('HEAD_OFFICE', …)`
 * also needs one of those roles (else FORBIDDEN). Row-level scope is the services' job.
 */
export const authChecker: AuthChecker<Context> = ({ context }, roles) => {
  if (!context.viewer) throw unauthenticated();
  if (roles.length > 0 && !roles.includes(context.viewer.role)) throw forbidden();
  return true;
};
